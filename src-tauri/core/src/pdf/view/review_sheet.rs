//! The jurist's review sheet: every rule of the rule pack, in French, one line each with its
//! articles, confidence tag and source and a box to tick; the pack's version and date of the law;
//! a signature block. A jurist prints it, ticks what they checked, signs, and the pack records
//! the review (`reviewedBy`, `reviewedOn`, `reviewScope`: docs/legal-rules.md).

use chrono::NaiveDate;

use crate::i18n::L10n;
use crate::legal::pack::{DeadlineRule, RenewalWindowRule, Validity};
use crate::legal::{labels, Confidence, RulePack};

use super::{fr, fr_date};

/// One rule: what it says in French, then where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewLine {
    /// The rule as the app words it (or its id when it has no wording of its own).
    pub text: String,
    /// « CESEDA L425-1 · [V] vérifié · Source : … ».
    pub detail: String,
}

/// The rules of one section of the pack.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewSection {
    /// « Conditions », « Alertes »…
    pub heading: String,
    /// One line per rule, in pack order.
    pub lines: Vec<ReviewLine>,
}

/// The review sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewSheetView {
    /// The title.
    pub title: String,
    /// The pack's id, version, date of the law and review state.
    pub header: Vec<String>,
    /// How to use the sheet.
    pub instructions: String,
    /// The rules, by section.
    pub sections: Vec<ReviewSection>,
    /// Captions of the signature block.
    pub signature: Vec<String>,
    /// The day it is printed.
    pub date: NaiveDate,
}

/// Values shown in place of a message's variables: the sheet states rules, not a case.
const PLACEHOLDERS: [&str; 49] = [
    "turns18",
    "applicationCloses",
    "end",
    "expires",
    "closes",
    "date",
    "count",
    "cap",
    "document",
    "state",
    "rule",
    "placement",
    "caseLaw",
    "youngest",
    "oldest",
    "approximate",
    "latestCloses",
    "when",
    "application",
    "finalOn",
    "filed",
    "estimated",
    "opens",
    "held",
    "holds",
    "applied",
    "route",
    "refused",
    "rejected",
    "dated",
    "filedDated",
    "unknown",
    "recepisse",
    "recepisseUntil",
    "passed",
    "territory",
    "algerian",
    "silence",
    "problem",
    "field",
    "others",
    "cooperation",
    "recourse",
    "appeal",
    "appealed",
    "appealDated",
    "renewal",
    "length",
    "maybeMinor",
];

/// The French wording of the rule `key` (`conditions/ties-broken`…) of `pack`, or the key itself.
/// Rules that are values, not messages (a document's validity, a renewal window, a deadline's
/// length), are stated with their value (review, 2026-12-04: thirteen of them were printed as
/// their key alone, and the deadlines as templates without the length to check).
fn rule_text(pack: &RulePack, key: &str) -> String {
    let parts: Vec<&str> = key.split('/').collect();
    match parts.as_slice() {
        ["permits", kind] => return permit_text(pack, kind),
        ["permits", kind, "renewal"] => return renewal_text(pack, kind),
        ["renewalWindows", id] => {
            if let Some(window) = pack.renewal_window(id) {
                let name = format!("legal-review-window-name-{id}");
                let name = if L10n::get().has("fr", &name) {
                    fr(&name, &[])
                } else {
                    format!("« {id} »")
                };
                return fr(
                    "legal-review-renewal-window",
                    &[("name", name), ("window", window_text(window))],
                );
            }
        }
        ["deadlines", kind] => {
            let worded = message_text(&[format!("legal-deadline-{kind}")]);
            let length = crate::codes::parse(kind)
                .and_then(|kind| pack.deadline(kind))
                .and_then(deadline_length);
            if let (Some(worded), Some(length)) = (&worded, length) {
                return format!("{worded} — {length}");
            }
        }
        _ => {}
    }
    let ids: Vec<String> = match parts.as_slice() {
        ["notConcerned", id] => vec![format!("legal-not-concerned-{id}")],
        ["conditions", id] => vec![format!("legal-condition-{id}")],
        ["routes", id] => vec![format!("legal-route-{id}")],
        ["warnings", id] => vec![format!("legal-warning-{id}")],
        ["seeAlso", id] => vec![format!("legal-see-also-{id}")],
        ["deadlines", id] => vec![format!("legal-deadline-{id}")],
        ["freshness", id] => vec![format!("legal-document-{id}")],
        ["notes", id] => vec![format!("legal-note-{id}")],
        ["checklists", route, item] => vec![
            format!("legal-route-{route}"),
            format!("legal-document-{item}"),
        ],
        _ => Vec::new(),
    };
    message_text(&ids).unwrap_or_else(|| fr("legal-review-rule-id", &[("id", key.to_string())]))
}

/// The messages `ids` in French, their variables shown as « … », joined; `None` unless every one
/// exists.
fn message_text(ids: &[String]) -> Option<String> {
    let l10n = L10n::get();
    if ids.is_empty() || !ids.iter().all(|id| l10n.has("fr", id)) {
        return None;
    }
    let args: Vec<(&str, String)> = PLACEHOLDERS.iter().map(|n| (*n, "…".into())).collect();
    Some(
        ids.iter()
            .map(|id| l10n.format("fr", id, &args))
            .collect::<Vec<_>>()
            .join(" — ")
            // A variable at a sentence's end: its « … » is the full stop.
            .replace("….", "…"),
    )
}

/// The rule of the document `kind` (its id in the pack): what it is and how long it is valid.
fn permit_text(pack: &RulePack, kind: &str) -> String {
    let validity = kind
        .parse()
        .ok()
        .and_then(|kind| pack.permit(kind))
        .and_then(|p| p.validity);
    let (unit, count) = match validity {
        Some(Validity {
            years: Some(years), ..
        }) => ("years", years),
        Some(Validity {
            days: Some(days), ..
        }) => ("days", days),
        _ => ("none", 0),
    };
    fr(
        "legal-review-permit",
        &[
            ("permit", permit_name(kind)),
            ("unit", unit.into()),
            ("count", count.to_string()),
        ],
    )
}

/// The renewal rule of the document `kind`: when its renewal is filed.
fn renewal_text(pack: &RulePack, kind: &str) -> String {
    let window = kind
        .parse()
        .ok()
        .and_then(|kind| pack.permit(kind))
        .and_then(|p| p.renewal.as_ref())
        .and_then(|r| pack.renewal_window(&r.window));
    match window {
        Some(window) => fr(
            "legal-review-permit-renewal",
            &[
                ("permit", permit_name(kind)),
                ("window", window_text(window)),
            ],
        ),
        None => fr(
            "legal-review-rule-id",
            &[("id", format!("permits/{kind}/renewal"))],
        ),
    }
}

/// « entre 120 et 60 jours avant la fin de validité ».
fn window_text(window: &RenewalWindowRule) -> String {
    let (unit, opens) = match (window.opens_days_before, window.opens_months_before) {
        (Some(days), _) => ("days", days),
        (None, Some(months)) => ("months", months),
        (None, None) => ("days", 0),
    };
    fr(
        "legal-review-window",
        &[
            ("unit", unit.into()),
            ("opens", opens.to_string()),
            ("closes", window.closes_days_before.to_string()),
        ],
    )
}

/// The length a deadline rule counts, when it has one: « 30 jours », « 2 mois ; veille des 19
/// ans ».
fn deadline_length(rule: &DeadlineRule) -> Option<String> {
    let parts: Vec<String> = [
        rule.days.map(|n| ("days", n)),
        rule.months.map(|n| ("months", n)),
        rule.eve_of_birthday.map(|n| ("eve", n)),
    ]
    .into_iter()
    .flatten()
    .map(|(unit, count)| {
        fr(
            "legal-review-length",
            &[("unit", unit.into()), ("count", count.to_string())],
        )
    })
    .collect();
    (!parts.is_empty()).then(|| {
        fr(
            "legal-review-counted",
            &[(
                "length",
                parts.join(crate::i18n::format::semicolon_separator("fr")),
            )],
        )
    })
}

/// The document's name as the interview words it, capitalised: it starts the line.
fn permit_name(kind: &str) -> String {
    let id = format!("iv-opt-permit-kind-{kind}");
    let name = if L10n::get().has("fr", &id) {
        fr(&id, &[])
    } else {
        kind.to_string()
    };
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The sources of a rule one after the other, « ; » between them: a source's closing full stop
/// is dropped before it, the last one's kept (PDF review, 2026-12-07: « … « non éligibles ». ;
/// Monaco … », 29 times).
fn joined_sources(sources: &[String]) -> String {
    let last = sources.len().saturating_sub(1);
    sources
        .iter()
        .enumerate()
        .map(|(i, source)| match source.strip_suffix('.') {
            Some(sentence) if i < last => sentence,
            _ => source.as_str(),
        })
        .collect::<Vec<_>>()
        .join(crate::i18n::format::semicolon_separator("fr"))
}

fn tag(c: Confidence) -> String {
    let letter = format!("{c:?}");
    fr(
        "legal-review-confidence",
        &[("tag", letter.to_ascii_lowercase()), ("letter", letter)],
    )
}

impl ReviewSheetView {
    /// The review sheet of `pack`, printed on `date`.
    pub fn build(pack: &RulePack, date: NaiveDate) -> ReviewSheetView {
        let mut sections: Vec<ReviewSection> = Vec::new();
        for rule in pack.rules() {
            let section = rule.key.split('/').next().unwrap_or_default().to_string();
            let basis = labels::articles(
                "fr",
                rule.legal_basis,
                &pack.article_numbers_to_confirm,
                str::to_string,
            );
            let mut detail = format!("{} · {}", basis.join(", "), tag(rule.confidence));
            if !rule.sources.is_empty() {
                detail.push_str(" · ");
                detail.push_str(&fr(
                    "legal-review-source",
                    // One source after the other, each closed (PDF review, 2026-12-05: « …1er
                    // mai 2021) village-justice.com… » read as one).
                    &[("source", joined_sources(rule.sources))],
                ));
            }
            let line = ReviewLine {
                text: rule_text(pack, &rule.key),
                detail,
            };
            let heading = fr("legal-review-section", &[("section", section)]);
            match sections.last_mut() {
                Some(s) if s.heading == heading => s.lines.push(line),
                _ => sections.push(ReviewSection {
                    heading,
                    lines: vec![line],
                }),
            }
        }
        let reviewed = match (&pack.reviewed_by, pack.reviewed_on) {
            (Some(by), Some(on)) if !by.trim().is_empty() => fr(
                "legal-review-reviewed",
                &[("by", by.trim().to_string()), ("date", fr_date(on))],
            ),
            _ => fr("legal-review-unreviewed", &[]),
        };
        ReviewSheetView {
            title: fr("legal-review-title", &[]),
            header: vec![
                fr(
                    "legal-review-pack",
                    &[
                        ("id", pack.id.clone()),
                        ("version", pack.version.clone()),
                        ("lawAsOf", fr_date(pack.law_as_of)),
                    ],
                ),
                reviewed,
                fr("legal-review-printed", &[("date", fr_date(date))]),
            ],
            instructions: fr("legal-review-instructions", &[]),
            sections,
            signature: vec![
                fr("legal-review-signature-name", &[]),
                fr("legal-review-signature-scope", &[]),
                fr("legal-review-signature-date", &[]),
            ],
            date,
        }
    }

    /// How many rule lines (and boxes) the sheet has.
    pub fn line_count(&self) -> usize {
        self.sections.iter().map(|s| s.lines.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No « . ; » between two sources, on any rule (PDF review, 2026-12-07: 29 of them).
    #[test]
    fn sources_follow_one_another_without_a_full_stop_before_the_semicolon() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let view = ReviewSheetView::build(RulePack::embedded(), day);
        let details: Vec<&String> = view
            .sections
            .iter()
            .flat_map(|s| &s.lines)
            .map(|l| &l.detail)
            .collect();
        assert!(
            details.iter().any(|d| d.contains('\u{202F}')),
            "some rule has two sources"
        );
        for detail in details {
            assert!(!detail.contains(".\u{202F};"), "{detail}");
        }
        assert_eq!(
            joined_sources(&["Un texte.".into(), "Un autre.".into()]),
            "Un texte\u{202F}; Un autre."
        );
    }

    /// Every rule is worded with its variables replaced: a message variable the sheet does not
    /// know (a new warning's argument) would print as `{$name}`.
    #[test]
    fn every_rule_is_worded_without_a_variable_left() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let pack = RulePack::embedded();
        let view = ReviewSheetView::build(pack, day);
        // Review, 2026-12-04: thirteen rules were printed as their key alone, and the sources
        // quoted the engine's codes: a jurist cannot tick what is not stated.
        let codes: Vec<String> = pack
            .rules()
            .iter()
            .filter_map(|r| r.key.rsplit('/').next().map(str::to_string))
            .filter(|id| id.matches('-').count() >= 2)
            .chain(["not-applicable", "not-eligible", "discretionary"].map(String::from))
            .collect();
        for line in view.sections.iter().flat_map(|s| &s.lines) {
            assert!(
                !line.text.contains('{') && !line.text.contains('}'),
                "{}",
                line.text
            );
            assert!(!line.text.starts_with("Règle «"), "{}", line.text);
            for code in &codes {
                assert!(
                    !line.text.contains(code.as_str()) && !line.detail.contains(code.as_str()),
                    "« {code} » in {} / {}",
                    line.text,
                    line.detail
                );
            }
        }
        // A value rule states its value.
        let all: Vec<&str> = view
            .sections
            .iter()
            .flat_map(|s| &s.lines)
            .map(|l| l.text.as_str())
            .collect();
        assert!(all.iter().any(|t| t.contains("valable un an")), "{all:?}");
        assert!(all
            .iter()
            .any(|t| t.contains("entre 120 jours et 60 jours")));
        assert!(all
            .iter()
            .any(|t| t.contains("délai retenu") && t.contains("30 jours")));
        // Two sources are two (PDF review, 2026-12-05: « …2021) village-justice.com… »).
        let details: Vec<&str> = view
            .sections
            .iter()
            .flat_map(|s| &s.lines)
            .map(|l| l.detail.as_str())
            .collect();
        assert!(
            details
                .iter()
                .any(|d| d.contains("2021)\u{202f}; village-justice.com")),
            "{details:?}"
        );
        // The jurist is told which article numbers no verified source gives, beside each rule
        // that cites one (legal review, 2026-12-06).
        let flagged = |article: &str| {
            details
                .iter()
                .filter(|d| d.contains(&format!("{article} (numéro d’article à confirmer)")))
                .count()
        };
        assert!(flagged("CESEDA R431-10") > 0 && flagged("CESEDA L411-1") > 0);
        assert!(details
            .iter()
            .all(|d| !d.contains("CESEDA R431-10,") && !d.contains("CESEDA R431-10 ·")));
        assert_eq!(flagged("CESEDA L425-1"), 0);
    }
}
