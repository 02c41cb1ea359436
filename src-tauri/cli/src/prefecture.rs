//! `prefecture QUERY`: the competent office for a postcode or a commune name
//! (../shared/spec/case-file-and-cli.md, « prefecture output »).
//!
//! One JSON entry per commune the query designates, with the spec's fields (`communeInsee`,
//! `commune`, `departement`, `office.{kind,name,address,dataDate}`) and more: the address as
//! envelope lines, the « to verify » flag, the source, and the notes in the chosen language. Where
//! the CESEDA does not apply, `office` is `null` and `cesedaNotApplicable` says so.

use passerelle_core::error::{Field, Named};
use passerelle_core::geo::{
    Competence, Geo, MatchedBy, NotApplicable, Office, LOOKUP_PREFIX_LIMIT,
};
use passerelle_core::i18n::L10n;
use passerelle_core::model::limits::without_invisible;
use passerelle_core::{Error, Result};
use serde_json::{json, Value};

use crate::args::Cli;
use crate::words::Words;
use crate::Output;

pub fn run(cli: &Cli, words: &Words, query: &[String]) -> Result<Output> {
    let lang = words.labels(cli)?;
    let query = query.join(" ");
    if query.trim().is_empty() {
        return Err(Error::required(Field::Named(Named::CliQuery)));
    }
    let geo = Geo::get();
    let matches = geo.lookup(&query);
    if matches.is_empty() {
        return Err(Error::PlaceNotFound {
            query: query.trim().to_string(),
        });
    }
    // Only the most populous of the communes whose name or postcode starts so are given: said,
    // so that no one takes the list for all of them (review, 2026-12-04: « Saint » gave 20,
    // silently). The query as the lookup reads it (visible, trimmed: review, 2026-12-05, « cru »
    // followed by a space went unsaid); never a whole postcode or a name, whose communes are
    // all given.
    let visible = without_invisible(&query);
    let typed = visible.trim();
    let completed = matches
        .iter()
        .all(|m| matches!(m.matched_by, MatchedBy::Prefix | MatchedBy::Postcode))
        && typed.bytes().take_while(u8::is_ascii_digit).count() < 5;
    let cut = completed
        && matches.len() == LOOKUP_PREFIX_LIMIT
        && geo.complete(typed, LOOKUP_PREFIX_LIMIT + 1).len() > LOOKUP_PREFIX_LIMIT;
    if cut {
        words.say(
            "cli-prefecture-cut",
            &[("count", LOOKUP_PREFIX_LIMIT.to_string())],
        );
    }
    let mut out = Vec::with_capacity(matches.len());
    for m in matches {
        let c = m.commune;
        let competence = geo
            .office_for(c.insee)
            .ok_or(Error::Internal("a listed commune has no département"))?;
        let (matched_by, former_name) = match m.matched_by {
            MatchedBy::Postcode => ("postcode", None),
            MatchedBy::Name => ("name", None),
            MatchedBy::FormerName(n) => ("formerName", Some(n)),
            MatchedBy::Prefix => ("prefix", None),
        };
        let (office, not_applicable) = match &competence {
            Competence::Office(o) => (office_json(o, lang), Value::Null),
            Competence::CesedaNotApplicable(n) => (Value::Null, not_applicable_json(n, lang)),
        };
        out.push(json!({
            "communeInsee": c.insee,
            "commune": c.name,
            "departement": c.departement,
            "departementName": geo.departement(c.departement).map(|d| d.name),
            "postcodes": c.postcodes().collect::<Vec<_>>(),
            "matchedBy": matched_by,
            "formerName": former_name,
            "office": office,
            "cesedaNotApplicable": not_applicable,
        }));
    }
    Ok(Output::Json(Value::Array(out)))
}

fn office_json(o: &Office, lang: &str) -> Value {
    let l10n = L10n::get();
    json!({
        "kind": o.kind.id(),
        "name": o.name,
        "address": o.address_text(),
        "dataDate": o.data_date,
        "addressLines": o.address,
        "envelope": o.envelope(),
        "toVerify": o.to_verify,
        "confidence": o.confidence,
        "source": o.source,
        "sourceNotice": source_notice(lang),
        "notes": o.note_ids.iter().map(|id| l10n.format(lang, id, &[])).collect::<Vec<_>>(),
    })
}

/// The sources are quoted as the project recorded them, in French: said so in another language
/// (review, 2026-12-05: French prose in an English answer, with no word), as `rules show` does for
/// its change notes. `null` in French.
fn source_notice(lang: &str) -> Value {
    if lang == "fr" {
        Value::Null
    } else {
        Value::from(L10n::get().format(lang, "rules-note-in-french", &[]))
    }
}

fn not_applicable_json(n: &NotApplicable, lang: &str) -> Value {
    json!({
        "territory": n.territory,
        "message": L10n::get().format(lang, NotApplicable::MESSAGE_ID, &n.message_args()),
        "toVerify": n.to_verify,
        "confidence": n.confidence,
        "source": n.source,
        "sourceNotice": source_notice(lang),
    })
}
