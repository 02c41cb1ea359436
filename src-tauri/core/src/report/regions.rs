//! The region of the world of a country, for the activity report: a nationality too rare to be
//! shown alone (fewer than five persons) is counted in its region.
//!
//! Regions follow the United Nations geoscheme (M49), grouped to the size an association's
//! figures need: Europe split where the law splits it (the EU, the EEA and Switzerland, whose
//! nationals need no permit, and the rest), Africa in three, Asia in three, the Americas,
//! Oceania.

use serde::Serialize;
use strum::{IntoStaticStr, VariantArray};

/// A region of the world.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Region {
    /// The European Union, the EEA and Switzerland.
    EuropeEuEea,
    /// The rest of Europe, the Caucasus and Turkey.
    EuropeOther,
    /// North Africa.
    AfricaNorth,
    /// West Africa.
    AfricaWest,
    /// Central, East and Southern Africa.
    AfricaOther,
    /// The Middle East.
    MiddleEast,
    /// South and Central Asia.
    AsiaSouthCentral,
    /// East and South-East Asia.
    AsiaEast,
    /// The Americas and the Caribbean.
    Americas,
    /// Oceania.
    Oceania,
    /// Antarctica and uninhabited territories.
    Other,
}

const TABLE: &[(Region, &str)] = &[
    (
        Region::EuropeEuEea,
        "AT BE BG CH CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK",
    ),
    (
        Region::EuropeOther,
        "AD AL AM AX AZ BA BY FO GB GE GG GI IM JE MC MD ME MK RS RU SJ SM TR UA VA XK",
    ),
    (Region::AfricaNorth, "DZ EG EH LY MA SD TN"),
    (
        Region::AfricaWest,
        "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    ),
    (
        Region::AfricaOther,
        "AO BI BW CD CF CG CM DJ ER ET GA GQ IO KE KM LS MG MU MW MZ NA RE RW SC SO SS ST SZ TD TF TZ UG YT ZA ZM ZW",
    ),
    (
        Region::MiddleEast,
        "AE BH IL IQ JO KW LB OM PS QA SA SY YE",
    ),
    (
        Region::AsiaSouthCentral,
        "AF BD BT IN IR KG KZ LK MV NP PK TJ TM UZ",
    ),
    (
        Region::AsiaEast,
        "BN CN HK ID JP KH KP KR LA MM MN MO MY PH SG TH TL TW VN",
    ),
    (
        Region::Americas,
        "AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT UM US UY VC VE VG VI",
    ),
    (
        Region::Oceania,
        "AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS",
    ),
];

/// The region of ISO 3166-1 alpha-2 code `code` ([`Region::Other`] for Antarctica, Bouvet Island
/// and any code not listed).
pub fn region(code: &str) -> Region {
    TABLE
        .iter()
        .find(|(_, codes)| codes.split(' ').any(|c| c == code))
        .map_or(Region::Other, |(r, _)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_of_the_table_has_one_region() {
        for c in crate::countries::all() {
            let listed = TABLE
                .iter()
                .filter(|(_, codes)| codes.split(' ').any(|x| x == c.code))
                .count();
            let expected = usize::from(!matches!(c.code, "AQ" | "BV"));
            assert_eq!(listed, expected, "{} is listed {listed} times", c.code);
        }
        assert_eq!(region("NG"), Region::AfricaWest);
        assert_eq!(region("RO"), Region::EuropeEuEea);
        assert_eq!(region("AQ"), Region::Other);
    }
}
