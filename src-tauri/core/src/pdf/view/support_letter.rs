//! The association's support letter (lettre de soutien): the worker attests that the association
//! accompanies the person and supports her request.

use crate::codes::code;
use crate::error::{Field, Invalid};
use crate::legal::RouteId;
use crate::model::association::Association;
use crate::model::case::{CaseFile, ConsentStatus};
use crate::pdf::typography::french;
use crate::{Error, Result};

use super::cover_letter::route_fact;
use super::letter::{
    offence_arg, printed, require_name, require_offence, sex_arg, stage_arg, FormalLetter,
    LetterHead,
};
use super::{association_args, fr, fr_birth, fr_date, non_empty};

/// What the association's support letter is built from.
#[derive(Debug, Clone)]
pub struct SupportInput<'a> {
    /// The case (the person, the references, the accompaniment: since when, the worker's
    /// statement), the route she applies for, where the letter goes, where and when it is
    /// written.
    pub head: LetterHead<'a>,
    /// The association and the signing worker.
    pub association: &'a Association,
}

/// « plainte » or « témoignage » as the case records it, never both (issue 12): the complaint
/// when there is one, as the cover letter does; « none » when the case records neither.
fn cooperation_arg(case: &CaseFile) -> &'static str {
    match (&case.cooperation.complaint, &case.cooperation.testimony) {
        (Some(_), _) => "complaint",
        // No « procédure pénale » where the case records none (letters review, 2026-12-06).
        (None, Some(_)) if case.no_proceedings_recorded() => "testimony-no-proceedings",
        (None, Some(_)) => "testimony",
        (None, None) => "none",
    }
}

/// True if she agreed that the association send her information to the prefecture
/// (`consent.shareWithPrefecture` given): what the support letter, and the association's contact
/// in her letter, need. Her consent record tells her it is sent « seulement quand vous êtes
/// d'accord »: never asked is no agreement (review, 2026-12-06).
pub fn sharing_given(case: &CaseFile) -> bool {
    case.consent
        .as_ref()
        .and_then(|c| c.share_with_prefecture.as_ref())
        .is_some_and(|d| d.status == ConsentStatus::Given)
}

/// True unless the case itself rules the support letter out, whatever the route: her agreement to
/// sharing not given ([`sharing_given`]), or the case closed. Her checklist lists no letter the
/// association could not write; [`founding_facts`] says each of these as its own error.
pub fn association_may_write(case: &CaseFile) -> bool {
    sharing_given(case) && case.closed_on.is_none()
}

/// True if she refused, or withdrew, her consent to the association sharing her information with
/// the prefecture (`consent.shareWithPrefecture`); never asked is no refusal.
pub fn sharing_refused(case: &CaseFile) -> bool {
    case.consent
        .as_ref()
        .and_then(|c| c.share_with_prefecture.as_ref())
        .is_some_and(|d| d.status != ConsentStatus::Given)
}

/// What the support letter of `route` needs the case to record: the person's name; for a first
/// card, the offence it names; for the resident card and the APS, the conviction or the
/// programme the request rests on ([`super::cover_letter::founding_facts`] for her letter). And
/// her consent to sending her information to the prefecture ([`sharing_given`]): the letter is
/// the association sending it.
///
/// # Errors
/// [`crate::Error::Required`] when the person has no name, or the fact the route rests on is not
/// recorded (for a first card, her complaint or testimony); [`crate::Error::InvalidField`] for a first card when the case records neither
/// trafficking nor procuring, on `criminalCase.stage` for the L. 425-1 card's renewal without
/// proceedings under way (`proceedings-ended`), and on `consent.shareWithPrefecture` when she
/// refused or withdrew it, or was never asked.
pub fn founding_facts(case: &CaseFile, route: RouteId) -> Result<()> {
    require_name(case)?;
    super::cover_letter::nationality_route(case, route)?;
    super::cover_letter::stage_consistent(case)?;
    if sharing_refused(case) {
        return Err(Error::invalid(
            Field::case("consent.shareWithPrefecture"),
            Invalid::ConsentNotGiven,
        ));
    }
    // « notre association accompagne Mme … et le poursuivra » of a case it has closed (letters
    // review, 2026-12-05).
    if case.closed_on.is_some() {
        return Err(Error::invalid(Field::case("closedOn"), Invalid::CaseClosed));
    }
    // « Nous soutenons pleinement cette demande » of a renewal refused (verification,
    // 2026-12-05), or granted.
    super::cover_letter::renewal_decided_already(case, route)?;
    super::cover_letter::granted_already(case, route)?;
    match route {
        RouteId::CstL4251 => {
            super::cover_letter::require_cooperation(case)?;
            require_offence(case)?;
        }
        RouteId::CarteResidentL4253 | RouteId::ApsL4254 | RouteId::CstL4251Renewal => {
            route_fact(case, route)?
        }
        _ => {}
    }
    // Last, once the facts are there: her agreement, which the worker asks her (review,
    // 2026-12-06: written for a case where it was never asked).
    if !sharing_given(case) {
        return Err(Error::invalid(
            Field::case("consent.shareWithPrefecture"),
            Invalid::ConsentNotAsked,
        ));
    }
    Ok(())
}

/// True when « de » before `name` becomes « d’ »: a vowel (« d’Amina », « d’Œlla »), or a Y
/// before a consonant (« d’Yves », but « de Yasmine »). An H is left alone: whether it is mute
/// depends on the name. Letters are read by their base letter, as search folds them
/// ([`crate::text::fold`]): « d’Ọlá », « d’Ẹni », « d’Ưng », « d’Øystein » (letters review,
/// 2026-12-07: a list of accented capitals gave « de Ọlá », missing Yoruba and Vietnamese).
fn elides_de(name: &str) -> bool {
    let vowel = |c: char| "aeiou".contains(c);
    let folded = crate::text::fold(name);
    let mut letters = folded.chars();
    match letters.next() {
        Some('y') => letters
            .next()
            .is_some_and(|c| c.is_alphabetic() && !vowel(c)),
        Some(c) => vowel(c),
        None => false,
    }
}

/// The association's support letter (lettre de soutien).
#[derive(Debug, Clone, PartialEq)]
pub struct SupportLetterView {
    /// The letter.
    pub letter: FormalLetter,
}

impl SupportLetterView {
    /// Writes the association's support letter.
    ///
    /// # Errors
    /// Those of [`founding_facts`].
    pub fn build(input: &SupportInput<'_>) -> Result<SupportLetterView> {
        let case = input.head.case;
        founding_facts(case, input.head.route)?;
        super::cover_letter::final_by(case, input.head.route, input.head.date)?;
        // Nor « nous soutenons » a renewal silence rejected (verification, 2026-12-05).
        super::cover_letter::not_rejected_by_silence(case, input.head.route, input.head.date)?;
        let a = input.association;
        let accompaniment = case.accompaniment.clone().unwrap_or_default();
        let person = fr(
            "support-person",
            &[("sex", sex_arg(case)), ("name", case.name_in_text())],
        );
        let mut sender: Vec<String> = printed(&a.address).iter().map(|l| french(l)).collect();
        if let Some(phone) = non_empty(&a.phone) {
            sender.push(fr("letter-sender-phone", &[("phone", phone.to_string())]));
        }
        if let Some(email) = non_empty(&a.email) {
            sender.push(email.to_string());
        }
        let worker = [
            ("title", code(a.worker_title).to_string()),
            ("worker", a.worker_name.trim().to_string()),
            ("role", a.worker_role.trim().to_string()),
        ];
        let mut intro_args = worker.to_vec();
        intro_args.extend(association_args(&a.name));
        intro_args.push(("person", person.clone()));
        intro_args.push(("sex", sex_arg(case)));
        let intro = match (fr_birth(&case.person), accompaniment.since) {
            (Some((b, on)), Some(s)) => {
                intro_args.push(("birth", b));
                intro_args.push(("on", on));
                intro_args.push(("since", fr_date(s)));
                fr("support-intro-born-since", &intro_args)
            }
            (Some((b, on)), None) => {
                intro_args.push(("birth", b));
                intro_args.push(("on", on));
                fr("support-intro-born", &intro_args)
            }
            (None, Some(s)) => {
                intro_args.push(("since", fr_date(s)));
                fr("support-intro-since", &intro_args)
            }
            (None, None) => fr("support-intro", &intro_args),
        };
        // The request states only what the case records: the offence (a first card needs it
        // named), proceedings still under way; the conviction and the programme, which the
        // resident card and the APS rest on, are recorded or there is no letter
        // ([`founding_facts`]).
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
        let mut request_args = vec![
            ("person", person.clone()),
            ("offence", offence_arg(case)),
            ("cooperation", cooperation_arg(case).into()),
            ("ongoing", yes_no(stage_arg(case).is_some())),
        ];
        // Her APS is renewed through the same route: the association supports its renewal, as
        // her letter asks for it (review, 2026-12-05: « la délivrance » beside « le
        // renouvellement »).
        let key = super::cover_letter::request_key(case, input.head.route, input.head.date);
        let mut request = format!("support-request-{key}");
        // A reflection period already granted (its récépissé handed over) is not asked for again:
        // the letter supports her during it, and no request is pending.
        let granted = crate::legal::deadlines::reflection_issued(case)
            .filter(|d| *d <= input.head.date && input.head.route == RouteId::ReflectionPeriod);
        if let Some(since) = granted {
            request.push_str("-running");
            request_args.push(("since", fr_date(since)));
        }
        let pending = if granted.is_some() { "no" } else { "yes" };
        let mut paragraphs = vec![intro, fr(&request, &request_args)];
        if let Some(statement) = non_empty(&accompaniment.statement) {
            // Its line breaks as typed on any system (« \r\n » from Windows), a tab as a space:
            // the characters themselves would print as boxes (verification, 2026-12-05).
            let statement = statement
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .replace('\t', " ");
            paragraphs.push(french(&statement));
        }
        paragraphs.push(fr("support-accompaniment", &[("request", pending.into())]));
        paragraphs.push(fr("support-confidentiality", &[]));
        paragraphs.push(fr("support-availability", &[("request", pending.into())]));
        let mut signature = vec![french(a.worker_name.trim()), french(a.worker_role.trim())];
        signature.push(french(a.name.trim()));
        let mut letter = FormalLetter::to(&input.head);
        letter.sender_name = french(a.name.trim());
        letter.sender = sender;
        // « de Mme … », but « d’Amina … » where no title comes first (review, 2026-12-05: « de
        // Amina OKAFOR » for a sex not recorded).
        let elide = elides_de(&person);
        let of_person = fr(
            "support-of-person",
            &[("person", person.clone()), ("elide", yes_no(elide))],
        );
        letter.subject = fr(
            &format!("support-subject-{key}"),
            &[("person", person), ("ofPerson", of_person)],
        );
        letter.paragraphs = paragraphs;
        letter.signature = signature;
        letter.stamp = Some(fr("support-stamp", &[]));
        letter.running_header = fr(
            "support-running-header",
            &[
                ("association", a.name.trim().to_string()),
                ("date", fr_date(input.head.date)),
            ],
        );
        Ok(SupportLetterView { letter })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::samples;
    use chrono::NaiveDate;

    /// The support letter of the spec case after `edit`, for the first card.
    fn letter(edit: impl FnOnce(&mut CaseFile)) -> SupportLetterView {
        letter_of(edit, samples::association())
    }

    /// [`letter`], signed for `assoc`.
    fn letter_of(edit: impl FnOnce(&mut CaseFile), assoc: Association) -> SupportLetterView {
        let mut case = samples::spec_case();
        edit(&mut case);
        SupportLetterView::build(&SupportInput {
            head: LetterHead {
                case: &case,
                route: RouteId::CstL4251,
                recipient: samples::prefecture_seine_saint_denis(),
                place: "Saint-Denis".into(),
                date: samples::sample_date(),
            },
            association: &assoc,
        })
        .expect("the spec case has a name")
    }

    fn request(edit: impl FnOnce(&mut CaseFile)) -> String {
        letter(edit)
            .letter
            .paragraphs
            .iter()
            .find(|p| p.contains("425-1"))
            .cloned()
            .expect("the request paragraph")
    }

    fn intro(edit: impl FnOnce(&mut CaseFile)) -> String {
        letter(edit).letter.paragraphs[0].clone()
    }

    /// PDF review, 2026-12-05: « à l’association « Association Intercommunale… » » said the word
    /// twice; a name that begins with it is written « à l’Association… ».
    #[test]
    fn a_name_that_begins_with_association_is_not_quoted_after_the_word() {
        let intro_of = |name: &str| {
            let mut assoc = samples::association();
            assoc.name = name.into();
            letter_of(|_| {}, assoc).letter.paragraphs[0].replace(['\u{a0}', '\u{202f}'], " ")
        };
        let own = intro_of("Association pour la réinsertion des femmes");
        assert!(
            own.contains(" à l’Association pour la réinsertion des femmes, atteste"),
            "{own}"
        );
        let quoted = intro_of("Les Amis d’Ariane");
        assert!(
            quoted.contains(" à l’association « Les Amis d’Ariane », atteste"),
            "{quoted}"
        );
        let word_then_quote = intro_of("Association « Le Fil »");
        assert!(
            word_then_quote.contains(" à l’association « Le Fil », atteste"),
            "{word_then_quote}"
        );
    }

    /// Letters review, 2026-12-06: a testimony beside the stage « aucune procédure » was said
    /// « dans une procédure pénale »; the testimony and its facts are said, no proceedings.
    #[test]
    fn a_testimony_where_the_case_records_no_proceedings_names_none() {
        use crate::model::case::{CriminalCase, CriminalStage};
        let testified = |stage| {
            request(|c| {
                c.cooperation.testimony = c.cooperation.complaint.take();
                c.criminal_case = Some(CriminalCase {
                    stage,
                    final_conviction_date: None,
                    regular_stay_on_final_conviction: None,
                });
            })
        };
        let none = testified(Some(CriminalStage::None));
        assert!(
            none.contains("après avoir témoigné sur des faits de traite"),
            "{none}"
        );
        assert!(!none.contains("procédure pénale"), "{none}");
        let inquiry = testified(Some(CriminalStage::Investigation));
        assert!(
            inquiry
                .contains("après avoir témoigné dans une procédure pénale portant sur des faits"),
            "{inquiry}"
        );
    }

    /// Verification, 2026-12-05: a statement written on Windows (« \r\n ») or with a tab was
    /// accepted, then refused at print as a character the fonts lack.
    #[test]
    fn a_statement_prints_windows_line_breaks_and_tabs() {
        let view = letter(|c| {
            c.accompaniment = Some(crate::model::case::Accompaniment {
                since: None,
                statement: Some("Suivie depuis mars.\r\n\tPrésente à chaque rendez-vous.".into()),
            });
        });
        let text = view.letter.paragraphs.join("\n");
        assert!(!text.contains(['\r', '\t']), "{text:?}");
        assert!(text.contains("mars.\n Présente"), "{text:?}");
    }

    #[test]
    fn an_approximate_birth_date_is_printed_without_a_day() {
        use crate::model::case::DatePrecision;
        let exact = intro(|_| {});
        assert!(exact.contains("née le 12\u{a0}avril\u{a0}1998"), "{exact}");
        let month = intro(|c| {
            c.person.birth_date = NaiveDate::from_ymd_opt(1998, 4, 1);
            c.person.birth_date_precision = Some(DatePrecision::Month);
        });
        assert!(month.contains("née en avril\u{a0}1998"), "{month}");
        let year = intro(|c| {
            c.person.birth_date = NaiveDate::from_ymd_opt(1998, 1, 1);
            c.person.birth_date_precision = Some(DatePrecision::Year);
        });
        assert!(year.contains("née en 1998"), "{year}");
        for text in [&month, &year] {
            assert!(
                !text.contains("1er") && !text.contains("janvier") && !text.contains(" le 1"),
                "no made-up day: {text}"
            );
        }
    }

    #[test]
    fn the_request_says_complaint_or_testimony_as_the_case_does_never_both() {
        let complaint = request(|c| c.cooperation.testimony = None);
        assert!(complaint.contains("déposé plainte"), "{complaint}");
        assert!(!complaint.contains("témoign"), "{complaint}");

        let testimony = request(|c| {
            c.cooperation.testimony = c.cooperation.complaint.take();
        });
        assert!(testimony.contains("témoigné"), "{testimony}");
        assert!(!testimony.contains("plainte"), "{testimony}");

        // Neither: the first card rests on nothing the case records, and no support letter asks
        // for it (review, 2026-12-05; `the_request_states_only_what_the_case_records`).
        let neither = paragraphs_for(RouteId::CstL4251, |c| {
            c.cooperation.complaint = None;
            c.cooperation.testimony = None;
        });
        assert!(
            matches!(neither, Err(crate::Error::Required { .. })),
            "{neither:?}"
        );
    }

    /// « de Mme Amina OKAFOR », but « d’Amina OKAFOR » where no title comes first (review,
    /// 2026-12-05: « de Amina OKAFOR » for a sex not recorded).
    #[test]
    fn the_subject_elides_de_before_a_name_that_begins_with_a_vowel() {
        let subject = |sex: Option<&str>, given: &str| {
            letter(|c| {
                c.person.sex = sex.map(String::from);
                c.person.given_names = Some(given.into());
            })
            .letter
            .subject
            .replace(['\u{a0}', '\u{202f}'], " ")
        };
        assert!(subject(Some("F"), "Amina").contains("temporaire de Mme Amina"));
        assert!(subject(None, "Amina").contains("temporaire d’Amina"));
        assert!(subject(Some("X"), "Élise").contains("temporaire d’Élise"));
        assert!(subject(None, "Blessing").contains("temporaire de Blessing"));
        assert!(subject(None, "Yasmine").contains("temporaire de Yasmine"));
        assert!(subject(None, "Yves").contains("temporaire d’Yves"));
        assert!(subject(None, "Œlla").contains("temporaire d’Œlla"));
        assert!(subject(None, "Ángela").contains("temporaire d’Ángela"));
        assert!(subject(None, "Øystein").contains("temporaire d’Øystein"));
        for yoruba_or_vietnamese in ["Ọlá", "Ẹni", "Ụchẹ", "Ưng", "Ấu"] {
            let s = subject(None, yoruba_or_vietnamese);
            assert!(
                s.contains(&format!("temporaire d’{yoruba_or_vietnamese}")),
                "{s}"
            );
        }
        assert!(subject(None, "Hadiza").contains("temporaire de Hadiza"));
    }

    /// The paragraphs of the support letter for `route`, the spec case changed by `edit`, with
    /// plain spaces.
    fn paragraphs_for(
        route: RouteId,
        edit: impl FnOnce(&mut CaseFile),
    ) -> crate::Result<Vec<String>> {
        let mut case = samples::spec_case();
        edit(&mut case);
        let assoc = samples::association();
        let view = SupportLetterView::build(&SupportInput {
            head: LetterHead {
                case: &case,
                route,
                recipient: samples::prefecture_seine_saint_denis(),
                place: "Saint-Denis".into(),
                date: samples::sample_date(),
            },
            association: &assoc,
        })?;
        Ok(view
            .letter
            .paragraphs
            .iter()
            .map(|p| p.replace(['\u{a0}', '\u{202f}'], " "))
            .collect())
    }

    /// The request paragraph of the support letter for `route`, the spec case changed by `edit`.
    fn request_for(route: RouteId, edit: impl FnOnce(&mut CaseFile)) -> crate::Result<String> {
        Ok(paragraphs_for(route, edit)?.swap_remove(1))
    }

    /// The worker signs it: it states the proceedings under way, the conviction, the programme
    /// or the offence only when the case records them.
    #[test]
    fn the_request_states_only_what_the_case_records() {
        use crate::model::case::{CriminalCase, CriminalStage, ExitProgramme, VictimOf};
        let criminal = |stage: Option<CriminalStage>| CriminalCase {
            stage,
            final_conviction_date: None,
            regular_stay_on_final_conviction: None,
        };
        let renewal = request_for(RouteId::CstL4251Renewal, |c| c.criminal_case = None).unwrap();
        assert!(!renewal.contains("en cours"), "{renewal}");
        assert!(
            renewal.ends_with("(article L. 425-1 du CESEDA)."),
            "{renewal}"
        );
        // Proceedings ended without a conviction: no letter supports a renewal the law ties to
        // them (PDF review, 2026-12-07).
        for stage in [CriminalStage::Dismissed, CriminalStage::Acquittal] {
            let over = request_for(RouteId::CstL4251Renewal, |c| {
                c.criminal_case = Some(criminal(Some(stage)));
            });
            assert!(
                matches!(
                    over,
                    Err(Error::InvalidField {
                        reason: Invalid::ProceedingsEnded,
                        ..
                    })
                ),
                "{over:?}"
            );
        }
        let ongoing = request_for(RouteId::CstL4251Renewal, |c| {
            c.criminal_case = Some(criminal(Some(CriminalStage::Trial)));
        })
        .unwrap();
        assert!(
            ongoing.contains(
                "(article L. 425-1 du CESEDA) : la procédure pénale engagée pour des faits"
            ),
            "{ongoing}"
        );
        assert!(ongoing.ends_with("est toujours en cours."), "{ongoing}");
        let unnamed = request_for(RouteId::CstL4251Renewal, |c| {
            c.criminal_case = Some(criminal(Some(CriminalStage::Trial)));
            c.victim_of.clear();
        })
        .unwrap();
        assert!(
            unnamed.contains("la procédure pénale est toujours en cours."),
            "{unnamed}"
        );

        // The resident card and the APS rest on a fact: without it, no letter (as hers).
        let resident = request_for(RouteId::CarteResidentL4253, |c| c.criminal_case = None);
        assert!(
            matches!(resident, Err(crate::Error::Required { .. })),
            "{resident:?}"
        );
        let convicted = request_for(RouteId::CarteResidentL4253, |c| {
            c.criminal_case = Some(criminal(Some(CriminalStage::FinalConviction)));
        })
        .unwrap();
        assert!(
            convicted.contains("définitivement condamnée."),
            "{convicted}"
        );

        // Nor the first card without her complaint or testimony (review, 2026-12-05).
        let silent = request_for(RouteId::CstL4251, |c| {
            c.cooperation.complaint = None;
            c.cooperation.testimony = None;
        });
        assert!(
            matches!(&silent, Err(crate::Error::Required { field }) if *field == crate::error::Field::case("cooperation.complaint")),
            "{silent:?}"
        );

        // Her APS held, the association supports its renewal, as her letter asks (review,
        // 2026-12-05: « la délivrance » beside her « renouvellement »).
        let renewal = request_for(RouteId::ApsL4254, |c| {
            c.exit_prostitution_programme = Some(ExitProgramme { admitted_on: None });
            c.current_permit = Some(crate::model::case::Permit {
                kind: crate::model::case::PermitKind::Aps,
                issued: None,
                expires: None,
                renewal_count: None,
                renewal_filed_on: None,
            });
        })
        .unwrap();
        assert!(
            renewal.contains("sollicite le renouvellement de son autorisation"),
            "{renewal}"
        );

        let aps = request_for(RouteId::ApsL4254, |c| c.exit_prostitution_programme = None);
        assert!(matches!(aps, Err(crate::Error::Required { .. })), "{aps:?}");
        let aps = request_for(RouteId::ApsL4254, |c| {
            c.exit_prostitution_programme = Some(ExitProgramme { admitted_on: None });
        })
        .unwrap();
        assert!(
            aps.contains("dans le cadre de son parcours de sortie"),
            "{aps}"
        );

        let refused = request_for(RouteId::CstL4251, |c| {
            c.victim_of = vec![VictimOf::Servitude]
        });
        assert!(
            matches!(refused, Err(crate::Error::InvalidField { .. })),
            "{refused:?}"
        );
    }

    /// A reflection period already granted is not asked for again: the letter says since when
    /// she has it (audit, 2026-12-04).
    #[test]
    fn a_reflection_period_granted_is_not_asked_for_again() {
        use crate::model::case::ReflectionPeriod;
        let asked = request_for(RouteId::ReflectionPeriod, |c| {
            c.cooperation.complaint = None;
            c.cooperation.testimony = None;
            c.reflection_period = None;
        })
        .unwrap();
        assert!(
            asked.contains("sollicite le bénéfice du délai de réflexion"),
            "{asked}"
        );
        let granted_since = |c: &mut CaseFile| {
            c.cooperation.complaint = None;
            c.cooperation.testimony = None;
            c.reflection_period = Some(ReflectionPeriod {
                recepisse_issued: NaiveDate::from_ymd_opt(2026, 11, 2),
            });
        };
        let granted = request_for(RouteId::ReflectionPeriod, granted_since).unwrap();
        assert!(
            granted.contains("bénéficie, depuis le 2 novembre 2026, du délai de réflexion"),
            "{granted}"
        );
        // And no request is said pending after it.
        let text = paragraphs_for(RouteId::ReflectionPeriod, granted_since)
            .unwrap()
            .join(" ");
        assert!(!text.contains("demande"), "{text}");
    }

    /// The support letter is the association sending her information to the prefecture: not
    /// when she refused or withdrew that consent, nor before she was asked (review, 2026-12-06:
    /// her consent record says « seulement quand vous êtes d'accord », and « pas encore
    /// demandé »); given, it is written.
    #[test]
    fn no_support_letter_when_she_refused_sending_her_information_to_the_prefecture() {
        use crate::model::case::{Consent, ConsentDecision};
        let with = |status: Option<ConsentStatus>| {
            request_for(RouteId::CstL4251, |c| {
                c.consent = Some(Consent {
                    share_with_prefecture: status
                        .map(|status| ConsentDecision { status, date: None }),
                    ..Consent::default()
                });
            })
        };
        let reason = |refused: crate::Result<String>| match refused {
            Err(crate::Error::InvalidField { reason, .. }) => Some(reason.code()),
            _ => None,
        };
        for status in [ConsentStatus::Refused, ConsentStatus::Withdrawn] {
            assert_eq!(
                reason(with(Some(status))),
                Some("consent-not-given"),
                "{status:?}"
            );
        }
        assert!(with(Some(ConsentStatus::Given)).is_ok());
        let not_asked = |c: &mut CaseFile| c.consent = None;
        for never in [with(None), request_for(RouteId::CstL4251, not_asked)] {
            assert_eq!(reason(never), Some("consent-not-asked"));
        }
    }
}
