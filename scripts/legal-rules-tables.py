#!/usr/bin/env python3
"""Regenerates the tables of docs/legal-rules.md from assets/rules/fr-teh.json.

Run from the repository root: python3 scripts/legal-rules-tables.py
It rewrites the part of the page between the two GENERATED markers; the test
docs_legal_rules_mentions_every_rule_of_the_pack fails when the page is out of date.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACK = json.loads((ROOT / "assets/rules/fr-teh.json").read_text(encoding="utf-8"))
DOC = ROOT / "docs/legal-rules.md"
BEGIN = "<!-- GENERATED from assets/rules/fr-teh.json by scripts/legal-rules-tables.py: do not edit -->"
END = "<!-- END GENERATED -->"


TO_CONFIRM = set(PACK.get("articleNumbersToConfirm", []))


def basis(rule):
    return ", ".join(
        f"{b} (number to confirm)" if b in TO_CONFIRM else b for b in rule["legalBasis"]
    )


def tables():
    out = []
    p = out.append
    p(f"Pack `{PACK['id']}` version `{PACK['version']}`, law as of {PACK['lawAsOf']}, "
      f"reviewed by: {PACK['reviewedBy'] or 'nobody yet'}.\n")
    if TO_CONFIRM:
        p(f"Article numbers no verified source gives (`articleNumbersToConfirm`): "
          f"{', '.join(sorted(TO_CONFIRM))}; marked « number to confirm » below.\n")
    p("### Who is not concerned\n")
    p("| Reason | Nationalities | Legal basis | Tag |\n|---|---|---|---|")
    for r in PACK["notConcerned"]:
        p(f"| `{r['id']}` | {', '.join(r['nationalities'])} | {basis(r)} | [{r['confidence']}] |")
    p("\n### Conditions\n")
    p("| Condition | Facts read | Legal basis | Tag |\n|---|---|---|---|")
    for c in PACK["conditions"]:
        tag = c["confidence"] + (f" (met: {c['metConfidence']})" if c.get("metConfidence") else "")
        facts = ", ".join(f"`{f}`" for f in c["facts"])
        p(f"| `{c['id']}` | {facts} | {basis(c)} | [{tag}] |")
    p("\n### Routes\n")
    p("| Route | Conditions (all required) | Legal basis | Tag | Discretionary |\n|---|---|---|---|---|")
    for r in PACK["routes"]:
        conds = ", ".join(f"`{c}`" for c in r["conditions"])
        disc = "yes (« peut »)" if r["discretionary"] else "no"
        p(f"| `{r['id']}` | {conds} | {basis(r)} | [{r['confidence']}] | {disc} |")
    p("\n### Warnings\n")
    p("| Warning | Severity | Legal basis | Tag |\n|---|---|---|---|")
    for w in PACK["warnings"]:
        p(f"| `{w['id']}` | {w['severity']} | {basis(w)} | [{w['confidence']}] |")
    p("\n### Related routes (`seeAlso`)\n")
    p("| Id | Legal basis | Tag |\n|---|---|---|")
    for s in PACK["seeAlso"]:
        p(f"| `{s['id']}` | {basis(s)} | [{s['confidence']}] |")
    p("\n### Deadlines, permits, windows, freshness\n")
    p("| Rule | Parameters | Legal basis | Tag |\n|---|---|---|---|")
    for x in PACK["deadlines"]:
        par = ", ".join(f"{k}={x[k]}" for k in ("days", "months") if x.get(k) is not None)
        p(f"| deadline `{x['kind']}` | {par} | {basis(x)} | [{x['confidence']}] |")
    for x in PACK["permits"]:
        v, r = x["validity"], x["renewal"]
        par = (f"validity {v}" if v else "no legal validity used")
        par += f"; renewal window `{r['window']}` [{r['confidence']}]" if r else "; not renewed"
        p(f"| permit `{x['kind']}` | {par} | {basis(x)} | [{x['confidence']}] |")
    for w in PACK["renewalWindows"]:
        par = ", ".join(f"{k}={w[k]}" for k in ("opensDaysBefore", "opensMonthsBefore", "closesDaysBefore")
                        if w.get(k) is not None)
        p(f"| window `{w['id']}` | {par} | {basis(w)} | [{w['confidence']}] |")
    for f in PACK["freshness"]:
        p(f"| freshness `{f['document']}` | under {f['maxAgeMonths']} months | {basis(f)} | [{f['confidence']}] |")
    p("\n### Checklists\n")
    for c in PACK["checklists"]:
        notes = ", ".join(f"`{n}`" for n in c["notes"]) or "—"
        p(f"**`{c['route']}`** (list [{c['confidence']}]; notes: {notes})\n")
        p("| Item | Alternatives | Note | Legal basis | Tag |\n|---|---|---|---|---|")
        for i in c["items"]:
            extra = " (optional)" if i.get("optional") else ""
            if i.get("requiredFrom"):
                extra += f" (from {i['requiredFrom']})"
            if i.get("signedSinceCurrentPermit"):
                extra += " (signed since the current card)"
            p(f"| `{i['id']}`{extra} | {', '.join(i['alternatives']) or '—'} | {i['note'] or '—'} | {basis(i)} | [{i['confidence']}] |")
        p("")
    p("### Notes\n")
    p("| Note | Legal basis | Tag |\n|---|---|---|")
    for n in PACK["notes"]:
        p(f"| `{n['id']}` | {basis(n)} | [{n['confidence']}] |")
    return "\n".join(out)


def main():
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{BEGIN}\n\n{tables()}\n\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
