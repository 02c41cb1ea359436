//! Every question of the interview, each declared once, in interview order.
//!
//! A declaration says all there is to know about a question: its id (`complaint-date`, also the
//! suffix of its messages `iv-q-…`, `ivh-…`, `iv-opt-…-<code>`), its step and kind, its flags, the
//! codes it offers, the question whose answer keeps it asked (answering that one otherwise erases
//! this answer), when it is asked, and how its answer is read from and written into the case
//! file. The `questions!` table turns the declarations into [`QuestionId`] and `FIXED`; the
//! rest of the interview (branching, erasure, marks, screens) is generic over them. Adding a
//! question is one entry here, plus its messages (`iv-q-<id>` in `interview.ftl`, or in
//! `interview-worker.ftl` for the worker's questions, with `ivh-<id>` explanations there).
//!
//! Document questions are the two declarations at the end, asked once per kind of document the
//! checklist of the case's route lists (see [`super::document_kinds`]).

use chrono::NaiveDate;

use super::{communes_of, postcode, town_of, Current, Given, Kind, Spec, Step, NOT_FILED};
use crate::codes;
use crate::geo::Geo;
use crate::legal::{dates, RulePack};
use crate::model::case::{
    Accompaniment, Address, AsylumClaim, CaseFile, ChildWelfare, CriminalCase, CriminalStage,
    Document, DocumentStatus, ExitProgramme, Interpreter, Permit, PermitKind, PieceKind, Placement,
    ProcedureStep, ProtectionOrder, References, ReflectionPeriod, RefusalRisks, VictimOf,
};

/// Which codes of its parent's answer keep a question asked.
pub type Keeps = fn(&str) -> bool;

/// The codes a question offers, and where their words come from.
#[derive(Clone, Copy)]
pub(super) enum Options {
    /// None: dates, text, numbers.
    None,
    /// These codes, worded by `iv-opt-<question>-<code>` (`iv-opt-yes`/`iv-opt-no` for yes/no).
    Codes(fn() -> Vec<&'static str>),
    /// ISO 3166-1 codes in capitals, then `stateless`: countries named by `names.ftl`.
    Countries,
    /// ISO 3166-1 codes in capitals, without `stateless`: the countries of her other
    /// nationalities.
    OtherCountries,
    /// BCP 47 primary tags: languages named by `names.ftl`.
    Languages,
    /// The INSEE codes of the communes the case's postcode serves, named by the geo data.
    Communes,
    /// A document's statuses: « entre les mains des auteurs » only for a document she may have
    /// been deprived of ([`PieceKind::may_be_confiscated`]), or one already recorded so.
    DocumentStatuses,
}

/// What `null` in the case file reads as once the question was answered.
#[derive(Clone, Copy)]
pub(super) enum NullMeans {
    /// Nothing: `null` is "not known" (the marks tell "not established" from "not asked").
    Unknown,
    /// This code: no complaint is `null` and reads `no`.
    Code(&'static str),
    /// The empty list of the question's kind: no aliases, no language.
    Empty,
}

/// The question whose answer keeps a question asked.
#[derive(Clone, Copy)]
pub(super) enum Parent {
    /// This one.
    Question(QuestionId),
    /// The question of the same kind of document (`document-status.passport` for
    /// `document-date.passport`).
    SameDocument(fn(PieceKind) -> QuestionId),
}

/// When a question is asked, and where its answer lives in the case file.
#[derive(Clone, Copy)]
pub(super) enum Field {
    /// A fact of the case.
    Case {
        /// True if and only if the question is to be asked, from the facts (and the day: ages).
        asked: fn(&CaseFile, NaiveDate) -> bool,
        /// The value the case file holds; `None` for `null`.
        read: fn(&CaseFile) -> Option<Current>,
        /// Records an answer the question accepted.
        write: fn(&mut CaseFile, Given),
    },
    /// A fact about one kind of document: one question per kind.
    Document {
        /// As for [`Field::Case`], for one kind.
        asked: fn(&CaseFile, PieceKind) -> bool,
        /// The value the case's document of this kind holds; `None` for `null`.
        read: fn(&Document) -> Option<Current>,
        /// As for [`Field::Case`], for one kind.
        write: fn(&mut CaseFile, PieceKind, Given),
    },
}

/// One question, declared once.
#[derive(Clone, Copy)]
pub(super) struct QuestionDef {
    /// The id (`complaint-date`; `document-status` for every document kind).
    pub id: &'static str,
    /// Step, kind and flags.
    pub spec: Spec,
    /// The codes it offers.
    pub options: Options,
    /// The question whose answer keeps this one asked, and which of its codes do.
    pub parent: Option<(Parent, Keeps)>,
    /// What `null` reads as once answered.
    pub null: NullMeans,
    /// When it is asked, and where its answer lives.
    pub field: Field,
}

/// A question about a fact of the case, asked whatever the facts until [`QuestionDef::asked_when`]
/// says otherwise.
const fn ask(
    id: &'static str,
    step: Step,
    kind: Kind,
    read: fn(&CaseFile) -> Option<Current>,
    write: fn(&mut CaseFile, Given),
) -> QuestionDef {
    QuestionDef::new(
        id,
        step,
        kind,
        Field::Case {
            asked: always,
            read,
            write,
        },
    )
}

fn always(_: &CaseFile, _: NaiveDate) -> bool {
    true
}

impl QuestionDef {
    const fn new(id: &'static str, step: Step, kind: Kind, field: Field) -> QuestionDef {
        QuestionDef {
            id,
            spec: Spec {
                step,
                kind,
                worker_only: false,
                optional: false,
                sensitive: false,
                future_allowed: false,
                approximate: false,
            },
            options: match kind {
                Kind::YesNo => Options::Codes(|| vec!["yes", "no"]),
                _ => Options::None,
            },
            parent: None,
            null: NullMeans::Unknown,
            field,
        }
    }

    /// Asked of the worker (a legal or administrative judgement), not read to the person.
    const fn worker(mut self) -> Self {
        self.spec.worker_only = true;
        self
    }

    /// Useful, never required: not flagged when left unanswered.
    const fn optional(mut self) -> Self {
        self.spec.optional = true;
        self
    }

    /// Holds a name: masked when names are hidden.
    const fn sensitive(mut self) -> Self {
        self.spec.sensitive = true;
        self
    }

    /// A date the person may know only to the year or the month.
    const fn approximate(mut self) -> Self {
        self.spec.approximate = true;
        self
    }

    /// A date that may be after today (an expiry, a planned filing).
    const fn future_allowed(mut self) -> Self {
        self.spec.future_allowed = true;
        self
    }

    const fn options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    /// Asked while `parent`'s answer is one that `keeps` accepts; another answer erases this one.
    const fn parent(mut self, parent: QuestionId, keeps: Keeps) -> Self {
        self.parent = Some((Parent::Question(parent), keeps));
        self
    }

    const fn null_means(mut self, null: NullMeans) -> Self {
        self.null = null;
        self
    }

    /// Asked only when `asked` holds. A question keeps being asked while it holds an answer whose
    /// relevance comes from a fact outside the interview's control (a child placement stays
    /// visible if the birth date is corrected).
    const fn asked_when(mut self, asked: fn(&CaseFile, NaiveDate) -> bool) -> Self {
        if let Field::Case { read, write, .. } = self.field {
            self.field = Field::Case { asked, read, write };
        }
        self
    }
}

/// Declares [`QuestionId`] (one variant per entry, then the document questions), its
/// declarations (`QuestionId::def`) and `FIXED`, the entries in order.
macro_rules! questions {
    ($($variant:ident => $def:expr,)*) => {
        /// A question of the interview. Document questions exist once per document kind.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        // Each variant is described by its message `iv-q-<id>` in interview.ftl.
        #[allow(missing_docs)]
        pub enum QuestionId {
            $($variant,)*
            DocumentStatus(PieceKind),
            DocumentDate(PieceKind),
            DocumentNumber(PieceKind),
            DocumentExpires(PieceKind),
        }

        /// The questions that do not depend on the case's documents, in interview order.
        /// Document questions follow them (see [`super::questions()`]).
        pub(super) const FIXED: &[QuestionId] = &[$(QuestionId::$variant),*];

        impl QuestionId {
            /// Its declaration.
            pub(super) fn def(self) -> &'static QuestionDef {
                match self {
                    $(QuestionId::$variant => {
                        const DEF: QuestionDef = $def;
                        &DEF
                    })*
                    QuestionId::DocumentStatus(_) => &DOCUMENT_STATUS,
                    QuestionId::DocumentDate(_) => &DOCUMENT_DATE,
                    QuestionId::DocumentNumber(_) => &DOCUMENT_NUMBER,
                    QuestionId::DocumentExpires(_) => &DOCUMENT_EXPIRES,
                }
            }
        }
    };
}

use Kind::*;
use QuestionId as Q;
use Step::*;

questions! {
    FamilyName => ask(
        "family-name", Identity, Text,
        |c| text(c.person.family_name.as_ref()),
        |c, g| c.person.family_name = g.text(),
    )
    .sensitive(),

    GivenNames => ask(
        "given-names", Identity, Text,
        |c| text(c.person.given_names.as_ref()),
        |c, g| c.person.given_names = g.text(),
    )
    .sensitive(),

    Aliases => ask(
        "aliases", Identity, Lines,
        |c| (!c.person.aliases.is_empty()).then(|| Current::Lines(c.person.aliases.clone())),
        |c, g| c.person.aliases = g.lines(),
    )
    .optional()
    .sensitive()
    .null_means(NullMeans::Empty),

    Sex => ask(
        "sex", Identity, Choice,
        |c| c.person.sex.clone().map(Current::code),
        |c, g| c.person.sex = g.code().map(str::to_string),
    )
    .options(Options::Codes(|| vec!["F", "M", "X"])),

    BirthDate => ask(
        "birth-date", Identity, Date,
        |c| {
            let b = c.person.birth_date?;
            Some(match c.person.birth_date_precision {
                Some(p) => Current::ApproxDate(p.first_day(b), p),
                None => Current::Date(b),
            })
        },
        |c, g| {
            c.person.birth_date = g.date();
            c.person.birth_date_precision = g.precision().filter(|_| g.date().is_some());
        },
    )
    .approximate(),

    BirthPlace => ask(
        "birth-place", Identity, Text,
        |c| text(c.person.birth_place.as_ref()),
        |c, g| c.person.birth_place = g.text(),
    ),

    Nationality => ask(
        "nationality", Identity, Choice,
        |c| c.person.nationality.clone().map(Current::code),
        |c, g| c.person.nationality = g.code().map(str::to_string),
    )
    .options(Options::Countries),

    // Asked whatever her first nationality: a second one (French, European) may put her outside
    // the permits altogether, an Algerian one raises the 1968 agreement (docs/legal-rules.md).
    OtherNationalities => ask(
        "other-nationalities", Identity, Multi,
        |c| {
            let codes = &c.person.other_nationalities;
            (!codes.is_empty()).then(|| Current::Codes(codes.clone()))
        },
        |c, g| c.person.other_nationalities = g.codes(),
    )
    .optional()
    .options(Options::OtherCountries)
    .null_means(NullMeans::Empty),

    Languages => ask(
        "languages", Identity, Multi,
        |c| (!c.person.languages.is_empty()).then(|| Current::Codes(c.person.languages.clone())),
        |c, g| c.person.languages = g.codes(),
    )
    .options(Options::Languages)
    .null_means(NullMeans::Empty),

    Interpreter => ask(
        "interpreter", Identity, YesNo,
        |c| present(c.interview.interpreter.is_some()),
        |c, g| presence::<Interpreter>(&mut c.interview.interpreter, &g),
    )
    .worker()
    .null_means(NullMeans::Code("no")),

    InterpreterLanguage => ask(
        "interpreter-language", Identity, Choice,
        |c| c.interview.interpreter.as_ref().and_then(|i| i.language.clone()).map(Current::code),
        |c, g| {
            if let Some(i) = c.interview.interpreter.as_mut() {
                i.language = g.code().map(str::to_string);
            }
        },
    )
    .worker()
    .options(Options::Languages)
    .parent(Q::Interpreter, yes)
    .asked_when(|c, _| c.interview.interpreter.is_some()),

    InterpreterName => ask(
        "interpreter-name", Identity, Text,
        |c| text(c.interview.interpreter.as_ref().and_then(|i| i.name.as_ref())),
        |c, g| if let Some(i) = c.interview.interpreter.as_mut() { i.name = g.text() },
    )
    .optional()
    .worker()
    .parent(Q::Interpreter, yes)
    .asked_when(|c, _| c.interview.interpreter.is_some()),

    AddressLine => ask(
        "address-line", Identity, Text,
        |c| text(c.person.address.as_ref().and_then(|a| a.line1.as_ref())),
        |c, g| address(c).line1 = g.text(),
    ),

    Postcode => ask(
        "postcode", Identity, Text,
        |c| text(c.person.address.as_ref().and_then(|a| a.postcode.as_ref())),
        write_postcode,
    ),

    Commune => ask(
        "commune", Identity, Choice,
        |c| c.person.address.as_ref().and_then(|a| a.commune_insee.clone()).map(Current::code),
        write_commune,
    )
    .options(Options::Communes)
    .asked_when(|c, _| postcode(c).is_some_and(|p| !communes_of(p).is_empty())),

    City => ask(
        "city", Identity, Text,
        |c| text(c.person.address.as_ref().and_then(|a| a.city.as_ref())),
        |c, g| address(c).city = g.text(),
    )
    .asked_when(|c, _| postcode(c).is_some_and(|p| communes_of(p).is_empty())),

    Phone => ask(
        "phone", Identity, Text,
        |c| text(c.person.phone.as_ref()),
        |c, g| c.person.phone = g.text(),
    )
    .optional(),

    VictimOf => ask(
        "victim-of", Situation, Multi,
        |c| {
            let codes: Vec<String> = c.victim_of.iter().map(|v| codes::code(*v).into()).collect();
            (!codes.is_empty()).then_some(Current::Codes(codes))
        },
        |c, g| c.victim_of = g.codes().iter().filter_map(|v| v.parse().ok()).collect(),
    )
    .worker()
    .options(Options::Codes(codes::all::<VictimOf>))
    .null_means(NullMeans::Empty),

    // The main form of exploitation: asked of the worker for the association's yearly figures
    // (report/); no rule reads it.
    Exploitation => ask(
        "exploitation", Situation, Choice,
        |c| c.exploitation.map(coded),
        |c, g| c.exploitation = g.parsed(),
    )
    .worker()
    .optional()
    .options(Options::Codes(codes::all::<crate::model::case::Exploitation>)),

    ExitProgramme => ask(
        "exit-programme", Situation, YesNo,
        |c| present(c.exit_prostitution_programme.is_some()),
        |c, g| presence::<ExitProgramme>(&mut c.exit_prostitution_programme, &g),
    )
    .null_means(NullMeans::Code("no")),

    ExitProgrammeDate => ask(
        "exit-programme-date", Situation, Date,
        |c| date(c.exit_prostitution_programme.as_ref().and_then(|e| e.admitted_on)),
        |c, g| if let Some(e) = c.exit_prostitution_programme.as_mut() { e.admitted_on = g.date() },
    )
    .parent(Q::ExitProgramme, yes)
    .asked_when(|c, _| c.exit_prostitution_programme.is_some()),

    DomesticViolence => ask(
        "domestic-violence", Situation, YesNo,
        |c| yes_no(c.domestic_violence),
        |c, g| c.domestic_violence = g.yes(),
    ),

    ProtectionOrder => ask(
        "protection-order", Situation, YesNo,
        |c| present(c.protection_order.is_some()),
        |c, g| presence::<ProtectionOrder>(&mut c.protection_order, &g),
    )
    .null_means(NullMeans::Code("no"))
    .parent(Q::DomesticViolence, yes)
    .asked_when(|c, _| c.domestic_violence == Some(true) || c.protection_order.is_some()),

    ProtectionOrderDate => ask(
        "protection-order-date", Situation, Date,
        |c| date(c.protection_order.as_ref().and_then(|o| o.issued_on)),
        |c, g| if let Some(o) = c.protection_order.as_mut() { o.issued_on = g.date() },
    )
    .parent(Q::ProtectionOrder, yes)
    .asked_when(|c, _| c.protection_order.is_some()),

    ChildWelfare => ask(
        "child-welfare", Situation, YesNo,
        |c| present(c.child_welfare.is_some()),
        |c, g| presence::<ChildWelfare>(&mut c.child_welfare, &g),
    )
    .null_means(NullMeans::Code("no"))
    .asked_when(|c, today| may_be_under(c, today, 19) || c.child_welfare.is_some()),

    ChildWelfareDate => ask(
        "child-welfare-date", Situation, Date,
        |c| date(c.child_welfare.as_ref().and_then(|w| w.placed_on)),
        |c, g| if let Some(w) = c.child_welfare.as_mut() { w.placed_on = g.date() },
    )
    .parent(Q::ChildWelfare, yes)
    .asked_when(|c, _| c.child_welfare.is_some()),

    ChildWelfarePlacement => ask(
        "child-welfare-placement", Situation, Choice,
        |c| c.child_welfare.as_ref().and_then(|w| w.placement).map(coded),
        |c, g| if let Some(w) = c.child_welfare.as_mut() { w.placement = g.parsed() },
    )
    .options(Options::Codes(codes::all::<Placement>))
    .parent(Q::ChildWelfare, yes)
    .asked_when(|c, _| c.child_welfare.is_some()),

    WorkOrTraining => ask(
        "work-or-training", Situation, YesNo,
        |c| yes_no(c.work_or_training_project),
        |c, g| c.work_or_training_project = g.yes(),
    )
    .asked_when(|c, today| {
        // 16 or 17 on the filing day (the condition's), or may be (an approximate birth date).
        let filing = crate::legal::checklist::reference_day(c, today);
        ages(c, filing).is_some_and(|(youngest, oldest)| oldest >= 16 && youngest < 18)
            || c.work_or_training_project.is_some()
    }),

    Complaint => ask(
        "complaint", Cooperation, YesNo,
        |c| present(c.cooperation.complaint.is_some()),
        |c, g| presence::<ProcedureStep>(&mut c.cooperation.complaint, &g),
    )
    .null_means(NullMeans::Code("no")),

    ComplaintDate => ask(
        "complaint-date", Cooperation, Date,
        |c| date(c.cooperation.complaint.as_ref().and_then(|s| s.date)),
        |c, g| if let Some(s) = c.cooperation.complaint.as_mut() { s.date = g.date() },
    )
    .parent(Q::Complaint, yes)
    .asked_when(|c, _| c.cooperation.complaint.is_some()),

    ComplaintService => ask(
        "complaint-service", Cooperation, Text,
        |c| text(c.cooperation.complaint.as_ref().and_then(|s| s.service.as_ref())),
        |c, g| if let Some(s) = c.cooperation.complaint.as_mut() { s.service = g.text() },
    )
    .optional()
    .parent(Q::Complaint, yes)
    .asked_when(|c, _| c.cooperation.complaint.is_some()),

    ComplaintReference => ask(
        "complaint-reference", Cooperation, Text,
        |c| text(c.cooperation.complaint.as_ref().and_then(|s| s.reference.as_ref())),
        |c, g| if let Some(s) = c.cooperation.complaint.as_mut() { s.reference = g.text() },
    )
    .optional()
    .worker()
    .parent(Q::Complaint, yes)
    .asked_when(|c, _| c.cooperation.complaint.is_some()),

    Testimony => ask(
        "testimony", Cooperation, YesNo,
        |c| present(c.cooperation.testimony.is_some()),
        |c, g| presence::<ProcedureStep>(&mut c.cooperation.testimony, &g),
    )
    .null_means(NullMeans::Code("no")),

    TestimonyDate => ask(
        "testimony-date", Cooperation, Date,
        |c| date(c.cooperation.testimony.as_ref().and_then(|s| s.date)),
        |c, g| if let Some(s) = c.cooperation.testimony.as_mut() { s.date = g.date() },
    )
    .parent(Q::Testimony, yes)
    .asked_when(|c, _| c.cooperation.testimony.is_some()),

    TestimonyService => ask(
        "testimony-service", Cooperation, Text,
        |c| text(c.cooperation.testimony.as_ref().and_then(|s| s.service.as_ref())),
        |c, g| if let Some(s) = c.cooperation.testimony.as_mut() { s.service = g.text() },
    )
    .optional()
    .parent(Q::Testimony, yes)
    .asked_when(|c, _| c.cooperation.testimony.is_some()),

    TestimonyReference => ask(
        "testimony-reference", Cooperation, Text,
        |c| text(c.cooperation.testimony.as_ref().and_then(|s| s.reference.as_ref())),
        |c, g| if let Some(s) = c.cooperation.testimony.as_mut() { s.reference = g.text() },
    )
    .optional()
    .worker()
    .parent(Q::Testimony, yes)
    .asked_when(|c, _| c.cooperation.testimony.is_some()),

    Parquet => ask(
        "parquet", Cooperation, Text,
        |c| text(c.references.as_ref().and_then(|r| r.parquet.as_ref())),
        |c, g| references(c).parquet = g.text(),
    )
    .optional()
    .worker()
    .asked_when(|c, _| {
        cooperating(c) || c.references.as_ref().is_some_and(|r| r.parquet.is_some())
    }),

    ReflectionRecepisse => ask(
        "reflection-recepisse", Cooperation, YesNo,
        |c| present(c.reflection_period.is_some()),
        |c, g| presence::<ReflectionPeriod>(&mut c.reflection_period, &g),
    )
    .null_means(NullMeans::Code("no"))
    .asked_when(|c, _| !cooperating(c) || c.reflection_period.is_some()),

    ReflectionDate => ask(
        "reflection-date", Cooperation, Date,
        |c| date(c.reflection_period.as_ref().and_then(|r| r.recepisse_issued)),
        |c, g| if let Some(r) = c.reflection_period.as_mut() { r.recepisse_issued = g.date() },
    )
    .parent(Q::ReflectionRecepisse, yes)
    .asked_when(|c, _| c.reflection_period.is_some()),

    CriminalStage => ask(
        "criminal-stage", Cooperation, Choice,
        |c| c.criminal_case.as_ref().and_then(|k| k.stage).map(coded),
        write_stage,
    )
    .worker()
    .options(Options::Codes(codes::all::<CriminalStage>))
    .asked_when(|c, _| {
        cooperating(c) || c.criminal_case.as_ref().is_some_and(|k| k.stage.is_some())
    }),

    ConvictionDate => ask(
        "conviction-date", Cooperation, Date,
        |c| date(c.criminal_case.as_ref().and_then(|k| k.final_conviction_date)),
        |c, g| if let Some(k) = c.criminal_case.as_mut() { k.final_conviction_date = g.date() },
    )
    .worker()
    .parent(Q::CriminalStage, final_conviction)
    .asked_when(conviction_recorded),

    RegularStayAtConviction => ask(
        "regular-stay-at-conviction", Cooperation, YesNo,
        |c| yes_no(c.criminal_case.as_ref().and_then(|k| k.regular_stay_on_final_conviction)),
        |c, g| {
            if let Some(k) = c.criminal_case.as_mut() {
                k.regular_stay_on_final_conviction = g.yes();
            }
        },
    )
    .worker()
    .parent(Q::CriminalStage, final_conviction)
    .asked_when(conviction_recorded),

    TiesBroken => ask(
        "ties-broken", Ties, YesNo,
        |c| yes_no(c.ties_with_perpetrators_broken),
        |c, g| c.ties_with_perpetrators_broken = g.yes(),
    ),

    PublicOrderThreat => ask(
        "public-order-threat", PublicOrder, YesNo,
        |c| yes_no(c.public_order_threat),
        |c, g| c.public_order_threat = g.yes(),
    )
    .worker(),

    FalseDocuments => ask(
        "false-documents", PublicOrder, YesNo,
        |c| yes_no(c.refusal_risks.as_ref().and_then(|r| r.false_documents)),
        |c, g| refusal_risks(c).false_documents = g.yes(),
    )
    .asked_when(temporary_card_possible),

    RemovalOrder => ask(
        "removal-order", PublicOrder, YesNo,
        |c| yes_no(c.refusal_risks.as_ref().and_then(|r| r.unexecuted_removal_order)),
        |c, g| refusal_risks(c).unexecuted_removal_order = g.yes(),
    )
    .asked_when(temporary_card_possible),

    // The worker's judgement (like the public-order threat), not a question put to her: victims
    // are often forced to recruit, carry or sell; the answer is for the refusal warning only.
    SeriousOffences => ask(
        "serious-offences", PublicOrder, YesNo,
        |c| yes_no(c.refusal_risks.as_ref().and_then(|r| r.serious_offences)),
        |c, g| refusal_risks(c).serious_offences = g.yes(),
    )
    .worker()
    .optional(),

    PermitKind => ask(
        "permit-kind", Step::Permit, Choice,
        |c| c.current_permit.as_ref().map(|p| coded(p.kind)),
        write_permit_kind,
    )
    .options(Options::Codes(|| {
        let mut all = vec![NO_PERMIT];
        all.extend(codes::all::<PermitKind>());
        all
    }))
    .null_means(NullMeans::Code(NO_PERMIT)),

    PermitIssued => ask(
        "permit-issued", Step::Permit, Date,
        |c| date(c.current_permit.as_ref().and_then(|p| p.issued)),
        |c, g| if let Some(p) = c.current_permit.as_mut() { p.issued = g.date() },
    )
    .parent(Q::PermitKind, |code| code.parse::<PermitKind>().is_ok())
    .asked_when(|c, _| c.current_permit.is_some()),

    PermitExpires => ask(
        "permit-expires", Step::Permit, Date,
        |c| date(c.current_permit.as_ref().and_then(|p| p.expires)),
        |c, g| if let Some(p) = c.current_permit.as_mut() { p.expires = g.date() },
    )
    .future_allowed()
    .parent(Q::PermitKind, |code| code.parse::<PermitKind>().is_ok())
    .asked_when(|c, _| c.current_permit.is_some()),

    PermitRenewals => ask(
        "permit-renewals", Step::Permit, Number,
        |c| c.current_permit.as_ref().and_then(|p| p.renewal_count).map(Current::Number),
        |c, g| if let Some(p) = c.current_permit.as_mut() { p.renewal_count = g.number() },
    )
    .parent(Q::PermitKind, |code| code.parse().ok() == Some(PermitKind::CstVpf))
    .asked_when(|c, _| c.current_permit.as_ref().is_some_and(|p| p.kind == PermitKind::CstVpf)),

    RenewalFiledOn => ask(
        "renewal-filed-on", Step::Permit, Date,
        |c| date(c.current_permit.as_ref().and_then(|p| p.renewal_filed_on)),
        |c, g| if let Some(p) = c.current_permit.as_mut() { p.renewal_filed_on = g.date() },
    )
    .options(Options::Codes(|| vec![NOT_FILED]))
    .null_means(NullMeans::Code(NOT_FILED))
    .parent(Q::PermitKind, |code| code.parse().is_ok_and(renewable))
    .asked_when(|c, _| c.current_permit.as_ref().is_some_and(|p| renewable(p.kind))),

    // An asylum claim: L431-2 sets a time for applications on other grounds from its registration
    // (the warning `asylum-application-pending` shows it).
    AsylumClaim => ask(
        "asylum-claim", Step::Permit, YesNo,
        |c| present(c.asylum_claim.is_some()),
        |c, g| presence::<AsylumClaim>(&mut c.asylum_claim, &g),
    )
    .worker()
    .optional()
    .null_means(NullMeans::Code("no")),

    AsylumRegisteredOn => ask(
        "asylum-registered-on", Step::Permit, Date,
        |c| date(c.asylum_claim.as_ref().and_then(|a| a.registered_on)),
        |c, g| if let Some(a) = c.asylum_claim.as_mut() { a.registered_on = g.date() },
    )
    .worker()
    .optional()
    .parent(Q::AsylumClaim, yes)
    .asked_when(|c, _| c.asylum_claim.is_some()),

    ForeignerNumber => ask(
        "foreigner-number", Step::Permit, Text,
        |c| text(c.references.as_ref().and_then(|r| r.foreigner_number.as_ref())),
        |c, g| references(c).foreigner_number = g.text(),
    )
    .optional()
    .worker(),

    AnefNumber => ask(
        "anef-number", Step::Permit, Text,
        |c| text(c.references.as_ref().and_then(|r| r.anef_number.as_ref())),
        |c, g| references(c).anef_number = g.text(),
    )
    .optional()
    .worker(),

    PlannedFilingDate => ask(
        "planned-filing-date", Documents, Date,
        |c| date(c.planned_filing_date),
        |c, g| c.planned_filing_date = g.date(),
    )
    .optional()
    .worker()
    .future_allowed(),

    AccompanimentSince => ask(
        "accompaniment-since", Documents, Date,
        |c| date(c.accompaniment.as_ref().and_then(|a| a.since)),
        |c, g| accompaniment(c).since = g.date(),
    )
    .optional()
    .worker(),

    AccompanimentStatement => ask(
        "accompaniment-statement", Documents, Paragraph,
        |c| text(c.accompaniment.as_ref().and_then(|a| a.statement.as_ref())),
        |c, g| accompaniment(c).statement = g.text(),
    )
    .optional()
    .worker(),
}

/// Whether the person has a document of a kind: asked for every kind the checklist lists
/// ([`super::document_kinds`]).
const DOCUMENT_STATUS: QuestionDef = QuestionDef::new(
    "document-status",
    Documents,
    Choice,
    Field::Document {
        asked: |_, _| true,
        read: |d| Some(coded(d.status)),
        write: write_document_status,
    },
)
.options(Options::DocumentStatuses);

/// A fact read off a document she has: asked while its status question says « je l'ai », erased
/// with any other answer.
const WHILE_IN_HAND: Option<(Parent, Keeps)> =
    Some((Parent::SameDocument(Q::DocumentStatus), |code| {
        code.parse().ok() == Some(DocumentStatus::Have)
    }));

/// The date of a document she has, where the pack says how recent it must be.
const DOCUMENT_DATE: QuestionDef = QuestionDef {
    parent: WHILE_IN_HAND,
    ..QuestionDef::new(
        "document-date",
        Documents,
        Date,
        Field::Document {
            asked: |c, kind| {
                RulePack::active().freshness(kind).is_some()
                    && super::document(c, kind).is_some_and(|d| d.status == DocumentStatus::Have)
            },
            read: |d| date(d.date),
            write: |c, kind, g| {
                if let Some(d) = c.documents.iter_mut().find(|d| d.kind == kind) {
                    d.date = g.date();
                }
            },
        },
    )
};

/// True for an identity document she has in hand, which a prefecture names by its number and
/// validity (the letter's P.J. list, issue 12).
pub(super) fn identity_document_held(case: &CaseFile, kind: PieceKind) -> bool {
    matches!(kind, PieceKind::Passport | PieceKind::IdCard)
        && super::document(case, kind).is_some_and(|d| d.status == DocumentStatus::Have)
}

/// The number of an identity document she has: the letter names it by its number.
const DOCUMENT_NUMBER: QuestionDef = QuestionDef {
    parent: WHILE_IN_HAND,
    ..QuestionDef::new(
        "document-number",
        Documents,
        Text,
        Field::Document {
            asked: identity_document_held,
            read: |d| text(d.number.as_ref()),
            write: |c, kind, g| {
                if let Some(d) = c.documents.iter_mut().find(|d| d.kind == kind) {
                    d.number = g.text();
                }
            },
        },
    )
    .optional()
    .sensitive()
};

/// The last day an identity document she has is valid: the letter says « valable jusqu'au ».
const DOCUMENT_EXPIRES: QuestionDef = QuestionDef {
    parent: WHILE_IN_HAND,
    ..QuestionDef::new(
        "document-expires",
        Documents,
        Date,
        Field::Document {
            asked: identity_document_held,
            read: |d| date(d.expires),
            write: |c, kind, g| {
                if let Some(d) = c.documents.iter_mut().find(|d| d.kind == kind) {
                    d.expires = g.date();
                }
            },
        },
    )
    .optional()
    .future_allowed()
};

/// The answer "no residence document" to [`QuestionId::PermitKind`]: `null` in the case file.
const NO_PERMIT: &str = "none";

fn yes(code: &str) -> bool {
    code == "yes"
}

fn final_conviction(code: &str) -> bool {
    code.parse().ok() == Some(CriminalStage::FinalConviction)
}

/// Permit kinds a renewal is filed for: cards and permits, not récépissés.
fn renewable(kind: PermitKind) -> bool {
    !matches!(
        kind,
        PermitKind::RecepisseReflection | PermitKind::RecepisseApplication
    )
}

fn ages(case: &CaseFile, today: NaiveDate) -> Option<(u32, u32)> {
    dates::ages_of(&case.person, today)
}

/// She is, or may be (an approximate birth date), under `years`; false when not known.
fn may_be_under(case: &CaseFile, today: NaiveDate, years: u32) -> bool {
    ages(case, today).is_some_and(|(youngest, _)| youngest < years)
}

fn cooperating(case: &CaseFile) -> bool {
    case.cooperation.complaint.is_some() || case.cooperation.testimony.is_some()
}

/// A final conviction, or a fact that only a final conviction has.
/// L432-1-1's refusal grounds concern a temporary card, which is not issued before 16 (R. 425-5
/// [V]): not asked of a child under 16 on the filing day, as `refusal-risks-unchecked` is not
/// raised then (legal audit, 2026-12-07).
fn temporary_card_possible(case: &CaseFile, today: NaiveDate) -> bool {
    let day = crate::legal::checklist::reference_day(case, today);
    dates::under(dates::ages_of(&case.person, day), 16) != Some(true)
}

fn conviction_recorded(case: &CaseFile, _: NaiveDate) -> bool {
    case.criminal_case.as_ref().is_some_and(|c| {
        c.stage == Some(CriminalStage::FinalConviction)
            || c.final_conviction_date.is_some()
            || c.regular_stay_on_final_conviction.is_some()
    })
}

fn text(s: Option<&String>) -> Option<Current> {
    s.filter(|s| !s.is_empty()).cloned().map(Current::Text)
}

/// An enum's value, as its code.
fn coded<T: Into<&'static str>>(value: T) -> Current {
    Current::code(codes::code(value))
}

fn date(d: Option<NaiveDate>) -> Option<Current> {
    d.map(Current::Date)
}

/// A fact the case file keeps as `true`/`false`/`null`.
fn yes_no(b: Option<bool>) -> Option<Current> {
    b.map(|b| Current::code(if b { "yes" } else { "no" }))
}

/// A fact the case file keeps as an object that exists or not (a complaint): "no" is `null`.
fn present(b: bool) -> Option<Current> {
    b.then(|| Current::code("yes"))
}

/// Sets or clears an object whose presence is the answer ("yes" creates it, anything else
/// removes it; an existing object keeps its details on "yes").
fn presence<T: Default>(slot: &mut Option<T>, given: &Given) {
    if given.yes() == Some(true) {
        slot.get_or_insert_with(T::default);
    } else {
        *slot = None;
    }
}

fn address(case: &mut CaseFile) -> &mut Address {
    case.person.address.get_or_insert_with(Address::default)
}

fn references(case: &mut CaseFile) -> &mut References {
    case.references.get_or_insert_with(References::default)
}

fn refusal_risks(case: &mut CaseFile) -> &mut RefusalRisks {
    case.refusal_risks.get_or_insert_with(RefusalRisks::default)
}

fn accompaniment(case: &mut CaseFile) -> &mut Accompaniment {
    case.accompaniment
        .get_or_insert_with(Accompaniment::default)
}

/// The commune must be one the new postcode serves; a single one is chosen for the worker,
/// several are asked ([`QuestionId::Commune`]).
fn write_postcode(case: &mut CaseFile, given: Given) {
    let code: Option<String> = given
        .text()
        .map(|t| t.chars().filter(|c| !c.is_whitespace()).collect());
    let address = address(case);
    let communes = code.as_deref().map(communes_of).unwrap_or_default();
    let still_served = address
        .commune_insee
        .as_deref()
        .is_some_and(|i| communes.iter().any(|(c, _)| *c == i));
    if !still_served {
        address.commune_insee = None;
        if !communes.is_empty() {
            address.city = None;
        }
    }
    if let [(insee, town)] = communes.as_slice() {
        address.commune_insee = Some(insee.to_string());
        address.city = Some(town.clone());
    }
    address.postcode = code;
}

/// The commune and the town printed for it. The code is one the postcode serves (the question
/// offers no other), so the geo data knows it.
fn write_commune(case: &mut CaseFile, given: Given) {
    let geo = Geo::get();
    let commune = given.code().and_then(|insee| geo.commune(insee));
    let address = address(case);
    address.commune_insee = commune.map(|c| c.insee.to_string());
    address.city = commune.map(|c| town_of(geo, c));
}

fn write_stage(case: &mut CaseFile, given: Given) {
    let stage = given.parsed();
    let c = case.criminal_case.get_or_insert(CriminalCase {
        stage: None,
        final_conviction_date: None,
        regular_stay_on_final_conviction: None,
    });
    c.stage = stage;
    if stage != Some(CriminalStage::FinalConviction) {
        // The conviction date alone makes the rules read a final conviction: it goes with the
        // stage (erase_stale_children clears the marks).
        c.final_conviction_date = None;
        c.regular_stay_on_final_conviction = None;
    }
    if c.stage.is_none() {
        case.criminal_case = None;
    }
}

fn write_permit_kind(case: &mut CaseFile, given: Given) {
    match given.parsed() {
        Some(kind) => match case.current_permit.as_mut() {
            Some(p) => {
                p.kind = kind;
                if kind != PermitKind::CstVpf {
                    p.renewal_count = None;
                }
                if !renewable(kind) {
                    p.renewal_filed_on = None;
                }
            }
            None => {
                case.current_permit = Some(Permit {
                    kind,
                    issued: None,
                    expires: None,
                    renewal_count: None,
                    renewal_filed_on: None,
                })
            }
        },
        None => case.current_permit = None,
    }
}

fn write_document_status(case: &mut CaseFile, kind: PieceKind, given: Given) {
    match given.parsed() {
        Some(status) => match case.documents.iter_mut().find(|d| d.kind == kind) {
            Some(d) => d.status = status,
            None => case.documents.push(Document {
                kind,
                status,
                date: None,
                number: None,
                expires: None,
            }),
        },
        None => case.documents.retain(|d| d.kind != kind),
    }
}
