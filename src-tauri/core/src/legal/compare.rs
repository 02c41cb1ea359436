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

    for r in &after.assessment.routes {
        if let Some(old_r) = before.assessment.route(r.id) {
            if old_r.outcome != r.outcome {
                diff.routes.push(RouteChange {
                    route: r.id.as_str().to_string(),
                    before: code(&old_r.outcome),
                    after: code(&r.outcome),
                    legal_basis: r.legal_basis.clone(),
                });
            }
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

    #[test]
    fn the_same_pack_changes_nothing() {
        let case = crate::pdf::samples::spec_case();
        let today = crate::pdf::samples::sample_date();
        let pack = RulePack::embedded();
        assert!(compare(pack, pack, &case, today).is_empty());
    }
}
