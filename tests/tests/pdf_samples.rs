//! Writes the sample documents as PDF files, for people to look at (`docs/samples/`,
//! `scripts/render-samples.sh`). Ignored by default: it writes files, and it checks nothing the
//! other `pdf_*` tests do not.

use std::path::PathBuf;

use passerelle_core::legal::RouteId;
use passerelle_core::pdf::{self, samples};

#[test]
#[ignore = "writes sample PDFs to $PASSERELLE_SAMPLES_DIR; run by scripts/render-samples.sh"]
fn write_sample_documents() {
    let dir = PathBuf::from(
        std::env::var("PASSERELLE_SAMPLES_DIR").expect("PASSERELLE_SAMPLES_DIR is set"),
    );
    std::fs::create_dir_all(&dir).unwrap();
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (
            "letter".into(),
            pdf::render_letter(&samples::letter_view()).unwrap(),
        ),
        (
            "letter-long".into(),
            pdf::render_letter(&samples::long_letter_view()).unwrap(),
        ),
        (
            "support-letter".into(),
            pdf::render_support_letter(&samples::support_letter_view()).unwrap(),
        ),
    ];
    for route in [
        RouteId::CstL4251Renewal,
        RouteId::CarteResidentL4253,
        RouteId::ApsL4254,
    ] {
        files.push((
            format!("letter-{}", route.as_str()),
            pdf::render_letter(&samples::letter_view_for(route)).unwrap(),
        ));
    }
    for lang in passerelle_core::pdf::view::CHECKLIST_LANGUAGES
        .iter()
        .copied()
    {
        files.push((
            format!("checklist-{lang}"),
            pdf::render_checklist(&samples::checklist_view(lang)).unwrap(),
        ));
        files.push((
            format!("consent-{lang}"),
            pdf::render_consent(&samples::consent_view(lang)).unwrap(),
        ));
    }
    for (name, bytes) in files {
        std::fs::write(dir.join(format!("{name}.pdf")), bytes).unwrap();
    }
}

#[test]
#[ignore = "writes the fixtures' documents to $PASSERELLE_SAMPLES_DIR; run by scripts/render-samples.sh"]
fn write_documents_of_the_case_fixtures() {
    use passerelle_core::codes::{code, VariantArray};
    use passerelle_core::documents::{self, DocumentContext};
    use passerelle_core::model::case::CaseDocument;
    use passerelle_core::model::printed::PrintedDocument;

    let dir = PathBuf::from(
        std::env::var("PASSERELLE_SAMPLES_DIR").expect("PASSERELLE_SAMPLES_DIR is set"),
    );
    std::fs::create_dir_all(&dir).unwrap();
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut ctx = DocumentContext::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
    ctx.association = Some(
        documents::parse_association(&std::fs::read(fixtures.join("association.json")).unwrap())
            .unwrap(),
    );
    for name in [
        "first-card-bobigny",
        "renewal-paris-16",
        "resident-card-saint-martin",
        "aps-lyon",
    ] {
        let text = std::fs::read(fixtures.join(format!("documents/{name}.json"))).unwrap();
        let (_, case) = CaseDocument::parse(&text).unwrap();
        for &kind in PrintedDocument::VARIANTS {
            let doc = documents::render(kind, &case, &ctx).unwrap();
            std::fs::write(dir.join(format!("{name}-{}.pdf", code(kind))), doc.bytes).unwrap();
        }
        // The checklist beside two more alphabets' worth of languages, for docs/samples/.
        if name == "first-card-bobigny" {
            for lang in ["es", "uk"] {
                let mut ctx = ctx.clone();
                ctx.checklist_lang = Some(lang.into());
                let doc = documents::render(PrintedDocument::Checklist, &case, &ctx).unwrap();
                std::fs::write(dir.join(format!("{name}-checklist-{lang}.pdf")), doc.bytes)
                    .unwrap();
            }
        }
    }
}

#[test]
#[ignore = "writes the activity report of 400 invented cases to $PASSERELLE_SAMPLES_DIR; run by scripts/render-samples.sh"]
fn write_activity_report_sample() {
    use passerelle_core::report::{self, Period, ReportCase};
    use passerelle_core::sample_cases;

    let dir = PathBuf::from(
        std::env::var("PASSERELLE_SAMPLES_DIR").expect("PASSERELLE_SAMPLES_DIR is set"),
    );
    std::fs::create_dir_all(&dir).unwrap();
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let today = day(2026, 12, 15);
    let cases: Vec<_> = (0..400)
        .map(|i| sample_cases::report_case(i, today))
        .collect();
    let facts = report::compute(
        cases.iter().map(|case| ReportCase {
            case,
            opened: today,
        }),
        Period::new(day(2026, 1, 1), day(2026, 12, 31)).unwrap(),
    );
    let view = pdf::ActivityReportView::build(&facts, Some("Exemple Solidarité"), today);
    std::fs::write(
        dir.join("activity-report.pdf"),
        pdf::render_activity_report(&view).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.join("activity-report.csv"), report::csv::render(&view)).unwrap();
}
