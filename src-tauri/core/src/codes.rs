//! Enum codes: the language-neutral strings an enum value is written as (`cst-vpf-l425-1`,
//! `case-viewed`, `public-order`).
//!
//! serde writes them in JSON. Where they are needed as strings too (message ids, audit rows,
//! interview answers, key-file associated data), they come from `strum`'s derives, given the same
//! names (`serialize_all` beside serde's `rename_all`, `serialize` beside each `rename`), rather
//! than from a hand-written table; the test below keeps the two derives equal for every variant.

/// `T::VARIANTS`, every variant of an enum in declaration order, for the crates that use ours.
pub use strum::VariantArray;

/// The code of `value`, as serde writes it (`proof-of-address`).
pub fn code<T: Into<&'static str>>(value: T) -> &'static str {
    value.into()
}

/// The code of a value of an enum without the strum derives (`ConditionId`, `WarningId`…), as
/// serde writes it; an empty string for a value serde does not write as a string.
pub fn kind_id<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The codes of every variant of `T`, in declaration order.
pub fn all<T: VariantArray + Copy + Into<&'static str>>() -> Vec<&'static str> {
    T::VARIANTS.iter().copied().map(code).collect()
}

/// The variant of `T` whose code is `code`, if any.
pub fn parse<T: VariantArray + Copy + Into<&'static str>>(code: &str) -> Option<T> {
    T::VARIANTS.iter().copied().find(|v| (*v).into() == code)
}

#[cfg(test)]
mod tests {
    use std::fmt::Debug;
    use std::str::FromStr;

    use serde::Serialize;
    use strum::VariantArray;

    use super::code;
    use crate::db::audit::Action;
    use crate::geo::OfficeKind;
    use crate::interview::Step;
    use crate::legal::{DeadlineKind, ItemStatus, RouteId};
    use crate::model::association::Title;
    use crate::model::case::{
        AppointmentKind, ConsentStatus, CriminalStage, DocumentStatus, PermitKind, PieceKind,
        Placement, VictimOf,
    };
    use crate::model::printed::PrintedDocument;
    use crate::overview::When;
    use crate::vault::keyfile::SlotKind;
    use crate::vault::seal::{Content, SecretKind};

    /// Every variant's strum code is its serde string.
    fn same_as_serde<T>(variants: &[T])
    where
        T: Copy + Debug + Serialize + Into<&'static str>,
    {
        assert!(!variants.is_empty());
        for v in variants {
            let json = serde_json::to_value(v).unwrap();
            assert_eq!(
                json.as_str(),
                Some(code(*v)),
                "{v:?}: strum and serde differ"
            );
        }
    }

    /// The same, and strum reads every code back as its variant.
    fn same_as_serde_both_ways<T>(variants: &[T])
    where
        T: Copy + Debug + PartialEq + Serialize + FromStr + Into<&'static str>,
    {
        same_as_serde(variants);
        for v in variants {
            assert_eq!(T::from_str(code(*v)).ok(), Some(*v), "{v:?}");
        }
    }

    #[test]
    fn every_strum_code_is_the_serde_code() {
        same_as_serde(AppointmentKind::VARIANTS);
        same_as_serde(ConsentStatus::VARIANTS);
        same_as_serde_both_ways(Placement::VARIANTS);
        same_as_serde_both_ways(VictimOf::VARIANTS);
        same_as_serde_both_ways(CriminalStage::VARIANTS);
        same_as_serde_both_ways(PermitKind::VARIANTS);
        same_as_serde_both_ways(PieceKind::VARIANTS);
        same_as_serde_both_ways(DocumentStatus::VARIANTS);
        same_as_serde_both_ways(Step::VARIANTS);
        same_as_serde_both_ways(RouteId::ALL.as_slice());
        same_as_serde(DeadlineKind::VARIANTS);
        same_as_serde(ItemStatus::VARIANTS);
        same_as_serde(Action::VARIANTS);
        same_as_serde_both_ways(OfficeKind::VARIANTS);
        same_as_serde(When::VARIANTS);
        same_as_serde(SlotKind::VARIANTS);
        same_as_serde(Content::VARIANTS);
        same_as_serde(SecretKind::VARIANTS);
        same_as_serde_both_ways(Title::VARIANTS);
        same_as_serde_both_ways(PrintedDocument::VARIANTS);
    }
}
