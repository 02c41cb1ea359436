//! The jurist's review sheet: every rule of the rule pack, in French, one line each with its
//! articles, confidence tag and source and a box to tick; the pack's version and date of the law;
//! a signature block. A jurist prints it, ticks what they checked, signs, and the pack records
//! the review (`reviewedBy`, `reviewedOn`, `reviewScope`: docs/legal-rules.md).

use chrono::NaiveDate;

use crate::i18n::L10n;
use crate::legal::{Confidence, RulePack};

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
const PLACEHOLDERS: [&str; 22] = [
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
];

/// The French wording of the rule `key` (`conditions/ties-broken`…), or the key itself.
fn rule_text(key: &str) -> String {
    let parts: Vec<&str> = key.split('/').collect();
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
    let l10n = L10n::get();
    if ids.is_empty() || !ids.iter().all(|id| l10n.has("fr", id)) {
        return fr("legal-review-rule-id", &[("id", key.to_string())]);
    }
    let args: Vec<(&str, String)> = PLACEHOLDERS.iter().map(|n| (*n, "…".into())).collect();
    ids.iter()
        .map(|id| l10n.format("fr", id, &args))
        .collect::<Vec<_>>()
        .join(" — ")
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
            let mut detail = format!("{} · {}", rule.legal_basis.join(", "), tag(rule.confidence));
            if !rule.sources.is_empty() {
                detail.push_str(" · ");
                detail.push_str(&fr(
                    "legal-review-source",
                    &[("source", rule.sources.join(" "))],
                ));
            }
            let line = ReviewLine {
                text: rule_text(&rule.key),
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

    /// Every rule is worded with its variables replaced: a message variable the sheet does not
    /// know (a new warning's argument) would print as `{$name}`.
    #[test]
    fn every_rule_is_worded_without_a_variable_left() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let view = ReviewSheetView::build(RulePack::embedded(), day);
        for line in view.sections.iter().flat_map(|s| &s.lines) {
            assert!(
                !line.text.contains('{') && !line.text.contains('}'),
                "{}",
                line.text
            );
        }
    }
}
