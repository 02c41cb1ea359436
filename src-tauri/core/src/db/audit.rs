//! The audit log: who did what, and when, inside the vault.
//!
//! Append-only twice over: triggers refuse any UPDATE or DELETE of `audit_log` and any insert that
//! does not follow the last entry (migration 0002), and every entry carries the SHA-256 of the
//! previous one, so an entry edited or removed behind SQLite's back (triggers dropped, file
//! patched) breaks the chain that [`verify`] walks.
//!
//! What the chain cannot do: someone who holds the data key and a modified program can rewrite the
//! whole log from the first altered entry on, hashes included. The chain's head (number and hash)
//! is therefore also written into every backup and every export of the log; comparing a later log
//! with an earlier head shows a rewrite (docs/vault-operations.md).
//!
//! Entries never hold case content: a case appears by its random id, an actor by the label of a
//! keyslot, details are counts and dates.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::{Error, Result};

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What happened. The wire and stored form is the kebab-case name ([`Action::as_str`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    /// The store was created.
    StoreCreated,
    /// Someone unlocked the vault.
    Unlock,
    /// Failed unlocks happened since the last success (recorded at the next success: before it,
    /// the database cannot be opened).
    UnlockFailed,
    /// An unlock found the key file missing, damaged or modified and put back its last good
    /// copy (detail `was`: `missing`, `tampered`, `damaged`).
    KeyFileRestored,
    /// The passphrase of a slot was changed.
    PassphraseChanged,
    /// A case was created.
    CaseCreated,
    /// A case was opened on screen or read out.
    CaseViewed,
    /// A case was changed.
    CaseEdited,
    /// A case left the vault unencrypted (the CLI's case file).
    CaseExported,
    /// A case left the vault as an encrypted hand-over bundle.
    CaseHandedOver,
    /// A case came in from a hand-over bundle.
    CaseReceived,
    /// A case was erased.
    CaseDeleted,
    /// A backup was written (and verified).
    BackupMade,
    /// A backup file was checked.
    BackupVerified,
    /// This store was created from a backup.
    Restored,
    /// A team keyslot was added.
    SlotAdded,
    /// A team keyslot was removed.
    SlotRemoved,
    /// The data key was replaced and the database re-encrypted.
    KeyRotated,
    /// The recovery key was replaced by a new one (the data key rotated with it).
    RecoveryKeyReplaced,
    /// The audit log was exported.
    AuditExported,
    /// Retention or reminder settings changed.
    SettingsChanged,
    /// The association's activity report was written (its period and format only).
    ReportWritten,
    /// A rule pack was imported from a file (its version, the one it replaced, cases concerned).
    RulesImported,
    /// The imported rule pack was rolled back (the version left, the one back in use).
    RulesRolledBack,
    /// A rule-pack file was refused (the error's code; nothing changed).
    RulesRefused,
}

impl Action {
    /// Every action, for the UI's labels and the tests.
    pub const ALL: &'static [Action] = <Action as strum::VariantArray>::VARIANTS;

    /// The stored name, e.g. `case-viewed`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Who acted: the keyslot that unlocked the session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Actor {
    /// Slot id.
    pub slot_id: Option<String>,
    /// `passphrase` or `recovery`.
    pub kind: Option<String>,
    /// The slot's label (a worker's chosen name or initials).
    pub label: Option<String>,
}

/// One thing to record.
#[derive(Debug, Clone)]
pub struct Event {
    /// When.
    pub at: DateTime<Utc>,
    /// What.
    pub action: Action,
    /// The case concerned, by id.
    pub case_id: Option<String>,
    /// Counts, dates, kinds: never personal data. A JSON object.
    pub detail: Value,
}

impl Event {
    /// An event with no case and no detail.
    pub fn new(action: Action, at: DateTime<Utc>) -> Self {
        Event {
            at,
            action,
            case_id: None,
            detail: Value::Object(Default::default()),
        }
    }

    /// The same event about case `id`.
    pub fn case(mut self, id: &str) -> Self {
        self.case_id = Some(id.to_string());
        self
    }

    /// The same event with `detail` (a JSON object of counts, dates, kinds).
    pub fn detail(mut self, detail: Value) -> Self {
        self.detail = detail;
        self
    }
}

/// A stored entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Entry {
    /// 1, 2, 3…
    pub seq: i64,
    /// When (UTC, RFC 3339).
    pub at: String,
    /// Who.
    pub actor: Actor,
    /// What ([`Action::as_str`]).
    pub action: String,
    /// Which case, by id.
    pub case_id: Option<String>,
    /// Counts, dates, kinds.
    pub detail: Value,
    /// Hash of the previous entry.
    pub prev_hash: String,
    /// Hash of this entry.
    pub hash: String,
}

/// The result of walking the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "status")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ChainStatus {
    /// Every entry is intact and follows the previous one.
    Intact {
        /// Number of entries.
        entries: i64,
        /// Hash of the last entry ([`GENESIS`] when empty).
        head: String,
    },
    /// Entry `seq` does not match its hash, or does not follow the previous entry.
    Broken {
        /// The first entry found at fault.
        seq: i64,
    },
}

/// The hash of an entry: SHA-256 over every column but `hash`, each length-prefixed.
fn hash_of(
    seq: i64,
    at: &str,
    actor: &Actor,
    action: &str,
    case_id: Option<&str>,
    detail: &str,
    prev_hash: &str,
) -> String {
    let mut h = Sha256::new();
    h.update(b"passerelle.audit/1");
    let seq = seq.to_string();
    for field in [
        Some(seq.as_str()),
        Some(at),
        actor.slot_id.as_deref(),
        actor.kind.as_deref(),
        actor.label.as_deref(),
        Some(action),
        case_id,
        Some(detail),
        Some(prev_hash),
    ] {
        match field {
            // A missing value and an empty one must hash differently.
            None => h.update([0u8]),
            Some(v) => {
                h.update([1u8]);
                h.update((v.len() as u64).to_be_bytes());
                h.update(v.as_bytes());
            }
        }
    }
    hex(&h.finalize())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The last entry's number and hash, or `(0, GENESIS)`.
pub fn head(conn: &Connection) -> Result<(i64, String)> {
    Ok(conn
        .prepare_cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or((0, GENESIS.to_string())))
}

/// How long a case viewed again, or the same part of it changed again, by the same person, is
/// said by the entry before: one answer typed with two pauses made three « Dossier modifié », and
/// one interview 110 entries (UI review, 2026-12-06). Who touched which case, and which part of
/// it, stays in the log; a later change, another part or another person makes an entry of its own.
pub const REPEAT_WITHIN_SECONDS: i64 = 300;

/// The last entry, when `event` by `actor` only repeats it: a view of the same case, or a change
/// of the same parts of it (the same detail), by the same slot, within [`REPEAT_WITHIN_SECONDS`]
/// after it (never before it: a clock set back makes an entry).
fn repeated(conn: &Connection, actor: &Actor, event: &Event) -> Result<Option<Entry>> {
    if !matches!(event.action, Action::CaseViewed | Action::CaseEdited) || event.case_id.is_none() {
        return Ok(None);
    }
    let last = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT 1"
        ))?
        .query_row([], row)
        .optional()?;
    let Some(last) = last else {
        return Ok(None);
    };
    let since = DateTime::parse_from_rfc3339(&last.at)
        .map(|at| event.at.signed_duration_since(at))
        .ok();
    let recent = since
        .is_some_and(|d| d >= chrono::Duration::zero() && d.num_seconds() <= REPEAT_WITHIN_SECONDS);
    let same = last.action == event.action.as_str()
        && last.case_id == event.case_id
        && last.actor == *actor
        && serde_json::from_str::<Value>(&last.detail).ok().as_ref() == Some(&event.detail);
    Ok((recent && same).then(|| last.into_entry()))
}

/// Appends `event` by `actor`. Call inside a write transaction, with the change it records, so that
/// both are committed or neither is. A view or a change that only repeats the last entry
/// ([`REPEAT_WITHIN_SECONDS`]) adds none: that entry is returned.
pub fn append(conn: &Connection, actor: &Actor, event: &Event) -> Result<Entry> {
    if !event.detail.is_object() {
        return Err(Error::Internal("audit detail must be a JSON object"));
    }
    if let Some(last) = repeated(conn, actor, event)? {
        return Ok(last);
    }
    let (last, prev_hash) = head(conn)?;
    let seq = last + 1;
    let at = event.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let detail = event.detail.to_string();
    let action = event.action.as_str();
    let hash = hash_of(
        seq,
        &at,
        actor,
        action,
        event.case_id.as_deref(),
        &detail,
        &prev_hash,
    );
    conn.prepare_cached(
        "INSERT INTO audit_log
         (seq, at, actor_slot, actor_kind, actor_label, action, case_id, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        seq,
        at,
        actor.slot_id,
        actor.kind,
        actor.label,
        action,
        event.case_id,
        detail,
        prev_hash,
        hash
    ])?;
    Ok(Entry {
        seq,
        at,
        actor: actor.clone(),
        action: action.to_string(),
        case_id: event.case_id.clone(),
        detail: event.detail.clone(),
        prev_hash,
        hash,
    })
}

struct Row {
    seq: i64,
    at: String,
    actor: Actor,
    action: String,
    case_id: Option<String>,
    detail: String,
    prev_hash: String,
    hash: String,
}

const COLUMNS: &str =
    "seq, at, actor_slot, actor_kind, actor_label, action, case_id, detail, prev_hash, hash";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        seq: r.get(0)?,
        at: r.get(1)?,
        actor: Actor {
            slot_id: r.get(2)?,
            kind: r.get(3)?,
            label: r.get(4)?,
        },
        action: r.get(5)?,
        case_id: r.get(6)?,
        detail: r.get(7)?,
        prev_hash: r.get(8)?,
        hash: r.get(9)?,
    })
}

impl Row {
    fn into_entry(self) -> Entry {
        Entry {
            detail: serde_json::from_str(&self.detail).unwrap_or(Value::Null),
            seq: self.seq,
            at: self.at,
            actor: self.actor,
            action: self.action,
            case_id: self.case_id,
            prev_hash: self.prev_hash,
            hash: self.hash,
        }
    }
}

/// The most recent entries first, at most `limit`, starting below `before` (a `seq`) if given.
pub fn list(conn: &Connection, limit: u32, before: Option<i64>) -> Result<Vec<Entry>> {
    list_matching(conn, &Filter::default(), limit, before)
}

/// Which entries to list; each part left `None` lets every entry through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Entries about this case.
    pub case_id: Option<String>,
    /// Entries by this keyslot.
    pub actor_slot: Option<String>,
    /// Entries of this action ([`Action::as_str`]).
    pub action: Option<String>,
    /// Entries at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Entries strictly before this instant.
    pub until: Option<DateTime<Utc>>,
}

/// [`list`], keeping only the entries `filter` lets through.
pub fn list_matching(
    conn: &Connection,
    filter: &Filter,
    limit: u32,
    before: Option<i64>,
) -> Result<Vec<Entry>> {
    let instant =
        |t: &Option<DateTime<Utc>>| t.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    // `at` is stored as RFC 3339 in UTC with a `Z`: its text order is its time order.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM audit_log WHERE seq < ?1
         AND (?3 IS NULL OR case_id = ?3) AND (?4 IS NULL OR actor_slot = ?4)
         AND (?5 IS NULL OR action = ?5) AND (?6 IS NULL OR at >= ?6) AND (?7 IS NULL OR at < ?7)
         ORDER BY seq DESC LIMIT ?2"
    ))?;
    let rows = stmt.query_map(
        params![
            before.unwrap_or(i64::MAX),
            limit,
            filter.case_id,
            filter.actor_slot,
            filter.action,
            instant(&filter.from),
            instant(&filter.until),
        ],
        row,
    )?;
    Ok(rows
        .map(|r| r.map(Row::into_entry))
        .collect::<rusqlite::Result<_>>()?)
}

/// The value the log last recorded for setting `key` (`hideNames`, `screenCaptureAllowed`…: the
/// detail of a `settings-changed` entry), if it ever did.
pub fn last_setting(conn: &Connection, key: &str) -> Result<Option<Value>> {
    let mut stmt =
        conn.prepare_cached("SELECT detail FROM audit_log WHERE action = ?1 ORDER BY seq DESC")?;
    let mut rows = stmt.query([Action::SettingsChanged.as_str()])?;
    while let Some(row) = rows.next()? {
        let detail: String = row.get(0)?;
        let value = serde_json::from_str::<Value>(&detail)
            .ok()
            .and_then(|d| d.get(key).cloned());
        if value.is_some() {
            return Ok(value);
        }
    }
    Ok(None)
}

/// The keyslots that appear in the log, with their latest label (a member removed since keeps
/// hers), for the log's « who » filter.
pub fn actors(conn: &Connection) -> Result<Vec<Actor>> {
    let mut stmt = conn.prepare_cached(
        "SELECT actor_slot, actor_kind, actor_label FROM audit_log
         WHERE actor_slot IS NOT NULL AND seq IN (SELECT max(seq) FROM audit_log GROUP BY actor_slot)
         ORDER BY actor_label, actor_slot",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Actor {
            slot_id: r.get(0)?,
            kind: r.get(1)?,
            label: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every entry, oldest first.
pub fn all(conn: &Connection) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY seq"))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows
        .map(|r| r.map(Row::into_entry))
        .collect::<rusqlite::Result<_>>()?)
}

/// What the last `key-file-restored` entry says was found (its `was`), when no `unlock` came
/// after it: the unlock that put the key file back was cut short by a lock and opened nothing,
/// so nobody has been told yet.
pub fn restoration_untold(conn: &Connection) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row(
            "SELECT json_extract(detail, '$.was') FROM audit_log
             WHERE action = ?1 AND seq > (SELECT coalesce(max(seq), 0) FROM audit_log WHERE action = ?2)
             ORDER BY seq DESC LIMIT 1",
            params![Action::KeyFileRestored.as_str(), Action::Unlock.as_str()],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

/// Number of entries.
pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))?)
}

/// Walks the whole chain: each entry must hash to its `hash`, follow the previous entry's hash,
/// and carry the next number.
pub fn verify(conn: &Connection) -> Result<ChainStatus> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY seq"))?;
    let mut rows = stmt.query([])?;
    let mut expected_prev = GENESIS.to_string();
    let mut expected_seq = 1;
    let mut entries = 0;
    while let Some(r) = rows.next()? {
        let r = row(r)?;
        let recomputed = hash_of(
            r.seq,
            &r.at,
            &r.actor,
            &r.action,
            r.case_id.as_deref(),
            &r.detail,
            &r.prev_hash,
        );
        if r.seq != expected_seq || r.prev_hash != expected_prev || recomputed != r.hash {
            return Ok(ChainStatus::Broken { seq: r.seq });
        }
        expected_prev = r.hash;
        expected_seq += 1;
        entries += 1;
    }
    Ok(ChainStatus::Intact {
        entries,
        head: expected_prev,
    })
}

/// The whole log as a JSON document for an export: entries oldest first, the chain status and
/// the head, so that a later copy can be compared with this one.
pub fn export(conn: &Connection, exported_at: DateTime<Utc>) -> Result<Value> {
    Ok(serde_json::json!({
        "format": "passerelle.audit/1",
        "exportedAt": exported_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "chain": verify(conn)?,
        "entries": all(conn)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_value_and_an_empty_one_hash_differently() {
        let at = "2026-01-01T00:00:00Z";
        let none = Actor::default();
        let empty = Actor {
            label: Some(String::new()),
            ..Actor::default()
        };
        assert_ne!(
            hash_of(1, at, &none, "unlock", None, "{}", GENESIS),
            hash_of(1, at, &empty, "unlock", None, "{}", GENESIS)
        );
    }

    /// A case viewed again, or the same part changed again, by the same person within five
    /// minutes adds no entry; later, another case, another part or another person does; the
    /// chain still holds.
    #[test]
    fn a_repeated_view_or_change_within_five_minutes_adds_no_entry() {
        let conn = Connection::open_in_memory().unwrap();
        // The log's table as migration 0002 creates it (the rest of that migration alters cases).
        let migration = include_str!("../../migrations/0002_audit_and_retention.sql");
        let start = migration.find("CREATE TABLE audit_log").unwrap();
        let end = start + migration[start..].find(") STRICT;").unwrap() + ") STRICT;".len();
        conn.execute_batch(&migration[start..end]).unwrap();
        let t0 = DateTime::parse_from_rfc3339("2026-12-06T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let at = |seconds: i64| t0 + chrono::Duration::seconds(seconds);
        let me = Actor {
            slot_id: Some("a".into()),
            ..Actor::default()
        };
        let other = Actor {
            slot_id: Some("b".into()),
            ..Actor::default()
        };
        let edit = |s, fields: &[&str]| {
            Event::new(Action::CaseEdited, at(s))
                .case("c1")
                .detail(serde_json::json!({ "fields": fields }))
        };
        let count = || -> i64 {
            conn.query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get(0))
                .unwrap()
        };
        for (actor, event, entries) in [
            (&me, Event::new(Action::CaseViewed, at(0)).case("c1"), 1),
            (&me, Event::new(Action::CaseViewed, at(60)).case("c1"), 1),
            (&me, Event::new(Action::CaseViewed, at(120)).case("c2"), 2),
            (&me, edit(130, &["birth-place"]), 3),
            (&me, edit(140, &["birth-place"]), 3),
            (&me, edit(150, &["phone"]), 4),
            (&other, edit(160, &["phone"]), 5),
            (&other, edit(160 + REPEAT_WITHIN_SECONDS + 1, &["phone"]), 6),
            (&me, Event::new(Action::Unlock, at(900)), 7),
            (&me, Event::new(Action::Unlock, at(901)), 8),
        ] {
            append(&conn, actor, &event).unwrap();
            assert_eq!(count(), entries, "{event:?}");
        }
        assert!(matches!(verify(&conn).unwrap(), ChainStatus::Intact { .. }));
    }

    #[test]
    fn every_action_has_a_distinct_name() {
        let mut names: Vec<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
    }
}
