//! The bilingual checklist the person carries: the documents of her route with where each stands,
//! what happens next, and her dates, in French beside her language. It shows no name.
//!
//! The legal notes are written for the worker and exist in French and English only; the paper the
//! person carries gets short plain-language notes instead (`pdf-note-*` in every checklist
//! language), one per legal note that tells the person something the box does not already say,
//! plus one when a document is confiscated or undated, and one naming the alternative she holds
//! when that is what meets the item.

use chrono::NaiveDate;

use crate::codes::code;
use crate::i18n::format::{date_long, list_separator};
use crate::i18n::{Arg, L10n};
use crate::legal::assess::TitleGranted;
use crate::legal::deadlines::RenewalFiling;
use crate::legal::{ChecklistItem, Deadline, DeadlineKind, ItemStatus, RouteId, RulePack};
use crate::model::case::{PermitKind, PieceKind};
use crate::pdf::typography::french;

use super::{checklist_language, fr, msg, piece_message_id, Bilingual, LETTER_LANGUAGE};

/// What the checklist is built from.
#[derive(Debug, Clone)]
pub struct ChecklistInput<'a> {
    /// The route the checklist prepares.
    pub route: RouteId,
    /// The items of its checklist, in the order to print them.
    pub items: &'a [ChecklistItem],
    /// The case's deadlines; printed in date order, but for the 18th-birthday ones: they concern
    /// a minor's own application, which the checklist routes do not cover (the worker sees them
    /// in the app).
    pub deadlines: &'a [Deadline],
    /// The person's language (BCP 47 primary tag).
    pub lang: &'a str,
    /// The day the checklist is printed; also the PDF's creation date.
    pub date: NaiveDate,
    /// Her nationality may put her application under an agreement of its own instead of the
    /// route's rules (the Franco-Algerian agreement of 1968): what the card is and how it is
    /// renewed is then not said, and she is told a jurist will check
    /// ([`super::agreement_nationality`]).
    pub agreement_nationality: bool,
    /// A complaint or a testimony is recorded: the reflection period's « use this time to decide
    /// whether to file a complaint or testify » is not printed (PDF review, 2026-12-05).
    pub cooperating: bool,
    /// Where the renewal of her card stands, if it was filed
    /// ([`crate::legal::deadlines::renewal_filing`]).
    pub renewal: Option<RenewalFiling>,
    /// The route's first title granted and not recorded as her document yet
    /// ([`crate::legal::assess::title_granted`]): her paper says so, lists nothing to gather and
    /// does not explain how to file.
    pub title_granted: Option<TitleGranted>,
    /// She is under 16 (`minor-under-16`) and the checklist is for the L. 425-1 card, which
    /// cannot be issued to her before then (R. 425-5 [V]): what the card is and how it is filed
    /// is not said, but that she needs no permit before 18 (letters review, 2026-12-06: a girl of
    /// 15 read « La carte de séjour dure un an »).
    pub under_16: bool,
    /// She is, or may be, under 16 on the checklist's date: her reflection period's paper does
    /// not tell her she has the right to work. The récépissé allows work (R425-2 [V]); the age
    /// from which labour law lets her work is not in the legal facts (legal review, 2026-12-06:
    /// a girl of 15 read « vous avez le droit de travailler »).
    pub may_be_under_16: bool,
    /// How her column addresses her: `M` for a man; `F`, `X` or unknown take the feminine the
    /// translations default to. Arabic conjugates for it (review, 2026-12-06: a man read
    /// « احتفظي » « keep, woman »); `$sex` in every message of her column.
    pub sex: &'a str,
    /// The assessment finds that the case does not meet this route's conditions today, or the
    /// route does not fit her case's stage (a girl of 16 or 17, who needs no permit, aside): her
    /// paper does not describe the filing as if it were open to her (« si vous le faites à
    /// temps, vous recevez une attestation »), but says the association will see with her (PDF
    /// review, 2026-12-07: the renewal's paper after an acquittal).
    pub not_eligible: bool,
}

impl<'a> ChecklistInput<'a> {
    /// The plainest paper for `items`: no deadline, no agreement nationality, no complaint or
    /// testimony, no renewal filed, an adult, the default (feminine) address. Samples and tests
    /// start from it and set what they vary (`ChecklistInput { cooperating: true, ..plain }`),
    /// so a new field is decided once here; `documents` sets every field from the case.
    pub fn plain(
        route: RouteId,
        items: &'a [ChecklistItem],
        lang: &'a str,
        date: NaiveDate,
    ) -> ChecklistInput<'a> {
        ChecklistInput {
            route,
            items,
            deadlines: &[],
            lang,
            date,
            agreement_nationality: false,
            cooperating: false,
            renewal: None,
            title_granted: None,
            under_16: false,
            may_be_under_16: false,
            sex: "F",
            not_eligible: false,
        }
    }
}

/// Message `id` of her paper in `lang` ([`msg`]), with `$sex` for the translations that address
/// her by it ([`ChecklistInput::sex`]).
fn her_msg(lang: &str, id: &str, args: &[Arg<'_>], sex: &str) -> String {
    let mut args = args.to_vec();
    args.push(("sex", sex.to_string()));
    msg(lang, id, &args)
}

/// One box of the checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistEntry {
    /// Where it stands (drawn as a mark in the box).
    pub status: ItemStatus,
    /// The document's name.
    pub label: Bilingual,
    /// The status, in words.
    pub status_text: Bilingual,
    /// « Accepté aussi : … », if there are alternatives.
    pub alternatives: Option<Bilingual>,
    /// A remark, if any.
    pub note: Option<Bilingual>,
}

/// The bilingual checklist, ready to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistView {
    /// The printing day; the PDF's creation date and the default file name come from it.
    pub date: NaiveDate,
    /// The language of the second column; `fr`: French alone, in one column.
    pub lang: String,
    /// Title.
    pub title: Bilingual,
    /// The route, in words with its article; `None` when her nationality's agreement may govern
    /// instead ([`ChecklistInput::agreement_nationality`]: « Et ensuite ? » says a jurist will
    /// check which title to ask for, and the heading names none).
    pub route: Option<Bilingual>,
    /// « Liste établie le … ».
    pub issued: Bilingual,
    /// How to use the list.
    pub intro: Bilingual,
    /// The boxes.
    pub items: Vec<ChecklistEntry>,
    /// « Et ensuite ? ».
    pub next_title: Bilingual,
    /// Plain-language paragraphs on what happens next.
    pub next: Vec<Bilingual>,
    /// « Vos dates ».
    pub dates_title: Bilingual,
    /// One line per deadline, or a line saying there is none yet.
    pub dates: Vec<Bilingual>,
}

/// The person-facing note of an item, in French (not yet typeset) and `lang`, if there is one:
/// why a document the person may think she has does not count, else which alternative she holds,
/// else the plain-language version of the legal note.
fn person_note(item: &ChecklistItem, lang: &str, sex: &str) -> Option<Bilingual> {
    let l10n = L10n::get();
    let fr = LETTER_LANGUAGE;
    // Message `id` naming document `via`, in both languages.
    let naming = |id: &str, via: PieceKind| {
        let key = piece_message_id(via);
        let with = |l: &str| {
            // Mid-sentence, after « Vous avez à la place : » (PDF review, 2026-12-07).
            let document = crate::text::lower_initial(&l10n.format(l, &key, &[]));
            her_msg(l, id, &[("document", document)], sex)
        };
        Bilingual {
            fr: with(fr),
            other: with(lang),
        }
    };
    if let (ItemStatus::SatisfiedByAlternative, Some(via), None) =
        (item.status, item.via, item.reason.as_deref())
    {
        return Some(naming("pdf-note-via", via));
    }
    // In hand, its validity ended: said with its day, in each column's own way of writing dates.
    if let (Some("document-expired"), Some(end)) = (item.reason.as_deref(), item.fresh_until) {
        return Some(dated_note(
            item,
            lang,
            sex,
            end,
            "pdf-note-document-expired",
            "pdf-note-via-expired",
        ));
    }
    // Too old, and it is the alternative she holds that is: named, so that « trop ancien : à
    // refaire » is not read as the item itself (UI review, 2026-12-05).
    if let (ItemStatus::Expired, Some(via)) = (item.status, item.via) {
        return Some(naming("pdf-note-via-stale", via));
    }
    // Held by the perpetrators, and what she holds instead is too old, or undated: said, not
    // « à la place » as if it were enough (letters audit, 2026-12-06).
    if let (ItemStatus::Confiscated, Some(via)) = (item.status, item.via) {
        if item.fresh_until.is_some() {
            return Some(naming("pdf-note-via-stale", via));
        }
        if item.reason.as_deref() == Some("date-unknown") {
            let held = naming("pdf-note-via", via);
            let unknown = |l: &str| her_msg(l, "pdf-note-date-unknown", &[], sex);
            return Some(Bilingual {
                fr: format!("{} {}", held.fr, unknown(fr)),
                other: format!("{} {}", held.other, unknown(lang)),
            });
        }
    }
    if let (ItemStatus::Confiscated | ItemStatus::Requested, Some(via)) = (item.status, item.via) {
        // Held by the perpetrators, or never hers (a testimony has no complaint receipt), and
        // the document that replaces it is asked for: named, so that « demandé » is not read as
        // the item itself being on its way.
        return Some(naming("pdf-note-confiscated-via", via));
    }
    let id = match item.reason.as_deref() {
        // « Another document may be accepted » only where the pack lists one (review,
        // 2026-12-05: said of a confiscated birth certificate, which nothing replaces).
        Some("confiscated") if !item.alternatives.is_empty() => {
            "pdf-note-confiscated-replaceable".to_string()
        }
        Some(reason) => format!("pdf-note-{reason}"),
        None => format!("pdf-note-{}", item.note_id.as_deref()?),
    };
    // Notes with no person-facing wording (the alternatives line already says it) are skipped.
    l10n.has(fr, &id).then(|| Bilingual {
        fr: her_msg(fr, &id, &[], sex),
        other: her_msg(lang, &id, &[], sex),
    })
}

/// [`person_note`], for a list made on `today`: a piece recent enough now that will be too old on
/// the day of the application says so, with the day it stops being recent enough
/// ([`ChecklistItem::stale_only_at_filing`]).
///
/// Not when the freshness rule is unverified: the status then says the association will check
/// (code review, 2026-12-06: « faites refaire ce document » of an e-photo by the [I] rule). A
/// confiscated document whose replacement she holds is recent enough today is said the same way
/// (not « trop ancienne »).
fn person_note_on(
    item: &ChecklistItem,
    lang: &str,
    sex: &str,
    today: NaiveDate,
) -> Option<Bilingual> {
    let held_until_filing = item.status == ItemStatus::Confiscated
        && item.via.is_some()
        && item.fresh_until.is_some_and(|last| today <= last);
    let (true, Some(last)) = (
        (item.stale_only_at_filing(today) || held_until_filing) && !unverified_freshness(item),
        item.fresh_until,
    ) else {
        return person_note(item, lang, sex);
    };
    Some(dated_note(
        item,
        lang,
        sex,
        last,
        "pdf-note-stale-at-filing",
        "pdf-note-via-stale-at-filing",
    ))
}

/// A note of `item` dated `day`, in French and `lang` (each column writes dates its own way):
/// `via_id` naming the document she holds in its place, if any, else `own_id`.
fn dated_note(
    item: &ChecklistItem,
    lang: &str,
    sex: &str,
    day: NaiveDate,
    own_id: &str,
    via_id: &str,
) -> Bilingual {
    let with = |l: &str| {
        let date = ("date", date_long(day, l));
        match item.via {
            Some(via) => {
                let document =
                    crate::text::lower_initial(&L10n::get().format(l, &piece_message_id(via), &[]));
                her_msg(l, via_id, &[("document", document), date], sex)
            }
            None => her_msg(l, own_id, &[date], sex),
        }
    };
    Bilingual {
        fr: with(LETTER_LANGUAGE),
        other: with(lang),
    }
}

/// True when the piece an item's age is judged on (the one she holds instead, if any) has a
/// freshness rule without a verified source (the e-photo's six months, [I]).
fn unverified_freshness(item: &ChecklistItem) -> bool {
    RulePack::active()
        .freshness(item.via.unwrap_or(item.id))
        .is_some_and(|rule| rule.confidence != crate::legal::Confidence::V)
}

/// The message of an item's status on her paper: a residence document whose validity has ended
/// is « plus valable », not « trop ancien : à refaire » (it is renewed, not redone); a document
/// she has whose date is not noted is « date à noter », not « à obtenir » above « montrez-le à
/// l'association » (UI review, 2026-12-05); one too old by a freshness rule without a verified
/// source is « peut-être trop ancien : l'association vérifiera » (letters review, 2026-12-05:
/// the e-photo's six months, an unverified memory, had her pay for new photos). Its renewal
/// filed, an ended card is « plus valable : renouvellement demandé » (« refusé », « accordé »),
/// not « à renouveler » (review of her papers, 2026-12-06); recorded without its days, one the
/// association checks (it may be an earlier card's: review, 2026-12-07).
///
/// On the paper of `route` (`None`: any): for the resident card, an ended card is
/// « plus valable : à voir avec l'association », not « à renouveler » — after the final
/// conviction the L. 425-1 card is renewed no more, and whether her stay is regular is what the
/// prefecture checks (PDF review, 2026-12-07: « à renouveler » six months after it ended).
fn status_message_id(
    item: &ChecklistItem,
    today: NaiveDate,
    renewal: Option<RenewalFiling>,
    route: Option<RouteId>,
) -> String {
    if item.is_ended_permit() && renewal.is_none() && route == Some(RouteId::CarteResidentL4253) {
        "pdf-status-permit-ended-see-association".to_string()
    } else if item.is_ended_permit() && renewal == Some(RenewalFiling::Refused) {
        "pdf-status-permit-ended-renewal-refused".to_string()
    } else if item.is_ended_permit() && matches!(renewal, Some(RenewalFiling::Granted { .. })) {
        "pdf-status-permit-ended-renewal-granted".to_string()
    } else if item.is_ended_permit() && renewal == Some(RenewalFiling::Undated) {
        "pdf-status-permit-ended-renewal-undated".to_string()
    } else if item.is_ended_permit() && renewal.is_some() {
        "pdf-status-permit-ended-renewal-filed".to_string()
    } else if item.is_ended_permit() {
        "pdf-status-permit-ended".to_string()
    } else if item.status == ItemStatus::SatisfiedByAlternative
        && item.reason.as_deref() == Some("document-expired")
    {
        // What replaces it has ended too: whether it is still accepted is for the association
        // ([I]), not « un autre document accepté le remplace » (review, 2026-12-06).
        "pdf-status-replaced-to-check".to_string()
    } else if item.status == ItemStatus::Expired && unverified_freshness(item) {
        "pdf-status-expired-to-check".to_string()
    } else if item.stale_only_at_filing(today) {
        "pdf-status-expired-at-filing".to_string()
    } else if item.status == ItemStatus::Missing && item.reason.as_deref() == Some("date-unknown") {
        "pdf-status-date-unknown".to_string()
    } else if item.reason.as_deref() == Some("stateless") {
        "pdf-status-stateless".to_string()
    } else {
        format!("pdf-status-{}", code(item.status))
    }
}

/// True if and only if the person's checklist prints deadline `kind`. Her 18th birthday and the
/// last day to apply after it are hers (law audit, 2026-12-05: a girl of 17 read « Aucune date
/// à retenir » above the day her stay would lapse).
fn printed_on_checklist(kind: DeadlineKind) -> bool {
    !matches!(
        kind,
        DeadlineKind::AsylumOtherGroundsCloses
            // The worker's to follow (a recourse is for a jurist), not a step of hers.
            | DeadlineKind::ImplicitRejection
    )
}

impl ChecklistView {
    /// Writes the checklist in French and in `input.lang` (or English; see [`checklist_language`]),
    /// or in French alone when that is hers.
    pub fn build(input: &ChecklistInput<'_>) -> ChecklistView {
        let lang = checklist_language(input.lang);
        // Each column gets its own arguments: dates and document names differ per language.
        let columns = |id: &str, fr_args: &[Arg<'_>], other_args: &[Arg<'_>]| Bilingual {
            fr: fr(id, fr_args),
            other: her_msg(lang, id, other_args, input.sex),
        };
        let both = |id: &str| columns(id, &[], &[]);
        let dated = |id: &str, date: NaiveDate, document: Bilingual| {
            columns(
                id,
                &[
                    ("date", date_long(date, LETTER_LANGUAGE)),
                    ("document", document.fr),
                ],
                &[
                    ("date", date_long(date, lang)),
                    ("document", document.other),
                ],
            )
        };
        let doc = |k: PieceKind| both(&piece_message_id(k));
        let renewal = matches!(
            input.route,
            RouteId::CstL4251Renewal | RouteId::CarteResidentL4253Renewal
        );
        // Her renewal granted: nothing is left to gather for it, and the letters are refused
        // (review, 2026-12-06: « acceptée » above boxes to tick and « lettre de soutien : à
        // obtenir »). « Aucun document à réunir », what was decided, and her dates.
        let renewal_granted = (renewal || input.route == RouteId::ApsL4254)
            && matches!(input.renewal, Some(RenewalFiling::Granted { .. }));
        let too_young = input.under_16 && input.route == RouteId::CstL4251;
        // Her first title granted likewise: « Et ensuite ? » says so, not how to file. Not to a
        // girl under 16, to whom the card cannot be issued (R. 425-5 [V]): what she is told then
        // stays (review, 2026-12-07).
        let first_granted = input
            .title_granted
            .filter(|_| !renewal_granted && !too_young);
        let granted = renewal_granted || first_granted.is_some();
        let items: Vec<ChecklistEntry> = input
            .items
            .iter()
            .filter(|_| !granted)
            .map(|item| {
                let alternatives = (!item.alternatives.is_empty()).then(|| {
                    let names: Vec<Bilingual> = item.alternatives.iter().map(|k| doc(*k)).collect();
                    let join = |pick: fn(&Bilingual) -> &String, lang: &str| {
                        names
                            .iter()
                            .map(|name| crate::text::lower_initial(pick(name)))
                            .collect::<Vec<_>>()
                            .join(list_separator(lang))
                    };
                    columns(
                        "pdf-checklist-alternatives",
                        &[("documents", join(|b| &b.fr, LETTER_LANGUAGE))],
                        &[("documents", join(|b| &b.other, lang))],
                    )
                });
                ChecklistEntry {
                    status: item.status,
                    label: doc(item.id),
                    status_text: both(&status_message_id(
                        item,
                        input.date,
                        input.renewal,
                        Some(input.route),
                    )),
                    alternatives,
                    note: person_note_on(item, lang, input.sex, input.date).map(|n| Bilingual {
                        fr: french(&n.fr),
                        other: n.other,
                    }),
                }
            })
            .collect();
        let items_empty = items.is_empty();
        // A list no text itemises (a renewal's, the resident card's, the APS's: [I] in the pack)
        // says so to her, as the case page says it to the worker (letters audit, 2026-12-06: her
        // paper read as the law's list).
        let practice_only = RulePack::active()
            .checklist(input.route)
            .is_some_and(|list| list.confidence.needs_jurist());
        // Her renewal filed and not to file again: « dernier jour où ce document est assez récent
        // pour la demande » speaks of a filing behind her (review, 2026-12-06).
        let filed_already = first_granted.is_some()
            || (renewal || granted) && input.renewal.is_some_and(RenewalFiling::filed_for_good);
        let mut deadlines: Vec<&Deadline> = input
            .deadlines
            .iter()
            .filter(|d| printed_on_checklist(d.kind) && !(filed_already && d.freshness))
            // Renewed already: the window to ask in is no date of hers (review, 2026-12-06).
            // Nor when the case does not meet this route today: « dernier jour pour demander le
            // renouvellement à temps » under « votre dossier ne remplit pas … les conditions »
            // (PDF review, 2026-12-07).
            // Only the renewal's own window: another route chosen (the resident card during the
            // trial) leaves her current card's window among her dates (review, 2026-12-07).
            .filter(|d| {
                !((granted || input.not_eligible && renewal)
                    && matches!(
                        d.kind,
                        DeadlineKind::RenewalWindowOpens | DeadlineKind::RenewalWindowCloses
                    ))
            })
            .collect();
        deadlines.sort_by_key(|d| d.date);
        // Her rights during the reflection period are printed only while it runs: once it has
        // ended, « personne ne peut vous obliger à quitter la France » is no longer true.
        let in_reflection = deadlines
            .iter()
            .any(|d| d.kind == DeadlineKind::ReflectionPeriodEnd && !d.passed)
            || (input.route == RouteId::ReflectionPeriod
                && deadlines
                    .iter()
                    .all(|d| d.kind != DeadlineKind::ReflectionPeriodEnd));
        let mut next = Vec::new();
        if in_reflection {
            next.push(both(if input.may_be_under_16 {
                "pdf-next-reflection-under-16"
            } else {
                "pdf-next-reflection"
            }));
            if !input.cooperating {
                next.push(both("pdf-next-reflection-decide"));
            }
        }
        // The renewal window already closed: « demandez entre 120 et 60 jours avant » would read
        // as still on time (PDF review, 2026-12-05, beside `renewal-window-missed`).
        let window_closed = input
            .deadlines
            .iter()
            .find(|d| d.kind == DeadlineKind::RenewalWindowCloses && d.passed)
            .map(|d| dated("pdf-next-renewal-late", d.date, Bilingual::default()))
            .or_else(|| {
                // Filed after the window: her window's dates are gone (a renewal is on file),
                // « if you apply in time » would read as if she had.
                match input.renewal {
                    Some(RenewalFiling::Late { closes }) => Some(dated(
                        "pdf-next-renewal-filed-late",
                        closes,
                        Bilingual::default(),
                    )),
                    _ => None,
                }
            });
        // Filed and waiting: « demandez le renouvellement entre 120 et 60 jours » is done, and
        // what keeps her stay once the card ends is what she needs (review of her papers,
        // 2026-12-06: « plus valable : à renouveler » above the window, after she had filed).
        // An APS is no card: its grant says « la nouvelle autorisation ».
        let granted_id = match input.route {
            RouteId::ApsL4254 => "pdf-next-aps-renewal-granted",
            _ => "pdf-next-renewal-granted",
        };
        let filed = match input.renewal {
            Some(RenewalFiling::InTime { filed }) => Some(dated(
                "pdf-next-renewal-filed-in-time",
                filed,
                Bilingual::default(),
            )),
            // Before the window: once it has closed, « déposez tout de suite » is what she needs.
            Some(RenewalFiling::Early { filed, opens }) if window_closed.is_none() => {
                Some(columns(
                    "pdf-next-renewal-filed-early",
                    &[
                        ("date", date_long(filed, LETTER_LANGUAGE)),
                        ("opens", date_long(opens, LETTER_LANGUAGE)),
                    ],
                    &[
                        ("date", date_long(filed, lang)),
                        ("opens", date_long(opens, lang)),
                    ],
                ))
            }
            Some(RenewalFiling::Filed { filed }) => {
                Some(dated("pdf-next-renewal-filed", filed, Bilingual::default()))
            }
            Some(RenewalFiling::Unanswered { filed }) => Some(dated(
                "pdf-next-renewal-unanswered",
                filed,
                Bilingual::default(),
            )),
            Some(RenewalFiling::Refused) => Some(both("pdf-next-renewal-refused")),
            Some(RenewalFiling::Granted { decided: Some(day) }) => Some(dated(
                &format!("{granted_id}-on"),
                day,
                Bilingual::default(),
            )),
            Some(RenewalFiling::Granted { decided: None }) => Some(both(granted_id)),
            Some(RenewalFiling::Undated) => Some(both("pdf-next-renewal-undated")),
            Some(RenewalFiling::Early { .. } | RenewalFiling::Late { .. }) | None => None,
        };
        let filed = match first_granted {
            Some(TitleGranted { route, decided }) => {
                let id = match route {
                    RouteId::CarteResidentL4253 => "pdf-next-resident-card-granted",
                    RouteId::ApsL4254 => "pdf-next-aps-granted",
                    _ => "pdf-next-card-granted",
                };
                Some(match decided {
                    Some(day) => dated(&format!("{id}-on"), day, Bilingual::default()),
                    None => both(id),
                })
            }
            None => filed,
        };
        // Granted, what was decided comes first, whatever agreement may govern her next title
        // (review, 2026-12-06: an Algerian read only « un ou une juriste vérifiera »).
        if let (true, Some(granted)) = (granted, &filed) {
            next.push(granted.clone());
        } else if input.agreement_nationality {
            next.push(both("pdf-next-agreement-nationality"));
        } else if too_young {
            next.push(both("pdf-next-minor-under-16"));
        } else if let (true, Some(filed)) = (renewal, &filed) {
            next.push(filed.clone());
        } else if input.not_eligible {
            // Before the window gone by: « déposez votre demande tout de suite » is no advice
            // for a renewal the case does not meet (PDF review, 2026-12-07: after an acquittal).
            next.push(both("pdf-next-not-eligible"));
        } else if let (true, Some(late)) = (renewal, &window_closed) {
            next.push(late.clone());
        } else {
            // The card she may ask for once she has complained or testified is not said to let
            // her work before 16, nor to be hers before then (R. 425-5 [V]).
            let young = input.may_be_under_16 && input.route == RouteId::ReflectionPeriod;
            let suffix = if young { "-under-16" } else { "" };
            // The resident card is applied for « avant la fin de votre titre de séjour actuel »:
            // once that title has ended, the day it did and the association, now (PDF review,
            // 2026-12-07: « déposez la demande avant la fin » six months after it).
            // Its day only when recorded: an estimated end (its issue plus a year) may contradict
            // the card's own (code review, 2026-12-07).
            // Ended by its recorded end, by an estimate of it, or by the card in her hands.
            let passed_end = input
                .deadlines
                .iter()
                .find(|d| d.kind == DeadlineKind::PermitExpires && d.passed);
            let ended = input.route == RouteId::CarteResidentL4253
                && (passed_end.is_some() || input.items.iter().any(ChecklistItem::is_ended_permit));
            let ended_on = passed_end.filter(|d| !d.estimated).map(|d| d.date);
            match (ended, ended_on) {
                (true, Some(day)) => next.push(dated(
                    "pdf-next-carte-resident-l425-3-ended",
                    day,
                    Bilingual::default(),
                )),
                (true, None) => next.push(both("pdf-next-carte-resident-l425-3-ended-undated")),
                _ => next.push(both(&format!("pdf-next-{}{suffix}", code(input.route)))),
            }
            // A window whose rule has no verified source (the resident card's on ANEF [S]) is
            // said to be checked, not printed as the law (legal review, 2026-12-06).
            let window_to_check = input.deadlines.iter().any(|d| {
                matches!(
                    d.kind,
                    DeadlineKind::RenewalWindowOpens | DeadlineKind::RenewalWindowCloses
                ) && d.confirm_by_jurist
            });
            if renewal && window_to_check {
                next.push(both("pdf-next-renewal-window-to-check"));
            }
        }
        // The APS is renewed through its own route: what it is stays true; where its renewal
        // stands is said after it (review, 2026-12-07: filed and waiting, her paper said nothing
        // of it), else the late window.
        if input.route == RouteId::ApsL4254 && !granted {
            let aps_filed = match input.renewal {
                // The attestation de prolongation is a title's (R431-15-1): not promised for an
                // APS, as the worker's `permit-expired` says (« n'est pas établi »).
                Some(RenewalFiling::InTime { filed }) => {
                    Some(dated("pdf-next-renewal-filed", filed, Bilingual::default()))
                }
                _ => filed,
            };
            // The window gone by is her current title's: not said of an APS the case does not
            // meet (PDF review, 2026-12-07: « déposez votre demande tout de suite »).
            let window_closed = window_closed.filter(|_| !input.not_eligible);
            if let Some(line) = aps_filed.or(window_closed) {
                next.push(line);
            }
        }
        let on_anef = super::filed_on_anef(input.route);
        // Filed already: « la demande se fait sur internet… vous recevez une attestation » beside
        // the attestation de prolongation would have her take one for the other (review of her
        // papers, 2026-12-06), and beside a late filing's « vous n'aurez peut-être pas droit à
        // l'attestation » it contradicts it. Filed before the window, she may file again.
        let filed_not_again = input.renewal.is_some_and(RenewalFiling::not_to_file_again);
        // Granted, nothing is to file (letters trial, 2026-12-07: a first card granted).
        let nothing_to_file = granted || (renewal && filed_not_again);
        if on_anef && !too_young && !nothing_to_file && !input.not_eligible {
            next.push(both("pdf-next-anef"));
        }
        next.push(both("pdf-next-help"));
        // Her dates to come: a day gone by, printed beside them, reads as one still ahead.
        let mut dates: Vec<Bilingual> = deadlines
            .iter()
            .filter(|d| !d.passed)
            .map(|d| {
                // A récépissé is no « titre de séjour » (PDF review, 2026-12-05).
                let recepisse = matches!(
                    d.permit,
                    Some(PermitKind::RecepisseReflection | PermitKind::RecepisseApplication)
                );
                let id = match (d.freshness, d.kind) {
                    (true, _) => "pdf-date-document-fresh-until".to_string(),
                    (false, DeadlineKind::PermitExpires) if recepisse => {
                        "pdf-date-recepisse-expires".to_string()
                    }
                    (false, kind) => format!("pdf-date-{}", kind.as_str()),
                };
                let document = d.document.map(doc).unwrap_or_default();
                let mut line = dated(&id, d.date, document);
                // Counted from a card's end or a birth date not recorded, or by a rule without a
                // verified source: marked, and said to be checked (letters review, 2026-12-05:
                // printed as firm, a real end earlier than the estimate would have her file
                // late).
                if d.estimated || d.confirm_by_jurist {
                    line.fr.push_str(" (*)");
                    line.other.push_str(" (*)");
                }
                line
            })
            .collect();
        if deadlines
            .iter()
            .any(|d| !d.passed && (d.estimated || d.confirm_by_jurist))
        {
            dates.push(both("pdf-dates-estimated"));
        }
        if dates.is_empty() {
            dates.push(both("pdf-dates-none"));
        }
        ChecklistView {
            date: input.date,
            lang: lang.to_string(),
            title: both("pdf-checklist-title"),
            route: (!input.agreement_nationality)
                .then(|| both(&format!("pdf-route-{}", code(input.route)))),
            issued: dated("pdf-checklist-issued", input.date, Bilingual::default()),
            // No box to tick: « Une case par document » would describe nothing (verification,
            // 2026-12-05: a reflection paper once its récépissé was handed over).
            intro: if items_empty {
                both("pdf-checklist-intro-none")
            } else if practice_only {
                let (intro, practice) =
                    (both("pdf-checklist-intro"), both("pdf-checklist-practice"));
                Bilingual {
                    fr: format!("{} {}", intro.fr, practice.fr),
                    other: format!("{} {}", intro.other, practice.other),
                }
            } else {
                both("pdf-checklist-intro")
            },
            items,
            next_title: both("pdf-next-title"),
            next,
            dates_title: both("pdf-dates-title"),
            dates,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::samples;
    use crate::test_support::plain;

    /// Code review, 2026-12-06: an e-photo recent today, too old on the filing day by the [I]
    /// six months, was told « faites refaire ce document juste avant »; the unverified rule says
    /// the association will check, as it did before.
    #[test]
    fn a_piece_stale_at_filing_by_an_unverified_rule_is_for_the_association_to_check() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut photo = samples::checklist_item(PieceKind::EPhoto, ItemStatus::Expired, vec![]);
        photo.fresh_until = NaiveDate::from_ymd_opt(2027, 5, 1);
        assert_eq!(
            status_message_id(&photo, today, None, None),
            "pdf-status-expired-to-check"
        );
        let note = person_note_on(&photo, "en", "F", today)
            .map(|n| n.fr)
            .unwrap_or_default();
        assert!(!note.contains("juste avant"), "{note}");
        let mut proof =
            samples::checklist_item(PieceKind::ProofOfAddress, ItemStatus::Expired, vec![]);
        proof.fresh_until = NaiveDate::from_ymd_opt(2027, 5, 1);
        assert_eq!(
            status_message_id(&proof, today, None, None),
            "pdf-status-expired-at-filing"
        );
        let note = person_note_on(&proof, "en", "F", today).unwrap().fr;
        assert!(note.contains("juste avant"), "{note}");
    }

    #[test]
    fn the_checklist_pairs_french_with_the_persons_language_and_falls_back_to_english() {
        let items = samples::checklist_items();
        let deadlines = samples::deadlines();
        let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let v = ChecklistView::build(&ChecklistInput {
            deadlines: &deadlines,
            ..ChecklistInput::plain(RouteId::CstL4251, &items, "ru", date)
        });
        assert_eq!(v.lang, "ru");
        assert!(v.issued.other.contains("ноября"), "{}", v.issued.other);
        assert!(v.items[1].alternatives.is_some());
        assert_ne!(v.items[0].label.fr, v.items[0].label.other);
        let v = ChecklistView::build(&ChecklistInput {
            deadlines: &deadlines,
            ..ChecklistInput::plain(RouteId::CstL4251, &items, "ti", date)
        });
        assert_eq!(
            v.lang, "en",
            "Tigrinya has no translation: French and English"
        );
        assert_eq!(checklist_language("fr"), "fr", "French alone");
        assert_eq!(checklist_language("pt-BR"), "pt");
    }

    /// The spec's case, holding an L. 425-1 card of 2026 (1 January to 31 December) whose
    /// renewal is not recorded.
    fn card_of_2026_case() -> crate::model::case::CaseFile {
        let mut case = samples::spec_case();
        case.current_permit = Some(crate::model::case::Permit {
            kind: crate::model::case::PermitKind::CstVpf,
            issued: NaiveDate::from_ymd_opt(2026, 1, 1),
            expires: NaiveDate::from_ymd_opt(2026, 12, 31),
            renewal_count: None,
            renewal_filed_on: None,
        });
        case
    }

    /// Her paper for `route` (no items) for `case` on `today`, with its deadlines, in Ukrainian.
    fn paper(
        case: &crate::model::case::CaseFile,
        route: RouteId,
        today: NaiveDate,
        cooperating: bool,
    ) -> ChecklistView {
        let deadlines = crate::legal::deadlines::deadlines(case, today);
        let renewal = case.current_permit.as_ref().and_then(|p| {
            crate::legal::deadlines::renewal_filing(RulePack::active(), case, p, today)
        });
        ChecklistView::build(&ChecklistInput {
            deadlines: &deadlines,
            cooperating,
            renewal,
            ..ChecklistInput::plain(route, &[], "uk", today)
        })
    }

    /// The resident card after the final conviction, her L. 425-1 card ended months ago: her
    /// paper neither asks her to renew it nor to file « avant la fin de votre titre de séjour
    /// actuel », a day gone by; it says the day it ended and sends her to the association (PDF
    /// review, 2026-12-07). Before its end, as before.
    #[test]
    fn the_resident_card_paper_after_her_card_ended_sends_her_to_the_association() {
        let mut case = card_of_2026_case();
        case.current_permit.as_mut().unwrap().expires = NaiveDate::from_ymd_opt(2026, 5, 31);
        case.criminal_case = Some(crate::model::case::CriminalCase {
            stage: Some(crate::model::case::CriminalStage::FinalConviction),
            final_conviction_date: NaiveDate::from_ymd_opt(2026, 4, 20),
            regular_stay_on_final_conviction: None,
        });
        let route = RouteId::CarteResidentL4253;
        let view_on = |case: &crate::model::case::CaseFile, today: NaiveDate| {
            let list = crate::legal::checklist(case, route, today);
            let deadlines = crate::legal::deadlines::deadlines(case, today);
            ChecklistView::build(&ChecklistInput {
                deadlines: &deadlines,
                cooperating: true,
                ..ChecklistInput::plain(route, &list.items, "uk", today)
            })
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let view = view_on(&case, today);
        let next: Vec<String> = view.next.iter().map(|n| plain(&n.fr)).collect();
        assert!(
            next.iter().any(|n| n.contains("a pris fin le 31 mai 2026")
                && n.contains("parlez-en tout de suite à l’association")),
            "{next:?}"
        );
        assert!(
            !next
                .iter()
                .any(|n| n.contains("avant la fin de votre titre")),
            "{next:?}"
        );
        let permit = view
            .items
            .iter()
            .find(|e| {
                e.status == ItemStatus::Expired && e.status_text.fr.starts_with("Plus valable")
            })
            .expect("her ended card is listed");
        assert_eq!(
            plain(&permit.status_text.fr),
            "Plus valable : à voir avec l’association"
        );
        assert!(
            permit.status_text.other.contains("асоціацією"),
            "{:?}",
            permit.status_text
        );

        // Its end not recorded, only estimated (issued plus a year): no day is given for it
        // (code review, 2026-12-07: it may contradict the card's own).
        let permit = case.current_permit.as_mut().unwrap();
        permit.issued = NaiveDate::from_ymd_opt(2025, 1, 10);
        permit.expires = None;
        // No card in her hands to say so: its estimated end, passed, is enough (PDF review,
        // 2026-12-07: « déposez la demande avant la fin » eleven months after it). With the card
        // in her hands, ended on another day than the estimate, the same.
        let undated = |case: &crate::model::case::CaseFile| {
            let next: Vec<String> = view_on(case, today)
                .next
                .iter()
                .map(|n| plain(&n.fr))
                .collect();
            assert!(
                next.iter().any(
                    |n| n.contains("Votre titre de séjour actuel a pris fin, et la préfecture")
                ),
                "{next:?}"
            );
            next
        };
        undated(&case);
        let mut card = crate::model::case::Document::new(
            PieceKind::CurrentPermit,
            crate::model::case::DocumentStatus::Have,
        );
        card.expires = NaiveDate::from_ymd_opt(2025, 11, 30);
        case.documents.push(card);
        let next = undated(&case);
        assert!(
            !next.iter().any(|n| n.contains("a pris fin le")),
            "{next:?}"
        );

        // Her card still running: apply before it ends.
        case.documents.pop();
        let permit = case.current_permit.as_mut().unwrap();
        permit.issued = NaiveDate::from_ymd_opt(2026, 1, 1);
        permit.expires = NaiveDate::from_ymd_opt(2027, 5, 31);
        let view = view_on(&case, today);
        assert!(
            view.next
                .iter()
                .any(|n| plain(&n.fr).contains("avant la fin de votre titre de séjour actuel")),
            "{:?}",
            view.next
        );
    }

    /// A route the case does not meet today (the renewal after an acquittal): her paper says the
    /// association will see with her, not how the filing goes and what it brings (PDF review,
    /// 2026-12-07: « Si vous le faites à temps, vous recevez une attestation »).
    #[test]
    fn a_route_she_does_not_meet_is_not_described_as_open_to_her() {
        let case = card_of_2026_case();
        let today = NaiveDate::from_ymd_opt(2026, 10, 15).unwrap();
        let route = RouteId::CstL4251Renewal;
        let deadlines = crate::legal::deadlines::deadlines(&case, today);
        let paper = |not_eligible: bool| {
            ChecklistView::build(&ChecklistInput {
                deadlines: &deadlines,
                cooperating: true,
                not_eligible,
                ..ChecklistInput::plain(route, &[], "uk", today)
            })
        };
        let next = |not_eligible: bool| -> Vec<String> {
            paper(not_eligible)
                .next
                .iter()
                .map(|n| plain(&n.fr))
                .collect()
        };
        let open = next(false);
        assert!(
            open.iter()
                .any(|n| n.starts_with("Demandez le renouvellement")),
            "{open:?}"
        );
        let closed = next(true);
        assert!(
            closed[0].starts_with("Votre dossier ne remplit pas aujourd’hui toutes les conditions"),
            "{closed:?}"
        );
        assert!(
            !closed
                .iter()
                .any(|n| n.contains("Demandez le renouvellement") || n.contains("ANEF")),
            "{closed:?}"
        );
        // Nor the window to renew in among her dates.
        let dates = |not_eligible: bool| -> String {
            let lines: Vec<String> = paper(not_eligible)
                .dates
                .iter()
                .map(|d| plain(&d.fr))
                .collect();
            lines.join("\n")
        };
        assert!(dates(false).contains("renouvellement"), "{}", dates(false));
        assert!(!dates(true).contains("renouvellement"), "{}", dates(true));
        // Another route chosen (the resident card, during the trial): the card she holds keeps
        // its window among her dates (review, 2026-12-07).
        let resident: Vec<String> = ChecklistView::build(&ChecklistInput {
            deadlines: &deadlines,
            cooperating: true,
            not_eligible: true,
            ..ChecklistInput::plain(RouteId::CarteResidentL4253, &[], "uk", today)
        })
        .dates
        .iter()
        .map(|d| plain(&d.fr))
        .collect();
        assert!(
            resident.iter().any(|d| d.contains("renouvellement")),
            "{resident:?}"
        );
        // Once the window has gone by, the same: not « déposez votre demande tout de suite ».
        let closes = deadlines
            .iter()
            .find(|d| d.kind == DeadlineKind::RenewalWindowCloses)
            .expect("a window to renew in")
            .date;
        let late = crate::legal::dates::add_days(closes, 1).unwrap();
        let late_deadlines = crate::legal::deadlines::deadlines(&case, late);
        let late_next = |not_eligible: bool| -> Vec<String> {
            ChecklistView::build(&ChecklistInput {
                deadlines: &late_deadlines,
                cooperating: true,
                not_eligible,
                ..ChecklistInput::plain(route, &[], "uk", late)
            })
            .next
            .iter()
            .map(|n| plain(&n.fr))
            .collect()
        };
        assert!(
            late_next(false).iter().any(|n| n.contains("tout de suite")),
            "{:?}",
            late_next(false)
        );
        let late_closed = late_next(true);
        assert!(
            late_closed[0].starts_with("Votre dossier ne remplit pas aujourd’hui"),
            "{late_closed:?}"
        );
        assert!(
            !late_closed.iter().any(|n| n.contains("tout de suite")),
            "{late_closed:?}"
        );
    }

    /// Her reflection-period paper (no items) for `case` on `today`, with its deadlines.
    fn reflection_paper(case: &crate::model::case::CaseFile, today: NaiveDate) -> ChecklistView {
        paper(case, RouteId::ReflectionPeriod, today, false)
    }

    /// PDF review, 2026-12-05: « décider si vous portez plainte » was printed to a woman whose
    /// complaint is recorded.
    #[test]
    fn the_reflection_paper_asks_her_to_decide_only_before_she_cooperates() {
        let mut case = samples::spec_case();
        case.reflection_period = Some(crate::model::case::ReflectionPeriod {
            recepisse_issued: NaiveDate::from_ymd_opt(2026, 10, 1),
        });
        let today = NaiveDate::from_ymd_opt(2026, 10, 15).unwrap();
        let decide = L10n::get().format("fr", "pdf-next-reflection-decide", &[]);
        let asked = |cooperating| {
            paper(&case, RouteId::ReflectionPeriod, today, cooperating)
                .next
                .iter()
                .any(|n| n.fr == decide)
        };
        assert!(asked(false));
        assert!(!asked(true));
        // No box on this paper: its intro does not speak of boxes.
        let none = L10n::get().format("fr", "pdf-checklist-intro-none", &[]);
        assert_eq!(
            paper(&case, RouteId::ReflectionPeriod, today, false)
                .intro
                .fr,
            french(&none)
        );
    }

    /// « personne ne peut vous obliger à quitter la France » holds while the reflection period
    /// runs, not after it (R425-2).
    #[test]
    fn her_rights_during_the_reflection_period_are_printed_only_while_it_runs() {
        let mut case = samples::spec_case();
        case.cooperation.complaint = None;
        case.cooperation.testimony = None;
        case.reflection_period = Some(crate::model::case::ReflectionPeriod {
            recepisse_issued: NaiveDate::from_ymd_opt(2026, 10, 1),
        });
        let printed = |today: NaiveDate| {
            assert!(crate::legal::deadlines::deadlines(&case, today)
                .iter()
                .any(|d| d.kind == DeadlineKind::ReflectionPeriodEnd));
            let reflection = L10n::get().format("fr", "pdf-next-reflection", &[]);
            reflection_paper(&case, today)
                .next
                .iter()
                .any(|n| n.fr == reflection)
        };
        assert!(printed(NaiveDate::from_ymd_opt(2026, 10, 15).unwrap()));
        assert!(!printed(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()));
    }

    /// PDF review, 2026-12-05: once the renewal window has closed, her paper no longer says
    /// The resident card's renewal window on ANEF rests on a secondary source [S]: her paper
    /// says its dates are to be checked, not the law (legal review, 2026-12-06); the L. 425-1
    /// card's [V] window is printed as it is.
    #[test]
    fn a_renewal_window_without_a_verified_source_is_said_to_be_checked() {
        let mut case = samples::spec_case();
        let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let to_check = |case: &crate::model::case::CaseFile, route| {
            let paper = paper(case, route, today, true);
            paper.next.iter().any(|n| {
                n.fr.starts_with("Ces dates sont à vérifier avec l’association")
            })
        };
        case.current_permit = Some(crate::model::case::Permit {
            kind: crate::model::case::PermitKind::ResidentCard,
            issued: NaiveDate::from_ymd_opt(2017, 5, 2),
            expires: NaiveDate::from_ymd_opt(2027, 5, 1),
            renewal_count: None,
            renewal_filed_on: None,
        });
        assert!(to_check(&case, RouteId::CarteResidentL4253Renewal));
        case.current_permit = Some(crate::model::case::Permit {
            kind: crate::model::case::PermitKind::CstVpf,
            issued: NaiveDate::from_ymd_opt(2026, 9, 20),
            expires: NaiveDate::from_ymd_opt(2027, 9, 19),
            renewal_count: Some(0),
            renewal_filed_on: None,
        });
        assert!(!to_check(&case, RouteId::CstL4251Renewal));
    }

    /// Letters review, 2026-12-05: her card's end not recorded, the dates counted from an
    /// estimate were printed on her paper as firm.
    #[test]
    fn estimated_dates_are_marked_and_said_to_be_checked() {
        let mut case = samples::spec_case();
        let card = |expires| crate::model::case::Permit {
            kind: crate::model::case::PermitKind::CstVpf,
            issued: NaiveDate::from_ymd_opt(2026, 3, 1),
            expires,
            renewal_count: None,
            renewal_filed_on: None,
        };
        let today = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
        case.current_permit = Some(card(None));
        let dates = paper(&case, RouteId::CstL4251Renewal, today, false).dates;
        let marked: Vec<_> = dates.iter().filter(|d| d.fr.ends_with(" (*)")).collect();
        assert!(
            marked.iter().any(|d| d.fr.contains("fin de validité")),
            "{dates:?}"
        );
        assert!(marked.iter().all(|d| d.other.ends_with(" (*)")));
        let note = dates.last().unwrap();
        assert!(note.fr.starts_with("(*) Date à vérifier"), "{note:?}");
        assert!(
            note.other.starts_with("(*) Дату треба перевірити"),
            "{note:?}"
        );
        // Its end recorded: nothing marked, no note.
        case.current_permit = Some(card(NaiveDate::from_ymd_opt(2027, 2, 28)));
        let dates = paper(&case, RouteId::CstL4251Renewal, today, false).dates;
        assert!(dates.iter().all(|d| !d.fr.contains("(*)")), "{dates:?}");
    }

    /// Her 18th birthday and the last day to apply after it are on a minor's paper, in both
    /// languages (law audit, 2026-12-05: a girl of 17 read « Aucune date à retenir »).
    #[test]
    fn a_minor_s_paper_gives_her_the_day_she_turns_18_and_the_last_day_to_apply() {
        let mut case = samples::spec_case();
        case.person.birth_date = NaiveDate::from_ymd_opt(2009, 6, 1);
        case.current_permit = None;
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let dates = paper(&case, RouteId::CstL4251, today, true).dates;
        assert!(
            dates
                .iter()
                .any(|d| d.fr == "1er\u{a0}juin\u{a0}2027\u{a0}: vos 18 ans"),
            "{dates:?}"
        );
        let last = dates
            .iter()
            .find(|d| d.fr.contains("après vos 18 ans"))
            .expect("the last day to apply");
        assert!(last.other.contains("18 років"), "{last:?}");
        assert!(dates.iter().all(|d| !d.fr.starts_with("Aucune date")));
    }

    /// « demandez entre 120 et 60 jours avant » as if she were on time.
    #[test]
    fn a_renewal_paper_says_when_the_window_closed() {
        let mut case = card_of_2026_case();
        let next = |case: &crate::model::case::CaseFile, today: NaiveDate| {
            paper(case, RouteId::CstL4251Renewal, today, false).next
        };
        let in_time = next(&case, NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        assert!(
            in_time[0].fr.contains("entre 120 jours et 60 jours"),
            "{:?}",
            in_time[0]
        );
        let late = next(&case, NaiveDate::from_ymd_opt(2026, 12, 5).unwrap());
        let late_fr = late[0].fr.replace('\u{a0}', " ");
        assert!(
            late_fr.contains("s’est terminée le 1er novembre 2026."),
            "{late_fr}"
        );
        let late_uk = late[0].other.replace('\u{a0}', " ");
        assert!(
            late_uk.starts_with("1 листопада 2026 р. закінчився"),
            "{late_uk}"
        );
        assert!(late.iter().all(|n| !n.fr.contains("entre 120 jours")));
        // Filed after the window (verification, 2026-12-05): not « if you apply in time ».
        case.current_permit.as_mut().unwrap().renewal_filed_on =
            NaiveDate::from_ymd_opt(2026, 11, 20);
        let filed_late = next(&case, NaiveDate::from_ymd_opt(2026, 12, 5).unwrap());
        let filed_fr = filed_late[0].fr.replace('\u{a0}', " ");
        assert!(
            filed_fr.contains("déposée après la fin de la période prévue (1er novembre 2026)"),
            "{filed_fr}"
        );
        // Nor, beside « vous n'aurez peut-être pas droit à l'attestation », « après le dépôt,
        // vous recevez une attestation » (review, 2026-12-06).
        assert!(
            filed_late.iter().all(|n| !n.fr.contains("sur internet")),
            "{filed_late:?}"
        );
        // Filed in time: done, and what keeps her stay is said instead (review of her papers,
        // 2026-12-06); not « la demande se fait sur internet… vous recevez une attestation »
        // beside it.
        let filed_on = |case: &mut crate::model::case::CaseFile, y, m, d| {
            case.current_permit.as_mut().unwrap().renewal_filed_on =
                NaiveDate::from_ymd_opt(y, m, d);
        };
        let first = |next: &[Bilingual]| next[0].fr.replace('\u{a0}', " ");
        filed_on(&mut case, 2026, 10, 2);
        let in_time = next(&case, NaiveDate::from_ymd_opt(2026, 12, 5).unwrap());
        assert!(
            first(&in_time).starts_with(
                "Votre demande de renouvellement a été déposée le 2 octobre 2026, pendant la \
                 période prévue. Si la décision n’a pas été prise à la fin de votre carte, vous \
                 recevez une attestation de prolongation de l’instruction"
            ),
            "{}",
            first(&in_time)
        );
        assert!(
            in_time[0]
                .other
                .replace('\u{a0}', " ")
                .contains("подано 2 жовтня 2026 р."),
            "{:?}",
            in_time[0]
        );
        assert!(in_time.iter().all(|n| !n.fr.contains("entre 120 jours")));
        assert!(in_time
            .iter()
            .all(|n| !n.fr.contains("sur le site de l’ANEF")));
        // Nor « assez récent pour la demande » of a filing behind her.
        let mut with_proof = case.clone();
        with_proof
            .documents
            .retain(|d| d.kind != PieceKind::ProofOfAddress);
        let mut proof = crate::model::case::Document::new(
            PieceKind::ProofOfAddress,
            crate::model::case::DocumentStatus::Have,
        );
        proof.date = NaiveDate::from_ymd_opt(2026, 11, 1);
        with_proof.documents.push(proof);
        let dates = |case: &crate::model::case::CaseFile| {
            let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
            paper(case, RouteId::CstL4251Renewal, today, false).dates
        };
        let fresh = |case: &crate::model::case::CaseFile| {
            dates(case).iter().any(|d| d.fr.contains("assez récent"))
        };
        assert!(!fresh(&with_proof), "{:?}", dates(&with_proof));
        with_proof.current_permit.as_mut().unwrap().renewal_filed_on = None;
        with_proof.applications.clear();
        assert!(fresh(&with_proof), "{:?}", dates(&with_proof));
        // Four months without a decision (R432-2): silence may be a refusal.
        let silent = next(&case, NaiveDate::from_ymd_opt(2027, 2, 10).unwrap());
        assert!(
            first(&silent).starts_with(
                "Votre demande de renouvellement a été déposée le 2 octobre 2026. Quand la \
                 préfecture ne répond pas dans les quatre mois"
            ),
            "{}",
            first(&silent)
        );
        // Filed before the window opened, which is still open: she may have to file again.
        filed_on(&mut case, 2026, 8, 1);
        let early = next(&case, NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        assert!(
            first(&early).starts_with(
                "Votre demande de renouvellement a été déposée le 1er août 2026, avant le début \
                 de la période prévue (2 septembre 2026)."
            ),
            "{}",
            first(&early)
        );
        assert!(
            early.iter().any(|n| n.fr.contains("sur le site de l’ANEF")),
            "filed before the window, she may file again online: {early:?}"
        );
        // The card's end not recorded: « pendant la période prévue » is not established.
        case.current_permit.as_mut().unwrap().expires = None;
        filed_on(&mut case, 2026, 10, 2);
        let unknown_end = next(&case, NaiveDate::from_ymd_opt(2026, 12, 5).unwrap());
        assert!(
            first(&unknown_end).starts_with(
                "Votre demande de renouvellement a été déposée le 2 octobre 2026. Gardez la \
                 preuve du dépôt"
            ),
            "{}",
            first(&unknown_end)
        );
    }

    /// Her resident card's renewal window has no verified source ([S]): filed on a day after
    /// it, she is not told « déposée après la fin de la période prévue » (review, 2026-12-06);
    /// refused, she is told to see the association at once, not to apply between 120 and 60
    /// days before; granted, that it was and where her new card is collected.
    #[test]
    fn a_renewal_paper_says_only_what_the_case_establishes_of_the_filing() {
        use crate::model::case::{
            Application, ApplicationDecision, DecisionOutcome, Permit, PermitKind,
        };
        let mut case = samples::spec_case();
        case.current_permit = Some(Permit {
            kind: PermitKind::ResidentCard,
            issued: NaiveDate::from_ymd_opt(2016, 12, 31),
            expires: NaiveDate::from_ymd_opt(2026, 12, 31),
            renewal_count: None,
            renewal_filed_on: NaiveDate::from_ymd_opt(2026, 11, 20),
        });
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let route = RouteId::CarteResidentL4253Renewal;
        let resident = paper(&case, route, today, true).next;
        let first = resident[0].fr.replace('\u{a0}', " ");
        assert!(
            first.starts_with(
                "Votre demande de renouvellement a été déposée le 20 novembre 2026. Gardez"
            ),
            "{first}"
        );
        case.current_permit.as_mut().unwrap().kind = PermitKind::CstVpf;
        let route = RouteId::CstL4251Renewal;
        let decided = |outcome| Application {
            route,
            filed_on: NaiveDate::from_ymd_opt(2026, 11, 20),
            decision: Some(ApplicationDecision {
                outcome,
                date: NaiveDate::from_ymd_opt(2026, 12, 1),
                appeal: None,
            }),
            anef_number: None,
        };
        case.applications = vec![decided(DecisionOutcome::Refused)];
        let refused = paper(&case, route, today, true).next;
        assert!(
            refused[0]
                .fr
                .starts_with("Votre demande de renouvellement a été refusée."),
            "{:?}",
            refused[0]
        );
        assert!(refused.iter().all(|n| !n.fr.contains("entre 120 jours")));
        // Granted, the new card not recorded yet (review of her papers, 2026-12-06): she was
        // told « demandez le renouvellement entre 120 jours et 60 jours avant la fin de votre
        // carte » of a card already renewed.
        case.applications = vec![decided(DecisionOutcome::Granted)];
        let permit = case.current_permit.clone().unwrap();
        assert_eq!(
            crate::legal::deadlines::renewal_filing(RulePack::active(), &case, &permit, today),
            Some(RenewalFiling::Granted {
                decided: NaiveDate::from_ymd_opt(2026, 12, 1)
            }),
        );
        let granted = paper(&case, route, today, true).next;
        assert!(
            granted[0].fr.replace('\u{a0}', " ").starts_with(
                "Votre demande de renouvellement a été acceptée le 1er décembre 2026. Si vous \
                 n’avez pas encore votre nouvelle carte"
            ),
            "{:?}",
            granted[0]
        );
        // One period closes the date's « р. » and the sentence.
        assert!(
            granted[0]
                .other
                .replace('\u{a0}', " ")
                .contains("схвалено 1 грудня 2026 р. Якщо"),
            "{:?}",
            granted[0]
        );
        assert!(
            granted
                .iter()
                .all(|n| !n.fr.contains("entre 120 jours") && !n.fr.contains("sur internet")),
            "{granted:?}"
        );
        // Nothing left to gather: no box (« lettre de soutien : à obtenir » while the letters
        // are refused), « aucun document à réunir ».
        let items = crate::legal::checklist(&case, route, today).items;
        assert!(!items.is_empty());
        let view = ChecklistView::build(&ChecklistInput {
            cooperating: true,
            renewal: Some(RenewalFiling::Granted { decided: None }),
            sex: "M",
            ..ChecklistInput::plain(route, &items, "ar", today)
        });
        assert!(view.items.is_empty());
        assert!(view.intro.fr.starts_with("Aucun document à réunir"));
        // Said to a man in Arabic: « فستستلمها », not the feminine « فستستلمينها ».
        assert!(
            view.next[0].other.contains("فستستلمها"),
            "{:?}",
            view.next[0]
        );
        case.applications[0].decision.as_mut().unwrap().date = None;
        let undated = paper(&case, route, today, true).next;
        assert!(
            undated[0]
                .fr
                .starts_with("Votre demande de renouvellement a été acceptée. Si"),
            "{:?}",
            undated[0]
        );
    }

    /// Letters trial, 2026-12-07: her paper for a first card granted a week before, and not
    /// recorded as her document yet, listed the documents to gather and told her to file on the
    /// ANEF. It now says what was decided, with nothing to gather; once the card is recorded,
    /// it is her paper as before.
    #[test]
    fn a_first_title_granted_is_said_on_her_paper_instead_of_how_to_file() {
        use crate::legal::assess::title_granted;
        use crate::model::case::{Application, ApplicationDecision, DecisionOutcome, Permit};
        let mut case = samples::spec_case();
        case.current_permit = None;
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let decided = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        case.applications = vec![Application {
            route: RouteId::CstL4251,
            filed_on: NaiveDate::from_ymd_opt(2026, 10, 20),
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Granted,
                date: Some(decided),
                appeal: None,
            }),
            anef_number: None,
        }];
        let route = RouteId::CstL4251;
        let items = crate::legal::checklist(&case, route, today).items;
        assert!(!items.is_empty());
        let her_paper = |case: &crate::model::case::CaseFile, lang: &str| {
            ChecklistView::build(&ChecklistInput {
                cooperating: true,
                title_granted: title_granted(case, route, today),
                ..ChecklistInput::plain(route, &items, lang, today)
            })
        };
        let view = her_paper(&case, "es");
        assert!(view.items.is_empty());
        assert!(view.intro.fr.starts_with("Aucun document à réunir"));
        assert!(
            view.next[0].fr.starts_with(
                "Votre demande de carte de séjour a été acceptée le 1er\u{a0}décembre\u{a0}2026."
            ),
            "{:?}",
            view.next
        );
        assert!(
            view.next[0]
                .other
                .contains("aceptada el 1\u{a0}de\u{a0}diciembre\u{a0}de\u{a0}2026"),
            "{:?}",
            view.next[0]
        );
        assert!(
            view.next.iter().all(|n| !n.fr.contains("sur internet")),
            "{:?}",
            view.next
        );
        // Nor « dernier jour où ce document est assez récent pour la demande ».
        let deadlines = crate::legal::deadlines::deadlines(&case, today);
        assert!(deadlines.iter().any(|d| d.freshness));
        let view = ChecklistView::build(&ChecklistInput {
            deadlines: &deadlines,
            title_granted: title_granted(&case, route, today),
            ..ChecklistInput::plain(route, &items, "es", today)
        });
        assert!(
            view.dates.iter().all(|d| !d.fr.contains("assez récent")),
            "{:?}",
            view.dates
        );
        // Another route's paper says nothing of this grant.
        assert_eq!(title_granted(&case, RouteId::ApsL4254, today), None);
        // The card recorded as hers: her paper as before.
        case.current_permit = Some(Permit {
            kind: crate::model::case::PermitKind::CstVpf,
            issued: Some(NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()),
            expires: NaiveDate::from_ymd_opt(2027, 12, 4),
            renewal_count: Some(0),
            renewal_filed_on: None,
        });
        assert_eq!(title_granted(&case, route, today), None);
        // A resident card, undated, in Arabic to a man.
        case.current_permit = None;
        case.applications[0].route = RouteId::CarteResidentL4253;
        case.applications[0].decision.as_mut().unwrap().date = None;
        let route = RouteId::CarteResidentL4253;
        let view = ChecklistView::build(&ChecklistInput {
            title_granted: title_granted(&case, route, today),
            sex: "M",
            ..ChecklistInput::plain(route, &items, "ar", today)
        });
        assert!(
            view.next[0]
                .fr
                .starts_with("Votre demande de carte de résident a été acceptée. Si"),
            "{:?}",
            view.next
        );
        assert!(
            view.next[0].other.contains("فستستلمها"),
            "{:?}",
            view.next[0]
        );
    }

    /// Granted while its window is still open: the window is no date of hers, and an agreement
    /// nationality does not hide what was decided (review, 2026-12-06).
    #[test]
    fn a_granted_renewal_drops_its_window_and_is_said_under_an_agreement_too() {
        use crate::model::case::{Application, ApplicationDecision, DecisionOutcome};
        let mut case = card_of_2026_case();
        let today = NaiveDate::from_ymd_opt(2026, 10, 15).unwrap();
        // Its filing day not recorded: the deadlines still count the window.
        case.applications = vec![Application {
            route: RouteId::CstL4251Renewal,
            filed_on: None,
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Granted,
                date: NaiveDate::from_ymd_opt(2026, 10, 10),
                appeal: None,
            }),
            anef_number: None,
        }];
        let deadlines = crate::legal::deadlines::deadlines(&case, today);
        let window = |d: &Deadline| {
            matches!(
                d.kind,
                DeadlineKind::RenewalWindowOpens | DeadlineKind::RenewalWindowCloses
            )
        };
        assert!(
            deadlines.iter().any(|d| window(d) && !d.passed),
            "{deadlines:?}"
        );
        let renewal = case.current_permit.as_ref().and_then(|p| {
            crate::legal::deadlines::renewal_filing(RulePack::active(), &case, p, today)
        });
        let view = |agreement_nationality| {
            ChecklistView::build(&ChecklistInput {
                deadlines: &deadlines,
                agreement_nationality,
                cooperating: true,
                renewal,
                ..ChecklistInput::plain(RouteId::CstL4251Renewal, &[], "uk", today)
            })
        };
        let plain = view(false);
        assert!(
            plain.dates.iter().all(|d| !d.fr.contains("renouvellement")),
            "{:?}",
            plain.dates
        );
        let algerian = view(true);
        assert!(
            algerian.next[0]
                .fr
                .starts_with("Votre demande de renouvellement a été acceptée"),
            "{:?}",
            algerian.next
        );
    }

    /// Her APS's renewal granted (review, 2026-12-06): not the boxes of an application the
    /// letters refuse, nor « carte »: the new authorisation, where to collect it.
    #[test]
    fn a_granted_aps_renewal_is_said_with_nothing_to_gather() {
        let items = samples::checklist_items();
        let view = ChecklistView::build(&ChecklistInput {
            cooperating: true,
            renewal: Some(RenewalFiling::Granted {
                decided: NaiveDate::from_ymd_opt(2026, 11, 2),
            }),
            ..ChecklistInput::plain(RouteId::ApsL4254, &items, "ru", samples::sample_date())
        });
        assert!(view.items.is_empty());
        let first = view.next[0].fr.replace('\u{a0}', " ");
        assert!(
            first.starts_with(
                "Le renouvellement de votre autorisation provisoire de séjour a été accepté le \
                 2 novembre 2026."
            ),
            "{first}"
        );
        assert!(view.next[0].other.contains("2026"), "{:?}", view.next[0]);
        assert!(view.next.iter().all(|n| !n.fr.contains("carte")));
    }

    /// Review, 2026-12-07: the APS's renewal filed and waiting was not said on her paper, and
    /// once its window had closed she read « Déposez votre demande tout de suite ». The
    /// attestation de prolongation is a title's: not promised for an APS.
    #[test]
    fn an_aps_renewal_on_file_is_said_not_asked_again() {
        let items = samples::checklist_items();
        let filed = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let closes = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let mut close = samples::deadlines().remove(1);
        close.kind = DeadlineKind::RenewalWindowCloses;
        close.date = closes;
        close.passed = true;
        let closed = [close];
        let next = |renewal: Option<RenewalFiling>, deadlines: &[Deadline]| {
            ChecklistView::build(&ChecklistInput {
                cooperating: true,
                renewal,
                deadlines,
                ..ChecklistInput::plain(RouteId::ApsL4254, &items, "fr", samples::sample_date())
            })
            .next
            .iter()
            .map(|n| n.fr.replace('\u{a0}', " "))
            .collect::<Vec<_>>()
            .join(" ")
        };
        let in_time = next(Some(RenewalFiling::InTime { filed }), &[]);
        assert!(
            in_time.contains("Votre demande de renouvellement a été déposée le 2 novembre 2026.")
                && in_time.contains("l’association vérifiera avec vous"),
            "{in_time}"
        );
        assert!(
            !in_time.contains("attestation de prolongation"),
            "{in_time}"
        );
        let unanswered = next(Some(RenewalFiling::Unanswered { filed }), &closed);
        assert!(unanswered.contains("quatre mois"), "{unanswered}");
        assert!(!unanswered.contains("tout de suite, avec"), "{unanswered}");
        // Nothing filed and the window closed: still told to file at once.
        let none = next(None, &closed);
        assert!(
            none.contains("Déposez votre demande tout de suite"),
            "{none}"
        );
    }

    /// Review of her papers, 2026-12-06: a card whose renewal she filed in time, ended since, was
    /// « Plus valable : à renouveler » on her paper.
    #[test]
    fn an_ended_card_whose_renewal_is_on_file_is_not_to_renew() {
        let mut case = card_of_2026_case();
        let today = NaiveDate::from_ymd_opt(2027, 1, 20).unwrap();
        let card_status = |case: &crate::model::case::CaseFile| {
            let list = crate::legal::checklist(case, RouteId::CstL4251Renewal, today);
            let deadlines = crate::legal::deadlines::deadlines(case, today);
            let view = ChecklistView::build(&ChecklistInput {
                deadlines: &deadlines,
                cooperating: true,
                renewal: case.current_permit.as_ref().and_then(|p| {
                    crate::legal::deadlines::renewal_filing(RulePack::active(), case, p, today)
                }),
                ..ChecklistInput::plain(RouteId::CstL4251Renewal, &list.items, "uk", today)
            });
            let card = list
                .items
                .iter()
                .position(|i| i.id == PieceKind::CurrentPermit)
                .expect("her card is listed");
            view.items[card].status_text.clone()
        };
        assert_eq!(
            card_status(&case).fr,
            "Plus valable\u{a0}: à renouveler",
            "nothing filed"
        );
        case.current_permit.as_mut().unwrap().renewal_filed_on =
            NaiveDate::from_ymd_opt(2026, 10, 2);
        let status = card_status(&case);
        assert_eq!(status.fr, "Plus valable\u{a0}: renouvellement demandé");
        assert_eq!(
            status.other,
            "Більше не дійсний: заяву на продовження подано"
        );
        case.applications = vec![crate::model::case::Application {
            route: RouteId::CstL4251Renewal,
            filed_on: NaiveDate::from_ymd_opt(2026, 10, 2),
            decision: Some(crate::model::case::ApplicationDecision {
                outcome: crate::model::case::DecisionOutcome::Granted,
                date: None,
                appeal: None,
            }),
            anef_number: None,
        }];
        // Granted: her renewal's paper has no box left; the card's status says it where it is
        // listed (status_message_id).
        let list = crate::legal::checklist(&case, RouteId::CstL4251Renewal, today);
        let card = list
            .item(PieceKind::CurrentPermit)
            .expect("her card is listed");
        let granted = case.current_permit.as_ref().and_then(|p| {
            crate::legal::deadlines::renewal_filing(RulePack::active(), &case, p, today)
        });
        assert!(matches!(
            granted,
            Some(RenewalFiling::Granted { decided: None })
        ));
        assert_eq!(
            fr(&status_message_id(card, today, granted, None), &[]),
            "Plus valable\u{a0}: renouvellement accordé"
        );
    }

    /// Review, 2026-12-07: a renewal recorded with no day at all, the window closed since, and her
    /// paper read « Déposez votre demande tout de suite » while the worker's screen said a renewal
    /// is on record whose days are to record. She is asked for its papers; how to file stays, as
    /// it may be an earlier card's.
    #[test]
    fn a_renewal_on_record_without_its_days_is_not_to_file_at_once() {
        let mut case = card_of_2026_case();
        let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let next = |case: &crate::model::case::CaseFile| {
            paper(case, RouteId::CstL4251Renewal, today, true)
                .next
                .iter()
                .map(|n| (n.fr.replace('\u{a0}', " "), n.other.clone()))
                .collect::<Vec<_>>()
        };
        let none = next(&case);
        assert!(
            none.iter().any(|(fr, _)| fr.contains("tout de suite")),
            "nothing on record: {none:?}"
        );
        case.applications = vec![crate::model::case::Application {
            route: RouteId::CstL4251Renewal,
            filed_on: None,
            decision: None,
            anef_number: None,
        }];
        let undated = next(&case);
        assert!(
            undated.iter().all(|(fr, _)| !fr.contains("tout de suite")),
            "{undated:?}"
        );
        let (said, uk) = undated
            .iter()
            .find(|(fr, _)| {
                fr.starts_with("Une demande de renouvellement est enregistrée, sans ses dates.")
            })
            .expect("the renewal on record is said");
        assert!(said.contains("(preuve du dépôt, décision)"), "{said}");
        assert!(uk.starts_with("Заяву на продовження зареєстровано"), "{uk}");
        assert!(
            undated.iter().any(|(fr, _)| fr.contains("sur internet")),
            "how to file stays: {undated:?}"
        );
        // Before the window closes, the undated one is most often the renewal that gave her the
        // card: when to ask stays hers.
        let june = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let early = paper(&case, RouteId::CstL4251Renewal, june, true).next;
        assert!(
            early.iter().all(|n| !n.fr.contains("sans ses dates")),
            "{early:?}"
        );
        // The card ended: « à vérifier avec l'association », not « renouvellement demandé ».
        let february = NaiveDate::from_ymd_opt(2027, 2, 15).unwrap();
        let renewal = crate::legal::deadlines::renewal_filing(
            RulePack::active(),
            &case,
            case.current_permit.as_ref().unwrap(),
            february,
        );
        assert_eq!(renewal, Some(RenewalFiling::Undated));
        let list = crate::legal::checklist(&case, RouteId::CstL4251Renewal, february);
        let card = list
            .item(PieceKind::CurrentPermit)
            .expect("her card is listed");
        assert_eq!(
            fr(&status_message_id(card, february, renewal, None), &[]),
            "Plus valable\u{a0}: renouvellement à vérifier avec l’association"
        );
    }

    /// « Vos dates » are the days to come: the end of a reflection period already over is not
    /// printed among them.
    #[test]
    fn her_dates_are_the_days_to_come() {
        let mut case = samples::spec_case();
        case.reflection_period = Some(crate::model::case::ReflectionPeriod {
            recepisse_issued: NaiveDate::from_ymd_opt(2026, 10, 1),
        });
        let dates = |today: NaiveDate| {
            reflection_paper(&case, today)
                .dates
                .iter()
                .map(|d| d.fr.clone())
                .collect::<Vec<_>>()
        };
        let end = |dates: &[String]| {
            dates
                .iter()
                .any(|d| d.contains("fin du délai de réflexion"))
        };
        assert!(end(&dates(NaiveDate::from_ymd_opt(2026, 10, 15).unwrap())));
        let after = dates(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
        assert!(!end(&after), "{after:?}");
    }

    /// Letters review, 2026-12-05: an e-photo « trop ancien : à refaire » by a six-month rule
    /// that rests on an unverified memory ([I]); a proof of address too old by a verified rule
    /// is still to redo.
    #[test]
    fn a_document_too_old_by_an_unverified_rule_is_to_check_not_to_redo() {
        use crate::model::case::{Document, DocumentStatus};
        let mut case = samples::spec_case();
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        case.documents = [PieceKind::EPhoto, PieceKind::ProofOfAddress]
            .into_iter()
            .map(|kind| Document {
                date: NaiveDate::from_ymd_opt(2026, 1, 10),
                ..Document::new(kind, DocumentStatus::Have)
            })
            .collect();
        let list = crate::legal::checklist(&case, RouteId::CstL4251, today);
        let view = ChecklistView::build(&ChecklistInput {
            cooperating: true,
            ..ChecklistInput::plain(RouteId::CstL4251, &list.items, "en", today)
        });
        let status = |kind: PieceKind| {
            let name = L10n::get().format("fr", &piece_message_id(kind), &[]);
            let entry = view
                .items
                .iter()
                .find(|e| e.label.fr == french(&name))
                .unwrap();
            entry.status_text.clone()
        };
        let photo = status(PieceKind::EPhoto);
        assert!(
            photo.fr.starts_with("Date peut-être trop ancienne"),
            "{photo:?}"
        );
        assert_eq!(photo.other, "Maybe too old: the association will check");
        assert!(status(PieceKind::ProofOfAddress)
            .fr
            .starts_with("Date trop ancienne"));
    }

    /// An Algerian national is not told what the L425-1 card is and how it is renewed, nor is it
    /// her heading (the 1968 agreement may govern her stay): she is told a jurist will check
    /// (audit, 2026-12-04).
    #[test]
    fn a_nationality_under_its_own_agreement_is_not_promised_the_card() {
        let items = samples::checklist_items();
        let view = |agreement_nationality| {
            ChecklistView::build(&ChecklistInput {
                agreement_nationality,
                ..ChecklistInput::plain(RouteId::CstL4251, &items, "ar", samples::sample_date())
            })
        };
        let next = |agreement_nationality| view(agreement_nationality).next;
        // Nor does her heading name the card and its article (review, 2026-12-04).
        assert!(view(false)
            .route
            .is_some_and(|r| r.fr.contains("L.\u{a0}425-1")));
        assert_eq!(view(true).route, None);
        let card = L10n::get().format("fr", "pdf-next-cst-l425-1", &[]);
        let said = |list: &[Bilingual], text: &str| list.iter().any(|n| n.fr == french(text));
        assert!(said(&next(false), &card));
        let agreement = next(true);
        assert!(!said(&agreement, &card));
        let note = L10n::get().format("fr", "pdf-next-agreement-nationality", &[]);
        assert!(said(&agreement, &note), "{agreement:?}");
        assert!(agreement
            .iter()
            .any(|n| n.other.contains("1968") && n.other != n.fr));
    }

    /// Arabic conjugates for the reader: a man's paper says « احتفظ » (keep), not the feminine
    /// « احتفظي » the translations default to (review, 2026-12-06), in the intro, the notes and
    /// « Et ensuite ? »; the French column is the same for both.
    #[test]
    fn an_arabic_paper_addresses_a_man_as_a_man() {
        let items = samples::checklist_items();
        let deadlines = samples::deadlines();
        let view = |sex| {
            ChecklistView::build(&ChecklistInput {
                deadlines: &deadlines,
                cooperating: true,
                sex,
                ..ChecklistInput::plain(RouteId::CstL4251, &items, "ar", samples::sample_date())
            })
        };
        let texts = |v: &ChecklistView| {
            let mut all: Vec<Bilingual> = vec![v.intro.clone()];
            all.extend(v.next.iter().cloned());
            for item in &v.items {
                all.push(item.status_text.clone());
                all.extend(item.note.iter().cloned());
            }
            all
        };
        let (man, woman) = (texts(&view("M")), texts(&view("F")));
        let arabic = |all: &[Bilingual]| {
            all.iter()
                .map(|b| b.other.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert!(arabic(&woman).contains("احتفظي"), "{}", arabic(&woman));
        for feminine in ["احتفظي", "تحدثي", "اطلبي", "ضعي", "تحصلين"] {
            assert!(
                !arabic(&man).contains(feminine),
                "{feminine}: {}",
                arabic(&man)
            );
        }
        assert!(arabic(&man).contains("احتفظ "), "{}", arabic(&man));
        let french = |all: &[Bilingual]| all.iter().map(|b| b.fr.clone()).collect::<Vec<_>>();
        assert_eq!(french(&man), french(&woman));
        // Unknown or another sex: the feminine, as before.
        assert_eq!(arabic(&texts(&view("X"))), arabic(&woman));
    }

    /// A girl under 16 is not told what the L. 425-1 card is, nor how it is filed: it cannot be
    /// issued to her yet, and she needs no permit before 18 (letters review, 2026-12-06).
    #[test]
    fn a_girl_under_16_is_told_she_needs_no_permit_not_what_the_card_is() {
        let view = |route, under_16| {
            ChecklistView::build(&ChecklistInput {
                cooperating: true,
                under_16,
                may_be_under_16: under_16,
                ..ChecklistInput::plain(route, &[], "zh", samples::sample_date())
            })
            .next
        };
        let said = |list: &[Bilingual], id: &str| {
            let text = L10n::get().format("fr", id, &[]);
            list.iter().any(|n| n.fr == french(&text))
        };
        let young = view(RouteId::CstL4251, true);
        assert!(said(&young, "pdf-next-minor-under-16"), "{young:?}");
        assert!(!said(&young, "pdf-next-cst-l425-1"), "{young:?}");
        assert!(!said(&young, "pdf-next-anef"), "{young:?}");
        assert!(young.iter().all(|n| n.other != n.fr), "in her language too");
        let older = view(RouteId::CstL4251, false);
        assert!(said(&older, "pdf-next-cst-l425-1") && said(&older, "pdf-next-anef"));
        assert!(!said(&older, "pdf-next-minor-under-16"));
        // Her reflection period's paper is hers whatever her age; under 16, it does not say she
        // may work.
        let reflection = view(RouteId::ReflectionPeriod, true);
        assert!(!said(&reflection, "pdf-next-minor-under-16"));
        assert!(
            said(&reflection, "pdf-next-reflection-under-16"),
            "{reflection:?}"
        );
        assert!(!said(&reflection, "pdf-next-reflection"));
        assert!(
            reflection
                .iter()
                .all(|n| !n.fr.contains("travailler") && n.other != n.fr),
            "{reflection:?}"
        );
        let adult = view(RouteId::ReflectionPeriod, false);
        assert!(said(&adult, "pdf-next-reflection"), "{adult:?}");
    }

    #[test]
    fn the_alternative_held_is_named_on_the_persons_paper() {
        let case = samples::case_with_an_alternative_held();
        let list = crate::legal::checklist(&case, RouteId::CstL4251, samples::sample_date());
        let passport = list.item(PieceKind::Passport).unwrap();
        let n = person_note(passport, "en", "F").expect("the alternative held is named");
        assert!(n.fr.contains(": carte consulaire"), "{}", n.fr);
        assert!(n.other.contains(": consular card"), "{}", n.other);
    }

    #[test]
    fn a_document_whose_validity_ended_says_so_with_its_day_in_both_languages() {
        let mut case = samples::spec_case();
        case.documents.retain(|d| d.kind != PieceKind::Passport);
        use crate::model::case::{Document, DocumentStatus};
        case.documents.push(Document {
            expires: NaiveDate::from_ymd_opt(2024, 5, 2),
            ..Document::new(PieceKind::Passport, DocumentStatus::Have)
        });
        let list = crate::legal::checklist(&case, RouteId::CstL4251, samples::sample_date());
        let n = person_note(list.item(PieceKind::Passport).unwrap(), "uk", "F").expect("said");
        assert_eq!(
            n.fr,
            "Validité terminée le 2\u{a0}mai\u{a0}2024 : montrez ce document à l’association, \
             qui vérifiera s’il reste accepté."
                .replace(" :", "\u{a0}:")
        );
        assert!(n.other.contains("2\u{a0}травня\u{a0}2024"), "{}", n.other);
        // Named when it is the alternative held.
        let mut case = samples::spec_case();
        for d in &mut case.documents {
            if d.kind == PieceKind::ConsularCertificate {
                d.kind = PieceKind::IdCard;
                d.status = DocumentStatus::Have;
                d.expires = NaiveDate::from_ymd_opt(2025, 3, 1);
            }
        }
        let list = crate::legal::checklist(&case, RouteId::CstL4251, samples::sample_date());
        let n = person_note(list.item(PieceKind::Passport).unwrap(), "en", "F").expect("said");
        assert!(
            n.fr.starts_with("Vous avez à la place\u{a0}: carte nationale d’identité")
                && n.fr.contains("1er\u{a0}mars\u{a0}2025"),
            "{}",
            n.fr
        );
        assert!(n.other.contains("1 March 2025"), "{}", n.other);
        // Nor is it said « accepté » above « l'association vérifiera s'il reste accepté ».
        let passport = list.item(PieceKind::Passport).unwrap();
        assert_eq!(passport.status, ItemStatus::SatisfiedByAlternative);
        assert_eq!(
            fr(
                &status_message_id(passport, samples::sample_date(), None, None),
                &[]
            ),
            "Un autre document peut le remplacer\u{a0}: l’association vérifiera"
        );
    }

    /// Too old, the alternative she holds is named (UI review, 2026-12-05: « trop ancien : à
    /// refaire » on the passport's line, with nothing saying it was the certificate).
    #[test]
    fn a_stale_alternative_is_named_on_her_paper() {
        use crate::model::case::{Document, DocumentStatus};
        let mut case = samples::spec_case();
        case.documents.retain(|d| {
            !matches!(
                d.kind,
                PieceKind::Passport | PieceKind::ConsularCertificate | PieceKind::IdCard
            )
        });
        case.documents.push(Document {
            date: NaiveDate::from_ymd_opt(2024, 1, 10),
            ..Document::new(PieceKind::NationalityCertificate, DocumentStatus::Have)
        });
        let list = crate::legal::checklist(&case, RouteId::CstL4251, samples::sample_date());
        let passport = list.item(PieceKind::Passport).unwrap();
        assert_eq!(passport.status, ItemStatus::Expired);
        assert_eq!(passport.via, Some(PieceKind::NationalityCertificate));
        let n = person_note(passport, "en", "F").expect("said");
        assert!(
            n.fr.starts_with("Vous avez à la place\u{a0}: certificat de nationalité")
                && n.fr
                    .ends_with("Sa date est trop ancienne\u{a0}: à refaire."),
            "{}",
            n.fr
        );
        assert!(n.other.contains("Too old"), "{}", n.other);
    }

    #[test]
    fn a_confiscated_passport_is_held_by_the_perpetrators_never_requested() {
        // The spec case: passport confiscated, consular certificate asked for.
        let case = samples::spec_case();
        let list = crate::legal::checklist(&case, RouteId::CstL4251, samples::sample_date());
        let passport = list.item(PieceKind::Passport).unwrap();
        assert_eq!(passport.status, ItemStatus::Confiscated);
        assert_eq!(passport.via, Some(PieceKind::ConsularCertificate));
        let n = person_note(passport, "uk", "F").expect("what replaces it is said");
        assert!(
            n.fr.starts_with("À la place") && n.fr.contains("ttestation consulaire"),
            "{}",
            n.fr
        );
        let view = ukrainian_view(&list.items);
        let entry = view
            .items
            .iter()
            .find(|e| e.status == ItemStatus::Confiscated)
            .unwrap();
        assert!(
            entry
                .status_text
                .fr
                .starts_with("Entre les mains des auteurs")
                && !entry.status_text.fr.contains("Demandé"),
            "{:?}",
            entry.status_text
        );
    }

    #[test]
    fn a_confiscated_document_and_the_birth_certificate_get_notes_in_both_languages() {
        let mut case = samples::spec_case();
        // Passport confiscated, no alternative asked for yet.
        case.documents
            .retain(|d| d.kind != PieceKind::ConsularCertificate);
        let list = crate::legal::checklist(&case, RouteId::CstL4251, samples::sample_date());
        let item = |kind| list.item(kind).unwrap();
        let passport = item(PieceKind::Passport);
        assert_eq!(passport.reason.as_deref(), Some("confiscated"));
        let n = person_note(passport, "ru", "F").expect("a confiscated passport is explained");
        assert!(n.fr.starts_with("Document confisqué"), "{}", n.fr);
        assert!(
            n.fr.contains("Un autre document peut être accepté"),
            "{}",
            n.fr
        );
        assert_ne!(n.fr, n.other);
        let n = person_note(item(PieceKind::BirthCertificate), "ru", "F")
            .expect("the birth certificate carries a note");
        assert!(n.fr.contains("intégrale"), "{}", n.fr);
        assert!(
            n.other.chars().any(|c| ('а'..='я').contains(&c)),
            "Russian: {}",
            n.other
        );
    }

    /// The first card's checklist of `items` with Ukrainian beside French, on the sample day.
    fn ukrainian_view(items: &[crate::legal::ChecklistItem]) -> ChecklistView {
        ChecklistView::build(&ChecklistInput::plain(
            RouteId::CstL4251,
            items,
            "uk",
            samples::sample_date(),
        ))
    }

    /// The checklist of the first card for the spec case without the documents of `removed`,
    /// then `kind` recorded with `status`.
    fn spec_checklist_with(
        removed: &[PieceKind],
        kind: PieceKind,
        status: crate::model::case::DocumentStatus,
    ) -> crate::legal::Checklist {
        let mut case = samples::spec_case();
        case.documents.retain(|d| !removed.contains(&d.kind));
        case.documents
            .push(crate::model::case::Document::new(kind, status));
        crate::legal::checklist(&case, RouteId::CstL4251, samples::sample_date())
    }

    /// In hand but undated where its age matters: « Date à noter », never « À obtenir » above
    /// « montrez-le à l'association » (UI review, 2026-12-05).
    #[test]
    fn a_document_in_hand_without_its_date_is_a_date_to_note_not_a_document_to_get() {
        use crate::model::case::DocumentStatus;
        let list = spec_checklist_with(
            &[PieceKind::ProofOfAddress],
            PieceKind::ProofOfAddress,
            DocumentStatus::Have,
        );
        let proof = list.item(PieceKind::ProofOfAddress).unwrap();
        assert_eq!(proof.reason.as_deref(), Some("date-unknown"));
        let view = ukrainian_view(&list.items);
        let entry = view
            .items
            .iter()
            .find(|e| e.status_text.fr == "Date à noter")
            .expect("the undated proof of address");
        assert_eq!(entry.status_text.other, "Потрібно записати дату");
        assert!(!view.items.iter().any(|e| e.status_text.fr == "À obtenir"
            && e.note.as_ref().is_some_and(|n| n.fr.contains("montrez-le"))));
    }

    /// Nothing replaces a birth certificate: confiscated, her paper says so and asks her to tell
    /// the association, never that « un autre document le remplace » (review, 2026-12-05).
    #[test]
    fn a_confiscated_document_nothing_replaces_is_not_said_replaced() {
        use crate::model::case::DocumentStatus;
        let list = spec_checklist_with(
            &[PieceKind::BirthCertificate],
            PieceKind::BirthCertificate,
            DocumentStatus::Confiscated,
        );
        let birth = list.item(PieceKind::BirthCertificate).unwrap();
        assert_eq!(birth.status, ItemStatus::Confiscated);
        assert!(birth.alternatives.is_empty());
        let n = person_note(birth, "uk", "F").expect("a confiscated document is explained");
        assert_eq!(n.fr, "Document confisqué\u{a0}: dites-le à l’association.");
        assert!(!n.other.contains("інший документ"), "{}", n.other);
        let view = ukrainian_view(&list.items);
        for entry in view
            .items
            .iter()
            .filter(|e| e.status == ItemStatus::Confiscated)
        {
            assert!(
                !entry.status_text.fr.contains("remplace")
                    && !entry.status_text.other.contains("замінить"),
                "{:?}",
                entry.status_text
            );
        }
    }

    /// She testified and never complained: what is asked for is the procedure's reference, and
    /// her paper names it beside the complaint receipt's line (whose « demandé » would else read
    /// as a receipt on its way).
    #[test]
    fn a_requested_alternative_is_named_on_her_paper() {
        use crate::model::case::DocumentStatus;
        let list = spec_checklist_with(
            &[PieceKind::ComplaintReceipt, PieceKind::ProcedureReference],
            PieceKind::ProcedureReference,
            DocumentStatus::Requested,
        );
        let receipt = list.item(PieceKind::ComplaintReceipt).unwrap();
        assert_eq!(receipt.status, ItemStatus::Requested);
        let n = person_note(receipt, "uk", "F").expect("the reference asked for is named");
        assert!(n.fr.starts_with("À la place"), "{}", n.fr);
        assert!(n.fr.to_lowercase().contains("référence"), "{}", n.fr);
        assert_ne!(n.fr, n.other);
    }
}
