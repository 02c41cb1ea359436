//! One case, analysed once: the assessment, the route it points to, that route's checklist and the
//! deadlines. A request that shows or prints a case computes a [`CaseAnalysis`] once and passes it
//! to everything that needs a legal answer, instead of each helper assessing the case again.

use chrono::NaiveDate;

use super::pack::{RouteId, RulePack};
use super::{assess::assess_with, checklist::checklist_with, deadlines::deadlines_with};
use super::{Assessment, Checklist, Deadline};
use crate::model::case::CaseFile;

/// The legal answers for one case on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseAnalysis {
    /// Every route, with its conditions, warnings and related routes.
    pub assessment: Assessment,
    /// The route the checklist and the letters are for.
    pub route: RouteId,
    /// The checklist of [`CaseAnalysis::route`].
    pub checklist: Checklist,
    /// The dated deadlines, sorted.
    pub deadlines: Vec<Deadline>,
}

impl CaseAnalysis {
    /// The analysis of `case` on `today` with `pack`, for the route the case points to
    /// ([`Assessment::default_route`]).
    pub fn new(case: &CaseFile, today: NaiveDate, pack: &RulePack) -> CaseAnalysis {
        CaseAnalysis::for_route(case, today, pack, None)
    }

    /// The same, for `route` when the worker chose one.
    pub fn for_route(
        case: &CaseFile,
        today: NaiveDate,
        pack: &RulePack,
        route: Option<RouteId>,
    ) -> CaseAnalysis {
        let assessment = assess_with(pack, case, today);
        let route = route.unwrap_or_else(|| assessment.default_route());
        CaseAnalysis {
            checklist: checklist_with(pack, case, route, today),
            deadlines: deadlines_with(pack, case, today),
            assessment,
            route,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_analysis_gives_the_same_answers_as_each_computation_alone() {
        let case = crate::pdf::samples::spec_case();
        let today = crate::pdf::samples::sample_date();
        let pack = RulePack::embedded();
        let analysis = CaseAnalysis::new(&case, today, pack);
        assert_eq!(analysis.assessment, super::super::assess(&case, today));
        assert_eq!(analysis.route, super::super::default_route(&case, today));
        assert_eq!(
            analysis.checklist,
            super::super::checklist(&case, analysis.route, today)
        );
        assert_eq!(analysis.deadlines, super::super::deadlines(&case, today));
        let chosen = CaseAnalysis::for_route(&case, today, pack, Some(RouteId::ApsL4254));
        assert_eq!(chosen.route, RouteId::ApsL4254);
        assert_eq!(chosen.checklist.route, RouteId::ApsL4254);
    }
}
