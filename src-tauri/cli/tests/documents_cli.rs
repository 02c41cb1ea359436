//! `passerelle-cli letter|support-letter|checklist --out F.pdf`: the built binary writes the PDF
//! to `--out` and nothing else, and poppler's `pdftotext` reads the expected French back
//! (poppler-utils is installed by scripts/setup.sh).

use std::path::Path;
use std::process::{Command, Output};

use crate::support;

fn fixture(name: &str) -> String {
    format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn cli(args: &[&str]) -> Output {
    support::french(args)
}

fn scratch(name: &str) -> support::Scratch {
    support::scratch("documents", name)
}

/// Runs the CLI with `--out DIR/out.pdf`, checks it succeeded and wrote only that file, and
/// returns the PDF's text as `pdftotext` reads it, whitespace collapsed.
fn pdf_text(dir: &Path, args: &[&str]) -> String {
    let file = dir.join("out.pdf");
    let _ = std::fs::remove_file(&file);
    let mut all: Vec<&str> = args.to_vec();
    let path = file.to_str().unwrap().to_string();
    all.extend(["--out", &path, "--today", "2026-11-26"]);
    let out = cli(&all);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "nothing on standard output");
    let entries: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(entries, ["out.pdf"], "only the --out file is written");
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils, scripts/setup.sh)");
    assert!(text.status.success());
    String::from_utf8_lossy(&text.stdout)
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn letter_writes_the_cover_letter_to_the_competent_prefecture() {
    let dir = scratch("letter");
    let case = fixture("documents/first-card-bobigny.json");
    let text = pdf_text(&dir, &["letter", &case]);
    for needle in [
        "Monsieur le Préfet de la Seine-Saint-Denis",
        "93000 BOBIGNY",
        "Nationalité : nigériane",
        "Bobigny, le 26 novembre 2026",
        "L. 425-1",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    assert!(
        !text.contains("Exemple Solidarité"),
        "no association unless given"
    );
    let assoc = fixture("association.json");
    let text = pdf_text(
        &dir,
        &[
            "letter",
            &case,
            "--association",
            &assoc,
            "--addressee",
            "madame",
        ],
    );
    for needle in [
        "Madame la Préfète de la Seine-Saint-Denis",
        "« Exemple Solidarité »",
        "Lettre de soutien",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    // Her letter names the association's letter: the CLI says to print it too (standard error).
    let out_dir = scratch("letter-note");
    let out = out_dir.join("courrier.pdf");
    let said = |extra: &[&str]| {
        let mut args = vec!["letter", &case, "--out", out.to_str().unwrap()];
        args.extend(extra);
        let run = cli(&args);
        support::assert_success(&run);
        String::from_utf8_lossy(&run.stderr).into_owned()
    };
    assert!(said(&["--association", &assoc]).contains("lettre de soutien de l’association"));
    assert!(!said(&[]).contains("lettre de soutien"));
    // « Monsieur le Préfet » by default is said to be checked (letters audit, 2026-12-06);
    // chosen, it is not.
    assert!(said(&[]).contains("--addressee madame"));
    assert!(!said(&["--addressee", "monsieur"]).contains("--addressee madame"));
}

#[test]
fn a_letter_to_a_sub_prefecture_goes_to_the_sub_prefect_only_when_told_they_sign() {
    let dir = scratch("sub-prefect");
    // The Bobigny fixture, living in Saint-Denis: its file goes to the sub-prefecture.
    let mut case: serde_json::Value = serde_json::from_slice(
        &std::fs::read(fixture("documents/first-card-bobigny.json")).unwrap(),
    )
    .unwrap();
    case["person"]["address"] = serde_json::json!({
        "line1": "12 rue Y", "postcode": "93200", "communeInsee": "93066", "city": "Saint-Denis"
    });
    // Beside, not in, the directory whose only file must be the PDF.
    let case_dir = scratch("sub-prefect-case");
    let path = case_dir.join("saint-denis.json");
    std::fs::write(&path, serde_json::to_vec(&case).unwrap()).unwrap();
    let case = path.to_str().unwrap();
    let text = pdf_text(&dir, &["letter", case]);
    assert!(
        text.contains("Monsieur le Préfet de la Seine-Saint-Denis"),
        "{text}"
    );
    assert!(text.contains("Sous-préfecture de Saint-Denis"), "{text}");
    assert!(!text.contains("Sous-Préfet"), "{text}");
    // Her title goes to the prefect unless the sub-prefect is said to sign.
    let text = pdf_text(&dir, &["letter", case, "--addressee", "madame"]);
    assert!(
        text.contains("Madame la Préfète de la Seine-Saint-Denis"),
        "{text}"
    );
    let text = pdf_text(&dir, &["letter", case, "--sub-prefect-signs"]);
    assert!(
        text.contains("Monsieur le Sous-Préfet de Saint-Denis"),
        "{text}"
    );
    assert!(!text.contains("Préfet de la Seine-Saint-Denis"), "{text}");
}

#[test]
fn support_letter_needs_the_association_and_is_signed_by_its_worker() {
    let dir = scratch("support");
    let case = fixture("documents/renewal-paris-16.json");
    let out = cli(&[
        "support-letter",
        &case,
        "--out",
        dir.join("x.pdf").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--association")
            && !stderr.contains("Réglages")
            && stderr.contains("input.required)"),
        "{stderr}"
    );
    assert!(!dir.join("x.pdf").exists());
    let text = pdf_text(
        &dir,
        &[
            "support-letter",
            &case,
            "--association",
            &fixture("association.json"),
        ],
    );
    for needle in [
        "Monsieur le Préfet de police",
        "Je soussignée Camille Fictive",
        "M. Arben PROVAJ",
        "Cachet de l’association",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
}

#[test]
fn checklist_with_a_pdf_out_prints_french_beside_the_chosen_language() {
    let dir = scratch("checklist");
    let case = fixture("documents/renewal-paris-16.json");
    let text = pdf_text(&dir, &["checklist", &case]);
    assert!(text.contains("Documents pour votre demande"), "{text}");
    assert!(
        text.contains("Dokumentet për kërkesën tuaj"),
        "Albanian, the person's first language: {text}"
    );
    let text = pdf_text(&dir, &["checklist", &case, "--lang", "uk"]);
    assert!(
        text.contains("Renouvellement de la carte de séjour"),
        "{text}"
    );
    assert!(
        text.contains("Документи для вашої заяви"),
        "Ukrainian column: {text}"
    );
    assert!(!text.contains("PROVAJ") && !text.contains("Provaj"));
    // She reads French: French alone, with no column in another language beside it.
    let text = pdf_text(&dir, &["checklist", &case, "--lang", "fr"]);
    assert!(text.contains("Une case par document."), "{text}");
    assert_eq!(text.matches("Une case par document.").count(), 1, "{text}");
    assert!(
        !text.contains("Dokumentet") && !text.contains("Documents for"),
        "{text}"
    );
}

/// Her second column is the first of her languages with a translation; when none has one, the
/// CLI says English stands in (never silently) and `--lang` says nothing more (audit, 2026-12-04).
#[test]
fn a_checklist_in_english_for_want_of_her_language_says_so() {
    let dir = scratch("checklist-english");
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("documents/renewal-paris-16.json")).unwrap())
            .unwrap();
    let case_dir = scratch("checklist-english-case");
    let path = case_dir.join("case.json");
    let out = dir.join("out.pdf");
    let run = |case: &serde_json::Value, extra: &[&str]| {
        std::fs::write(&path, serde_json::to_vec(case).unwrap()).unwrap();
        let mut args = vec![
            "checklist",
            path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend(extra);
        let run = cli(&args);
        support::assert_success(&run);
        String::from_utf8_lossy(&run.stderr).into_owned()
    };
    case["person"]["languages"] = serde_json::json!(["ps", "fa"]);
    assert!(run(&case, &[]).contains("deuxième colonne est en anglais"));
    assert!(!run(&case, &["--lang", "es"]).contains("anglais"));
    case["person"]["languages"] = serde_json::json!(["ti", "ar"]);
    assert!(!run(&case, &[]).contains("anglais"));
    let text = pdf_text(&dir, &["checklist", path.to_str().unwrap()]);
    assert!(text.contains("Documents pour votre demande"), "{text}");
}

#[test]
fn documents_refused_for_noumea_write_nothing() {
    let dir = scratch("noumea");
    let file = dir.join("out.pdf");
    for verb in ["letter", "checklist"] {
        let out = cli(&[
            verb,
            &fixture("documents/reflection-noumea.json"),
            "--out",
            file.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{verb}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("Nouvelle-Calédonie")
                && stderr.contains("documents.ceseda-not-applicable)"),
            "{verb}: {stderr}"
        );
        assert!(!file.exists(), "{verb}: nothing written");
    }
}

#[test]
fn a_bad_addressee_or_association_file_is_refused_by_name() {
    let dir = scratch("bad");
    let file = dir.join("out.pdf");
    let case = fixture("documents/first-card-bobigny.json");
    let out = cli(&[
        "letter",
        &case,
        "--addressee",
        "docteur",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--addressee (madame ou monsieur)")
            && String::from_utf8_lossy(&out.stderr).contains("madame, monsieur"),
        "the option and what it takes, in French"
    );
    let assoc = dir.join("assoc.json");
    // The letter with `content` as the association file; what it says on standard error.
    let letter_with = |content: &[u8]| {
        std::fs::write(&assoc, content).unwrap();
        let out = cli(&[
            "letter",
            &case,
            "--association",
            assoc.to_str().unwrap(),
            "--out",
            file.to_str().unwrap(),
        ]);
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let stderr = letter_with(
        br#"{"name":"X","address":{"city":"Y"},"workerRole":"Z","workerTitle":"madame"}"#,
    );
    assert!(
        stderr.contains("nom de l’intervenant ou de l’intervenante")
            && !stderr.contains("workerName"),
        "the field by its label, never its JSON name: {stderr}"
    );
    assert!(
        stderr.contains("dans le fichier «\u{a0}") && stderr.contains("assoc.json"),
        "which of the two JSON files: {stderr}"
    );
    // Missing: the error names it, once (review, 2026-12-07: « dans le fichier « x » : »
    // before « Impossible d'accéder au fichier « x » »).
    let missing = dir.join("no-such-assoc.json");
    let out = cli(&[
        "letter",
        &case,
        "--association",
        missing.to_str().unwrap(),
        "--out",
        file.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("no-such-assoc.json").count(),
        1,
        "named once: {stderr}"
    );
    // Not JSON at all: the file is named too, not only the line and column.
    let stderr = letter_with(b"{bad");
    assert!(
        stderr.contains("assoc.json") && stderr.contains("ligne 1"),
        "{stderr}"
    );
    // A broken case beside a good association file: the case file is the one named.
    let broken_case = dir.join("broken-case.json");
    std::fs::write(&broken_case, b"{bad").unwrap();
    std::fs::write(&assoc, std::fs::read(fixture("association.json")).unwrap()).unwrap();
    let out = cli(&[
        "letter",
        broken_case.to_str().unwrap(),
        "--association",
        assoc.to_str().unwrap(),
        "--out",
        file.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken-case.json")
            && !stderr.contains("assoc.json")
            && stderr.contains("ligne 1"),
        "{stderr}"
    );
    assert!(!file.exists());
}

#[test]
fn consent_writes_the_notice_beside_the_persons_language_with_the_association() {
    let dir = scratch("consent");
    // case-full.json records the notice as given in English, with two « yes » and one « no ».
    let text = pdf_text(
        &dir,
        &[
            "consent",
            &fixture("case-full.json"),
            "--association",
            &fixture("association.json"),
        ],
    );
    for needle in [
        "Vos informations et votre accord",
        "Your information and your agreement",
        "Exemple Solidarité vous accompagne",
        "Document remis le 26 novembre 2026",
        "Oui, le 2 octobre 2026",
        "No, on 2 October 2026",
        "Signature de la personne",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    // Her record is in the language she was given the notice in: another one is refused.
    let other = dir.join("other.pdf");
    let out = cli(&[
        "consent",
        &fixture("case-full.json"),
        "--lang",
        "uk",
        "--out",
        other.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("donnez --lang en"), "{said}");
    assert!(!other.exists());
}

#[test]
fn rules_review_sheet_lists_every_rule_with_the_pack_version_and_a_signature_block() {
    let dir = scratch("review-sheet");
    let text = pdf_text(&dir, &["rules", "review-sheet"]);
    let pack = passerelle_core::legal::RulePack::embedded();
    for needle in [
        "Fiche de relecture des règles juridiques".to_string(),
        format!("version {}", pack.version),
        "droit à jour au 1er octobre 2025".to_string(),
        "Non relu par un ou une juriste".to_string(),
        "Nom, qualité et signature du ou de la juriste".to_string(),
    ] {
        assert!(text.contains(&needle), "{needle:?} in {text}");
    }
    // One confidence tag per rule: each rule line ends with its tag.
    let tags = [
        "· [V] vérifié",
        "· [S] source secondaire",
        "· [I] inférence",
    ]
    .iter()
    .map(|t| text.matches(t).count())
    .sum::<usize>();
    assert_eq!(tags, pack.rules().len(), "one line per rule of the pack");
    // With a store named, it says the sheet is of the rules built in, not the store's (review,
    // 2026-12-07: a store's imported rules were not those printed).
    let store = scratch("review-sheet-store");
    let out = dir.join("fiche.pdf");
    let run = cli(&[
        "--store",
        store.to_str().unwrap(),
        "rules",
        "review-sheet",
        "--out",
        out.to_str().unwrap(),
    ]);
    let said = String::from_utf8_lossy(&run.stderr).replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        run.status.success()
            && said.contains("les règles intégrées à cette version de Passerelle")
            && said.contains(&pack.version),
        "{said}"
    );
}

/// The review sheet is a PDF, in French: a file named for something else, or a language the CLI
/// does not know, is refused before anything is written.
#[test]
fn rules_review_sheet_refuses_a_name_that_is_not_a_pdf_and_an_unknown_language() {
    let dir = scratch("review-sheet-refused");
    let txt = dir.join("sheet.txt");
    let out = cli(&["rules", "review-sheet", "--out", txt.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains(".pdf"));
    assert!(!txt.exists());
    let pdf = dir.join("sheet.pdf");
    let out = cli(&[
        "--lang",
        "de",
        "rules",
        "review-sheet",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("fr, en"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!pdf.exists());
}

/// Without `--lang`, her checklist's second column is the language she reads in the interview,
/// as the app's is (review, 2026-12-05: the CLI took her first spoken language); with no language
/// recorded at all, English, and standard error says so.
#[test]
fn the_checklist_speaks_the_interviews_language_and_says_when_none_is_recorded() {
    let dir = scratch("interview-language");
    // Beside, not in, the directory whose only file must be the PDF.
    let case_dir = scratch("interview-language-case");
    let mut case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("case-spec-example.json")).unwrap())
            .unwrap();
    case["person"]["languages"] = serde_json::json!([]);
    let path = case_dir.join("case.json");
    std::fs::write(&path, case.to_string()).unwrap();
    let out = dir.join("out.pdf");
    let run = cli(&[
        "checklist",
        path.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let said = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(
        run.status.success() && said.contains("aucune langue de la personne n’est enregistrée"),
        "{said}"
    );
    case["interview"] = serde_json::json!({ "personLanguage": "uk", "sideBySide": true });
    std::fs::write(&path, case.to_string()).unwrap();
    let text = pdf_text(&dir, &["checklist", path.to_str().unwrap()]);
    assert!(text.contains("документ"), "{text}");
    // An interview language with no translation (an imported case): her spoken languages decide,
    // never a silent English (code review, 2026-12-05).
    case["interview"]["personLanguage"] = serde_json::json!("ti");
    case["person"]["languages"] = serde_json::json!(["ti", "uk"]);
    std::fs::write(&path, case.to_string()).unwrap();
    let text = pdf_text(&dir, &["checklist", path.to_str().unwrap()]);
    assert!(text.contains("документ"), "{text}");
}

/// What `letter` says on standard error for `case` on `today`, written in scratch folders named
/// after `name`; the run must succeed. Spaces that do not break read as spaces.
fn letter_stderr(name: &str, case: &serde_json::Value, today: &str) -> String {
    let dir = scratch(name);
    let case_dir = scratch(&format!("{name}-case"));
    let path = case_dir.join("case.json");
    let out = dir.join("out.pdf");
    std::fs::write(&path, serde_json::to_vec(case).unwrap()).unwrap();
    let run = cli(&[
        "letter",
        path.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--today",
        today,
    ]);
    support::assert_success(&run);
    String::from_utf8_lossy(&run.stderr).replace(['\u{a0}', '\u{202f}'], " ")
}

/// A letter for a route that lacks a fact says so on standard error, naming the facts by their
/// labels; a complete one says nothing of the kind (review, 2026-12-05: printed without a word).
#[test]
fn a_letter_for_an_incomplete_route_names_what_it_lacks() {
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("case-spec-example.json")).unwrap()).unwrap();
    let run = |case: &serde_json::Value| letter_stderr("letter-incomplete", case, "2026-11-26");
    assert!(!run(&case).contains("incomplète"));
    case["tiesWithPerpetratorsBroken"] = serde_json::Value::Null;
    let said = run(&case);
    assert!(
        said.contains("démarche incomplète : ")
            && said.contains("il manque ou reste à préciser : rupture des liens avec les auteurs."),
        "{said}"
    );
    // Letters review, 2026-12-06: what qualifies the route's outcome (here the proceedings ended
    // without a conviction) was not said, where `assess` raised it; the letter itself is
    // unchanged, and says nothing of it.
    case["tiesWithPerpetratorsBroken"] = true.into();
    assert!(!run(&case).contains("avant l’envoi, à vérifier"));
    case["criminalCase"]["stage"] = "dismissed".into();
    case["criminalCase"]["finalConvictionDate"] = serde_json::Value::Null;
    let said = run(&case);
    assert!(
        said.contains("avant l’envoi, à vérifier : Acquittement, non-lieu ou classement"),
        "{said}"
    );
}

/// Letters review, 2026-12-08: a route the worker chose that the assessment finds not eligible
/// was written without a word (ties not broken: the letter quotes « sous réserve qu'il ait rompu
/// tout lien » for a condition her file says she fails). Standard error now names it.
#[test]
fn a_letter_for_a_chosen_route_not_eligible_says_on_what() {
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("case-spec-example.json")).unwrap()).unwrap();
    case["tiesWithPerpetratorsBroken"] = false.into();
    let dir = scratch("letter-not-eligible");
    let case_dir = scratch("letter-not-eligible-case");
    let path = case_dir.join("case.json");
    std::fs::write(&path, serde_json::to_vec(&case).unwrap()).unwrap();
    let run = cli(&[
        "letter",
        path.to_str().unwrap(),
        "--route",
        "cst-l425-1",
        "--out",
        dir.join("out.pdf").to_str().unwrap(),
        "--today",
        "2026-11-26",
    ]);
    support::assert_success(&run);
    let said = String::from_utf8_lossy(&run.stderr).replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        said.contains("démarche non éligible d’après l’évaluation : ")
            && said.contains("condition non remplie : la personne a rompu tout lien"),
        "{said}"
    );
    assert!(!letter_stderr(
        "letter-eligible",
        &serde_json::from_slice::<serde_json::Value>(
            &std::fs::read(fixture("case-spec-example.json")).unwrap()
        )
        .unwrap(),
        "2026-11-26"
    )
    .contains("non éligible"));
}

/// Born on 29 February, 17 or 18 on 28 February, her project declared: the route is incomplete
/// with nothing left to ask, and standard error says so rather than « il manque : . » (review,
/// 2026-12-07).
#[test]
fn a_letter_for_a_route_only_a_jurist_can_settle_says_so() {
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("case-spec-example.json")).unwrap()).unwrap();
    case["person"]["birthDate"] = "2008-02-29".into();
    case["workOrTrainingProject"] = true.into();
    case["cooperation"]["complaint"]["date"] = "2025-09-15".into();
    // Its pieces are dated after that day: a letter refuses a past fact dated to come.
    case["documents"] = serde_json::json!([]);
    let said = letter_stderr("letter-jurist", &case, "2026-02-28");
    assert!(
        said.contains("démarche incomplète : ")
            && said.contains(
                "rien ne reste à demander, son issue est à confirmer par un ou une juriste"
            ),
        "{said}"
    );
    assert!(!said.contains("il manque ou reste à préciser"), "{said}");
}

/// A new request after a refusal: the case's ANEF number may be the refused request's, which
/// records none of its own. The letter leaves it out and standard error says why; once the
/// refused request records its own, the case's is printed and nothing is said.
#[test]
fn a_letter_says_when_it_leaves_the_anef_number_out() {
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("case-spec-example.json")).unwrap()).unwrap();
    case["references"] = serde_json::json!({ "anefNumber": "ANEF-93-2026-000777" });
    case["applications"] = serde_json::json!([{
        "route": "cst-l425-1",
        "filedOn": "2026-03-03",
        "decision": { "outcome": "refused", "date": "2026-06-02" }
    }]);
    let said = letter_stderr("letter-anef-left-out", &case, "2026-11-26");
    assert!(
        said.contains("le numéro ANEF du dossier n’est pas imprimé dans les références"),
        "{said}"
    );
    // Which application it may be, as the case page says it (review, 2026-12-07).
    assert!(
        said.contains("il peut être celui de la demande « Première carte de séjour (L. 425-1) »")
            && said.contains("déposée le 3 mars 2026, dont le numéro n’est pas enregistré"),
        "{said}"
    );
    case["applications"][0]["anefNumber"] = "ANEF-93-2026-000123".into();
    let said = letter_stderr("letter-anef-printed", &case, "2026-11-26");
    assert!(!said.contains("numéro ANEF"), "{said}");
}

/// A consent record asked for in another language than the one her notice was given in says
/// which one and why (review, 2026-12-05: « choisissez parmi : en », with eleven languages in the
/// help), and writes nothing.
#[test]
fn a_consent_record_in_another_language_says_which_the_notice_was_given_in() {
    let dir = scratch("consent-lang");
    let out = dir.join("k.pdf");
    let case = fixture("case-full.json");
    let run = cli(&[
        "consent",
        &case,
        "--lang",
        "ru",
        "--out",
        out.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&run.stderr).replace(['\u{a0}', '\u{202f}'], " ");
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(
        err.contains("donnée à la personne (code de langue en) : donnez --lang en"),
        "{err}"
    );
    assert!(!out.exists());
}

/// A route chosen that does not fit her case's stage (the resident card before any final
/// conviction) is not described on her paper as open to her (PDF review, 2026-12-07: « Déposez
/// la demande avant la fin de votre titre de séjour actuel » during the investigation).
#[test]
fn a_checklist_for_a_route_not_open_to_her_says_the_case_does_not_meet_it() {
    let dir = scratch("checklist-not-applicable");
    let case = fixture("documents/first-card-bobigny.json");
    let text = pdf_text(
        &dir,
        &[
            "checklist",
            &case,
            "--lang",
            "en",
            "--route",
            "carte-resident-l425-3",
        ],
    );
    assert!(
        text.contains("Votre dossier ne remplit pas aujourd’hui toutes les conditions"),
        "{text}"
    );
    assert!(!text.contains("Déposez la demande avant la fin"), "{text}");
}

/// Her address as she signs it: a postcode typed with a space and a town in lower case print as
/// La Poste writes them; a town that names another commune than her postcode, or a postcode
/// that is not five digits, is refused with what to correct, nothing written (PDF review,
/// 2026-12-07: « 75016 BOBIGNY » went to the Préfet de police, « zzz BOBIGNY » was printed).
#[test]
fn a_letter_prints_her_address_as_la_poste_writes_it_or_says_what_to_correct() {
    let base: serde_json::Value = serde_json::from_slice(
        &std::fs::read(fixture("documents/first-card-bobigny.json")).unwrap(),
    )
    .unwrap();
    let with_address = |postcode: &str, insee: Option<&str>, city: &str| {
        let mut case = base.clone();
        case["person"]["address"]["postcode"] = postcode.into();
        case["person"]["address"]["communeInsee"] = insee.into();
        case["person"]["address"]["city"] = city.into();
        let dir = scratch("address-case");
        let path = dir.join(format!("{postcode}-{city}.json").replace(' ', "_"));
        std::fs::write(&path, serde_json::to_vec(&case).unwrap()).unwrap();
        (dir, path)
    };
    let (_keep, typed) = with_address("93 000", Some("93008"), "bobigny");
    let dir = scratch("address-letter");
    let text = pdf_text(&dir, &["letter", typed.to_str().unwrap()]);
    assert!(
        text.contains("93000 BOBIGNY") && text.contains("Bobigny, le 26 novembre 2026"),
        "{text}"
    );
    for (postcode, insee, city, said) in [
        (
            "75016",
            None,
            "Bobigny",
            "« Bobigny », n’est pas celle de son code : Paris (75016)",
        ),
        (
            "zzz",
            Some("93008"),
            "Bobigny",
            "le code postal zzz n’a pas cinq chiffres",
        ),
    ] {
        let (_keep, path) = with_address(postcode, insee, city);
        let out_dir = scratch("address-refused");
        let out = out_dir.join("out.pdf");
        let run = cli(&[
            "letter",
            path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--today",
            "2026-11-26",
        ]);
        let stderr = String::from_utf8_lossy(&run.stderr).replace(['\u{a0}', '\u{202f}'], " ");
        assert!(
            !run.status.success() && stderr.contains(said) && !out.exists(),
            "{postcode} {city}: {stderr}"
        );
    }
}
