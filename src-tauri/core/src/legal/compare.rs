//! What a change of rule pack changes for one case: the case assessed with the old pack and with
//! the new one on the same day, and the differences a worker must see (a route's outcome, a
//! deadline, a document of the checklist, a warning), each with the articles of the new rule.
//!
//! Facts only (ids, dates, statuses), never words: the application layer words them
//! (`app::rules`). Stored as JSON beside the case until the worker marks it seen, so the shapes
//! below are read back by later builds: fields are only ever added.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::analysis::CaseAnalysis;
use super::pack::RulePack;
use super::{ArgValue, Deadline};
use crate::model::case::CaseFile;

/// What changed for one case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PackDiff {
    /// Routes whose outcome changed.
    pub routes: Vec<RouteChange>,
    /// Deadlines that moved, appeared or disappeared.
    pub deadlines: Vec<DeadlineChange>,
    /// Documents of the checklist whose status changed, or that appeared or disappeared.
    pub checklist: Vec<ItemChange>,
    /// Warnings raised or no longer raised.
    pub warnings: Vec<WarningChange>,
    /// Whether the rules concern her at all (`Assessment::concerned`), when that changed: a pack
    /// that listed her nationality as not concerned took every route away and the notice named
    /// none (rule-pack review, 2026-12-08). `Some(after)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concerned: Option<bool>,
    /// Related routes listed by one pack and not the other.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub see_also: Vec<SeeAlsoChange>,
}

/// A related route listed by one pack and not the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeeAlsoChange {
    /// Related route id (`exit-programme-l425-4`).
    pub see_also: String,
    /// True: listed with the new pack only; false: with the old one only.
    pub added: bool,
    /// Articles.
    pub legal_basis: Vec<String>,
}

/// A route whose outcome changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RouteChange {
    /// Route id (`cst-l425-1-renewal`).
    pub route: String,
    /// Outcome with the old pack (`eligible`…).
    pub before: String,
    /// Outcome with the new pack.
    pub after: String,
    /// Articles of the new rule.
    pub legal_basis: Vec<String>,
    /// What qualified the outcome with the old pack: `to-confirm` (a jurist's), `discretionary`
    /// (the prefect's judgement). A pack that marked every rule verified took « à confirmer »
    /// away with no line in the notice (rule-pack review, 2026-12-08).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub before_flags: Vec<String>,
    /// The same with the new pack.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after_flags: Vec<String>,
}

/// What qualifies `route`'s outcome, as [`RouteChange`] stores it; nothing for a route that does
/// not apply, whose rule's tags qualify no outcome (review of this change: a pack re-tagging one
/// route would have concerned every case where it does not apply).
fn flags(route: &super::RouteAssessment) -> Vec<String> {
    if route.outcome == super::Outcome::NotApplicable {
        return Vec::new();
    }
    [
        (route.confirm_by_jurist, "to-confirm"),
        (route.discretionary, "discretionary"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, flag)| flag.to_string())
    .collect()
}

/// A deadline that changed: `before` or `after` is absent when it appeared or disappeared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineChange {
    /// With the old pack.
    pub before: Option<Deadline>,
    /// With the new pack.
    pub after: Option<Deadline>,
}

/// A document of the checklist that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemChange {
    /// The route of the checklist.
    pub route: String,
    /// The document (`passport`…).
    pub document: String,
    /// Its status with the old pack; `None`: not asked for.
    pub before: Option<String>,
    /// With the new pack; `None`: no longer asked for.
    pub after: Option<String>,
    /// Articles of the new rule (of the old one when the document is no longer asked for).
    pub legal_basis: Vec<String>,
}

/// A warning raised by one pack and not the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WarningChange {
    /// Warning id.
    pub warning: String,
    /// True: raised with the new pack only; false: with the old one only.
    pub added: bool,
    /// The values its message uses.
    pub args: Vec<(String, StoredArg)>,
    /// Articles.
    pub legal_basis: Vec<String>,
}

/// A message argument as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StoredArg {
    /// A day.
    Date(NaiveDate),
    /// A number.
    Number(i64),
    /// A code.
    Code(String),
}

impl From<&ArgValue> for StoredArg {
    fn from(v: &ArgValue) -> Self {
        match v {
            ArgValue::Date(d) => StoredArg::Date(*d),
            ArgValue::Number(n) => StoredArg::Number(*n),
            ArgValue::Code(c) => StoredArg::Code(c.clone()),
        }
    }
}

impl PackDiff {
    /// True if and only if nothing the worker sees changed.
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
            && self.deadlines.is_empty()
            && self.checklist.is_empty()
            && self.warnings.is_empty()
            && self.concerned.is_none()
            && self.see_also.is_empty()
    }

    /// Every article the changes rest on, sorted, once each.
    pub fn articles(&self) -> Vec<String> {
        let mut all = BTreeSet::new();
        for r in &self.routes {
            all.extend(r.legal_basis.iter().cloned());
        }
        for d in &self.deadlines {
            if let Some(x) = d.after.as_ref().or(d.before.as_ref()) {
                all.extend(x.legal_basis.iter().cloned());
            }
        }
        for i in &self.checklist {
            all.extend(i.legal_basis.iter().cloned());
        }
        for w in &self.warnings {
            all.extend(w.legal_basis.iter().cloned());
        }
        for s in &self.see_also {
            all.extend(s.legal_basis.iter().cloned());
        }
        all.into_iter().collect()
    }
}

fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "?".into(),
    }
}

/// What changes for `case` on `today` when `new` replaces `old`.
pub fn compare(old: &RulePack, new: &RulePack, case: &CaseFile, today: NaiveDate) -> PackDiff {
    let before = CaseAnalysis::new(case, today, old);
    // The same route under both packs, so a checklist is compared with itself.
    let after = CaseAnalysis::new(case, today, new);
    let before_list = if before.route == after.route {
        before.checklist.clone()
    } else {
        CaseAnalysis::for_route(case, today, old, Some(after.route)).checklist
    };
    let mut diff = PackDiff::default();

    if before.assessment.concerned != after.assessment.concerned {
        diff.concerned = Some(after.assessment.concerned);
    }
    for r in &after.assessment.routes {
        if let Some(old_r) = before.assessment.route(r.id) {
            let (before_flags, after_flags) = (flags(old_r), flags(r));
            if old_r.outcome != r.outcome || before_flags != after_flags {
                diff.routes.push(RouteChange {
                    route: r.id.as_str().to_string(),
                    before: code(&old_r.outcome),
                    after: code(&r.outcome),
                    legal_basis: r.legal_basis.clone(),
                    before_flags,
                    after_flags,
                });
            }
        }
    }
    for (list, other, added) in [
        (
            &after.assessment.see_also_details,
            &before.assessment.see_also,
            true,
        ),
        (
            &before.assessment.see_also_details,
            &after.assessment.see_also,
            false,
        ),
    ] {
        for s in list.iter().filter(|s| !other.contains(&s.id)) {
            diff.see_also.push(SeeAlsoChange {
                see_also: code(&s.id),
                added,
                legal_basis: s.legal_basis.clone(),
            });
        }
    }

    // A document's freshness limit and its own end are two deadlines (`Deadline::freshness`).
    type Key = (String, Option<String>, Option<String>, bool);
    let key = |d: &Deadline| -> Key {
        (
            d.kind.as_str().to_string(),
            d.document.as_ref().map(code),
            d.permit.as_ref().map(code),
            d.freshness,
        )
    };
    let old_d: BTreeMap<Key, &Deadline> = before.deadlines.iter().map(|d| (key(d), d)).collect();
    let new_d: BTreeMap<Key, &Deadline> = after.deadlines.iter().map(|d| (key(d), d)).collect();
    for k in old_d.keys().chain(new_d.keys()).collect::<BTreeSet<_>>() {
        let (b, a) = (old_d.get(k), new_d.get(k));
        if b.map(|d| d.date) != a.map(|d| d.date) {
            diff.deadlines.push(DeadlineChange {
                before: b.map(|d| (*d).clone()),
                after: a.map(|d| (*d).clone()),
            });
        }
    }

    let old_items: BTreeMap<String, _> =
        before_list.items.iter().map(|i| (code(&i.id), i)).collect();
    let new_items: BTreeMap<String, _> = after
        .checklist
        .items
        .iter()
        .map(|i| (code(&i.id), i))
        .collect();
    for doc in old_items
        .keys()
        .chain(new_items.keys())
        .collect::<BTreeSet<_>>()
    {
        let (b, a) = (old_items.get(doc).copied(), new_items.get(doc).copied());
        let status = |i: &super::ChecklistItem| code(&i.status);
        let optional = |i: &super::ChecklistItem| i.optional;
        if b.map(status) != a.map(status) || b.map(optional) != a.map(optional) {
            diff.checklist.push(ItemChange {
                route: after.route.as_str().to_string(),
                document: doc.clone(),
                before: b.map(status),
                after: a.map(status),
                legal_basis: a.or(b).map(|i| i.legal_basis.clone()).unwrap_or_default(),
            });
        }
    }

    let old_w: BTreeSet<String> = before
        .assessment
        .warnings
        .iter()
        .map(|w| code(&w.id))
        .collect();
    let new_w: BTreeSet<String> = after
        .assessment
        .warnings
        .iter()
        .map(|w| code(&w.id))
        .collect();
    for (list, added) in [
        (&after.assessment.warnings, true),
        (&before.assessment.warnings, false),
    ] {
        let other = if added { &old_w } else { &new_w };
        for w in list.iter().filter(|w| !other.contains(&code(&w.id))) {
            diff.warnings.push(WarningChange {
                warning: code(&w.id),
                added,
                args: w
                    .args
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.into()))
                    .collect(),
                legal_basis: w.legal_basis.clone(),
            });
        }
    }
    diff
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rule-pack review, 2026-12-08: a pack that took the prefect's judgement off the routes
    /// (or marked every rule verified), dropped the related routes or listed her nationality as
    /// not concerned changed what the worker reads, and the notice said « aucun dossier
    /// concerné ».
    #[test]
    fn a_pack_that_changes_what_qualifies_a_route_says_so() {
        let case = crate::pdf::samples::spec_case();
        let today = crate::pdf::samples::sample_date();
        let old = RulePack::embedded();
        let with = |edit: &dyn Fn(&mut serde_json::Value)| {
            let mut v: serde_json::Value = serde_json::from_str(RulePack::embedded_json()).unwrap();
            edit(&mut v);
            RulePack::from_json(&v.to_string()).unwrap()
        };
        // The prefect's judgement taken off the APS: « à l'appréciation du préfet » goes.
        let no_discretion = with(&|v| {
            for rule in v["routes"].as_array_mut().unwrap() {
                rule["discretionary"] = false.into();
            }
        });
        let mut admitted = case.clone();
        admitted.exit_prostitution_programme = Some(crate::model::case::ExitProgramme {
            admitted_on: Some(today - chrono::Days::new(30)),
        });
        let diff = compare(old, &no_discretion, &admitted, today);
        let aps = diff.routes.iter().find(|r| r.route == "aps-l425-4");
        assert!(
            aps.is_some_and(|r| r.before_flags.contains(&"discretionary".to_string())
                && !r.after_flags.contains(&"discretionary".to_string())),
            "{diff:?}"
        );
        // No related route: each one said gone.
        let bare = with(&|v| v["seeAlso"] = serde_json::json!([]));
        let diff = compare(old, &bare, &case, today);
        assert!(!diff.see_also.is_empty() && diff.see_also.iter().all(|s| !s.added));
        // Her nationality listed as not concerned.
        let not_concerned = with(&|v| {
            v["notConcerned"][1]["nationalities"]
                .as_array_mut()
                .unwrap()
                .push("NG".into())
        });
        let diff = compare(old, &not_concerned, &case, today);
        assert_eq!(diff.concerned, Some(false), "{diff:?}");
        assert!(!diff.is_empty());
        // A route that does not apply to her re-tagged: nothing she reads changes.
        let retagged = with(&|v| {
            for rule in v["routes"].as_array_mut().unwrap() {
                if rule["id"] == "carte-resident-l425-3-renewal" {
                    rule["confidence"] = "V".into();
                }
            }
        });
        assert!(compare(old, &retagged, &case, today).is_empty());
    }

    #[test]
    fn the_same_pack_changes_nothing() {
        let case = crate::pdf::samples::spec_case();
        let today = crate::pdf::samples::sample_date();
        let pack = RulePack::embedded();
        assert!(compare(pack, pack, &case, today).is_empty());
    }
}
