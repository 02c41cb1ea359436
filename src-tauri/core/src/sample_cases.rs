//! Invented cases, as many as asked, for benchmarks and tests of the list, the search and the
//! dashboard at scale: deterministic, with names built from syllables (no real person), and the
//! dates a real caseload has, spread over the years around a given day (reflection periods,
//! complaints, cards and their renewal windows, supporting documents going stale, minors turning
//! 18, appointments).

use chrono::{NaiveDate, TimeDelta};

use crate::model::case::{
    Accompaniment, Application, ApplicationDecision, Appointment, AppointmentKind, CaseFile,
    CriminalCase, CriminalStage, DecisionOutcome, Document, DocumentStatus, Exploitation, Permit,
    PermitKind, PieceKind, ProcedureStep, References, ReflectionPeriod, RouteId,
};

const FAMILY: &[&str] = &[
    "Zor", "Vel", "Tam", "Kor", "Lun", "Mab", "Ner", "Pol", "Sav", "Tre", "Ulo", "Dag", "Fen",
    "Gri", "Hal", "Jov", "Kel", "Mir", "Nav", "Ost",
];
const ENDING: &[&str] = &["enko", "ova", "escu", "ani", "oye", "ic", "ade", "ulu"];
const GIVEN: &[&str] = &[
    "Alina", "Bisa", "Ceyla", "Dorina", "Efua", "Femi", "Galia", "Hoa", "Ilona", "Jorna", "Kesi",
    "Lenka", "Mavi", "Nalia", "Oana",
];

/// A deterministic stream of numbers (a linear congruential generator): the same cases every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next(100) < percent
    }

    /// A day within `days` days either side of `around`.
    fn day(&mut self, around: NaiveDate, days: i64) -> NaiveDate {
        around + TimeDelta::days(self.next((2 * days + 1) as u64) as i64 - days)
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[self.next(from.len() as u64) as usize]
    }
}

/// The `i`-th invented case, its dates around `today`. Names are distinct for distinct `i`
/// below 160 million (a number is part of the family name).
pub fn case(i: usize, today: NaiveDate) -> CaseFile {
    let mut dice = Dice(i as u64 ^ 0x5eed);
    let family = format!(
        "{}{}{}",
        dice.pick(FAMILY),
        dice.pick(ENDING),
        to_letters(i)
    );
    let mut case = CaseFile::new(Some(family), Some(dice.pick(GIVEN).to_string()));
    case.person.nationality = Some(
        dice.pick(&["NG", "UA", "AL", "RO", "VN", "CN", "BR"])
            .into(),
    );
    case.person.birth_date = Some(if dice.chance(5) {
        dice.day(today - TimeDelta::days(17 * 365), 400) // a minor near 18
    } else {
        dice.day(today - TimeDelta::days(30 * 365), 3650)
    });
    if dice.chance(30) {
        case.person.phone = Some(format!(
            "06 {:02} {:02} {:02} {:02}",
            dice.next(100),
            dice.next(100),
            dice.next(100),
            dice.next(100)
        ));
    }
    if dice.chance(40) {
        case.reflection_period = Some(ReflectionPeriod {
            recepisse_issued: Some(dice.day(today, 400)),
        });
    }
    if dice.chance(70) {
        case.cooperation.complaint = Some(ProcedureStep {
            date: Some(dice.day(today, 700)),
            service: None,
            reference: Some(format!("PV {}/{:05}", 2024 + dice.next(3), i % 100_000)),
        });
    }
    if dice.chance(60) {
        let kind = dice.pick(&[
            PermitKind::RecepisseApplication,
            PermitKind::CstVpf,
            PermitKind::CstVpf,
            PermitKind::Aps,
        ]);
        case.current_permit = Some(Permit {
            kind,
            issued: None,
            expires: Some(dice.day(today, 500)),
            renewal_count: Some(dice.next(3) as u32),
            renewal_filed_on: dice.chance(20).then(|| dice.day(today, 60)),
        });
        case.references = Some(References {
            foreigner_number: Some(format!("{:010}", 7_500_000_000 + i as u64)),
            anef_number: None,
            parquet: None,
        });
    }
    for kind in [PieceKind::ProofOfAddress, PieceKind::BirthCertificate] {
        if dice.chance(60) {
            case.documents.push(Document {
                kind,
                status: DocumentStatus::Have,
                date: Some(dice.day(today, 200)),
                number: None,
                expires: None,
            });
        }
    }
    for n in 0..dice.next(3) {
        case.appointments.push(Appointment {
            id: format!("a{n}"),
            kind: dice.pick(&[AppointmentKind::Prefecture, AppointmentKind::Lawyer]),
            date: dice.day(today, 90),
            time: dice
                .chance(50)
                .then(|| format!("{:02}:30", 9 + dice.next(8))),
            place: None,
            note: None,
        });
    }
    if dice.chance(10) {
        case.closed_on = Some(dice.day(today - TimeDelta::days(200), 180));
    }
    case
}

/// Nationalities met rarely, one or two persons each in a few hundred: the activity report counts
/// them in their region of the world.
const RARE: &[&str] = &[
    "CM", "CI", "GN", "ML", "SN", "ER", "ET", "SO", "MA", "TN", "EG", "PK", "BD", "AF", "LK", "PH",
    "TH", "CO", "PE", "HT", "MD", "GE", "RS", "BG", "PL", "SY", "IQ", "PG",
];

/// The `i`-th invented case with what the association's activity report counts as well: sex,
/// the start of the accompaniment (within two years before `today`), sometimes its end, the form
/// of exploitation, a testimony, the stage of the proceedings, applications and decisions, and a
/// few rare nationalities.
pub fn report_case(i: usize, today: NaiveDate) -> CaseFile {
    let mut case = case(i, today);
    let mut dice = Dice(i as u64 ^ 0xa11ce);
    case.person.sex = Some(dice.pick(&["F", "F", "F", "F", "M", "M", "X"]).to_string())
        .filter(|_| !dice.chance(4));
    if dice.chance(8) {
        case.person.nationality = Some(dice.pick(RARE).to_string());
    } else if dice.chance(2) {
        case.person.nationality = None;
    }
    let since = today - TimeDelta::days(dice.next(730) as i64);
    case.accompaniment = Some(Accompaniment {
        since: Some(since),
        statement: None,
    });
    case.closed_on = (dice.chance(15))
        .then(|| since + TimeDelta::days(30 + dice.next(400) as i64))
        .filter(|d| *d < today);
    case.exploitation = (!dice.chance(10)).then(|| {
        dice.pick(&[
            Exploitation::Sexual,
            Exploitation::Sexual,
            Exploitation::Sexual,
            Exploitation::ForcedLabour,
            Exploitation::Servitude,
            Exploitation::ForcedBeggingOrCrime,
            Exploitation::Other,
        ])
    });
    if case.cooperation.complaint.is_none() && dice.chance(30) {
        case.cooperation.testimony = Some(ProcedureStep {
            date: Some(since),
            service: None,
            reference: None,
        });
    }
    if case.cooperation.complaint.is_some() {
        case.criminal_case = Some(CriminalCase {
            stage: (!dice.chance(10)).then(|| {
                dice.pick(&[
                    CriminalStage::Investigation,
                    CriminalStage::Investigation,
                    CriminalStage::Trial,
                    CriminalStage::Appeal,
                    CriminalStage::FinalConviction,
                    CriminalStage::Dismissed,
                    CriminalStage::Acquittal,
                ])
            }),
            final_conviction_date: None,
            regular_stay_on_final_conviction: None,
        });
    }
    let mut filed = since + TimeDelta::days(10 + dice.next(60) as i64);
    for _ in 0..dice.next(3) {
        let route = dice.pick(&[
            RouteId::ReflectionPeriod,
            RouteId::CstL4251,
            RouteId::CstL4251,
            RouteId::CstL4251Renewal,
            RouteId::CarteResidentL4253,
            RouteId::ApsL4254,
        ]);
        let decided = filed + TimeDelta::days(20 + dice.next(150) as i64);
        case.applications.push(Application {
            route,
            filed_on: (!dice.chance(5)).then_some(filed).filter(|d| *d <= today),
            decision: (decided <= today && dice.chance(80)).then(|| ApplicationDecision {
                outcome: if dice.chance(85) {
                    DecisionOutcome::Granted
                } else {
                    DecisionOutcome::Refused
                },
                date: Some(decided),
                appeal: None,
            }),
            anef_number: None,
        });
        filed = decided + TimeDelta::days(30 + dice.next(200) as i64);
    }
    case
}

/// `n` in letters (`a`, `b`, … `ba`…): names hold no digits.
fn to_letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}
