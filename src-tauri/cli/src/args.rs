//! Command-line arguments. Hand-parsed: a dozen flags do not need a parser crate.

use std::path::PathBuf;

use chrono::NaiveDate;

pub const USAGE: &str = "\
usage: passerelle-cli [--store DIR] [--today YYYY-MM-DD] [--lang L] [--out FILE] COMMAND [ARGS]

  assess CASE.json                     eligibility assessment (JSON)
  deadlines CASE.json                  the case's deadlines (JSON)
  checklist CASE.json [--lang L] [--route ID]
                                       the document checklist as JSON (labels in L, default fr)
  checklist CASE.json [--lang L] [--route ID] --out F.pdf
                                       the checklist as PDF, French beside language L (default:
                                       the person's first language, else English)
  letter CASE.json [--route ID] [--association ASSOC.json] [--addressee madame|monsieur] --out F.pdf
                                       the cover letter to the prefecture (PDF)
  support-letter CASE.json --association ASSOC.json [--route ID] [--addressee madame|monsieur] --out F.pdf
                                       the association's support letter (PDF)
  consent CASE.json [--lang L] [--association ASSOC.json] --out F.pdf
                                       the consent record (PDF): the notice in French beside
                                       the language it was given in (else as the checklist),
                                       her recorded choices, two signature spaces
  prefecture QUERY                     the competent office for a postcode or commune name
  --store DIR init                     create an encrypted store; prints the recovery key once
  --store DIR import CASE.json         add a case to the store; prints its id
  --store DIR list                     list the cases
  --store DIR export ID [--out FILE]   the case file of a stored case (unencrypted)
  --store DIR backup --out FILE [--recovery-key]
                                       encrypted backup of the whole store, read back and
                                       checked; stdin: store passphrase, then backup passphrase
                                       (or the recovery key)
  --store DIR restore FILE [--recovery-key]
                                       restore a backup into a new store DIR; stdin: backup
                                       passphrase (or recovery key), then the new passphrase
  --store DIR handover export ID --out FILE
                                       one case as an encrypted bundle; stdin: store
                                       passphrase, then the bundle passphrase agreed out of band
  --store DIR handover import FILE     add the case of a bundle; stdin: store passphrase, then
                                       the bundle passphrase
  --store DIR delete ID                erase a case (nothing left in the files)
  --store DIR audit                    the audit log as JSON, with its chain status

Passphrases are read from standard input (one per line), never from the command line.";

/// Parsed arguments.
#[derive(Debug, Default)]
pub struct Args {
    /// `--store DIR`.
    pub store: Option<PathBuf>,
    /// `--today D`: the date every computation uses.
    pub today: Option<NaiveDate>,
    /// `--lang L`.
    pub lang: Option<String>,
    /// `--out FILE`.
    pub out: Option<PathBuf>,
    /// `--route ID`: the route whose checklist or letter to give (default: the best-fitting one).
    pub route: Option<String>,
    /// `--association FILE`: the association profile (JSON) for the letters.
    pub association: Option<PathBuf>,
    /// `--addressee madame|monsieur`: how the head of the competent office is addressed.
    pub addressee: Option<String>,
    /// `--recovery-key`: a backup is sealed with, or opened by, the recovery key.
    pub recovery_key: bool,
    /// The command.
    pub verb: String,
    /// Positional arguments after the command.
    pub rest: Vec<String>,
}

impl Args {
    pub fn parse(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
        let mut a = Args::default();
        while let Some(arg) = it.next() {
            let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
            match arg.as_str() {
                "--store" => a.store = Some(PathBuf::from(value("--store")?)),
                "--today" => {
                    let v = value("--today")?;
                    a.today = Some(
                        NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                            .map_err(|_| "--today expects YYYY-MM-DD".to_string())?,
                    );
                }
                "--lang" => a.lang = Some(value("--lang")?),
                "--out" => a.out = Some(PathBuf::from(value("--out")?)),
                "--route" => a.route = Some(value("--route")?),
                "--association" => a.association = Some(PathBuf::from(value("--association")?)),
                "--addressee" => a.addressee = Some(value("--addressee")?),
                "--recovery-key" => a.recovery_key = true,
                "--passphrase" | "--password" => {
                    return Err(
                        "passphrases are read from standard input, never from the command line"
                            .into(),
                    )
                }
                _ if a.verb.is_empty() => a.verb = arg,
                _ => a.rest.push(arg),
            }
        }
        if a.verb.is_empty() {
            return Err("missing command".into());
        }
        Ok(a)
    }

    /// The first positional argument, or a usage error naming it.
    pub fn positional(&self, what: &'static str) -> Result<&str, passerelle_core::Error> {
        self.rest
            .first()
            .map(String::as_str)
            .ok_or(passerelle_core::Error::Required { field: what })
    }

    /// The date computations use: `--today`, or the machine's date.
    pub fn today(&self) -> NaiveDate {
        use passerelle_core::Clock;
        self.today
            .unwrap_or_else(|| passerelle_core::SystemClock.today())
    }
}
