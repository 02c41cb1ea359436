#!/usr/bin/env python3
"""What each person language lacks, for translators (docs/translating.md).

For every language with person-facing files (interview.ftl, consent.ftl, pdf.ftl under
assets/locales/<lang>/), compares each file with its French source and lists:

  missing   messages French has and the language does not (the app shows English instead);
  extra     messages the language has and French no longer does (to delete);
  older     messages whose French text was changed after the translation was last touched,
            by the dates git records for their lines (`git blame`): to check and translate again;
  review    whether the files still say « To be reviewed by a native speaker ».

usage: scripts/l10n-status.py [--strict] [LANG...]
  LANG      languages to report (default: all person languages)
  --strict  exit 1 if a message is missing or extra (the parity test in tests/tests/pdf_l10n.rs
            fails in that case too); older messages and pending reviews never fail

A message's lines are its `id = …` line, its indented continuation lines and its attributes.
Without git history (an exported tree), « older » is not computed and says so.
"""

import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LOCALES = ROOT / "assets/locales"
PERSON_FILES = ["interview.ftl", "consent.ftl", "pdf.ftl"]
SOURCE = "fr"
REVIEW_PENDING = re.compile(r"to be reviewed by a native speaker", re.IGNORECASE)
MESSAGE = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*)\s*=")


def messages(path):
    """{id: [line numbers]} of a Fluent file (1-based), terms and comments left out."""
    out = {}
    current = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        m = MESSAGE.match(line)
        if m:
            current = m.group(1)
            out[current] = [n]
        elif current and line.startswith((" ", "\t")) and line.strip():
            out[current].append(n)
        elif not line.strip() or line.startswith("#") or line.startswith("-"):
            current = None
    return out


def line_times(path):
    """{line number: commit time} from git blame; None without history."""
    try:
        out = subprocess.run(
            ["git", "blame", "--line-porcelain", "--", str(path.relative_to(ROOT))],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        return None
    times = {}
    line = None
    for row in out.splitlines():
        head = row.split(" ")
        if len(head) >= 3 and re.fullmatch(r"[0-9a-f]{40}", head[0]):
            line = int(head[2])
        elif row.startswith("committer-time ") and line is not None:
            times[line] = int(row.split(" ")[1])
    return times


def touched(ids, times):
    """{id: the latest commit time of its lines}; uncommitted lines count as now."""
    return {i: max(times.get(n, 2**62) for n in lines) for i, lines in ids.items()}


def person_languages():
    langs = []
    for d in sorted(LOCALES.iterdir()):
        if d.name != SOURCE and any((d / f).exists() for f in PERSON_FILES):
            langs.append(d.name)
    return langs


def main(argv):
    strict = "--strict" in argv
    wanted = [a for a in argv if not a.startswith("--")] or person_languages()
    failed = False
    for lang in wanted:
        pending = False
        print(f"== {lang}")
        for name in PERSON_FILES:
            source, target = LOCALES / SOURCE / name, LOCALES / lang / name
            if not target.exists():
                print(f"  {name}: absent (every message falls back to English)")
                failed = True
                continue
            pending |= bool(REVIEW_PENDING.search(target.read_text(encoding="utf-8")))
            fr, other = messages(source), messages(target)
            missing = [i for i in fr if i not in other]
            extra = [i for i in other if i not in fr]
            fr_times, other_times = line_times(source), line_times(target)
            if fr_times is None or other_times is None:
                older = None
            else:
                fr_t, other_t = touched(fr, fr_times), touched(other, other_times)
                older = [i for i in fr if i in other and other_t[i] < fr_t[i]]
            failed |= bool(missing or extra)
            status = "ok" if not (missing or extra or older) else ""
            print(f"  {name}: {len(other)}/{len(fr)} messages {status}".rstrip())
            for label, ids in (("missing", missing), ("extra", extra), ("older than French", older)):
                if ids:
                    print(f"    {label}: {', '.join(ids)}")
            if older is None:
                print("    older than French: unknown (no git history)")
        print(f"  review: {'to be reviewed by a native speaker' if pending else 'reviewed'}")
    return 1 if strict and failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
