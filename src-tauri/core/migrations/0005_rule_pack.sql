-- Schema 4: rule packs imported from a file, and what each import changed for each open case.
-- Append-only: once released, this file is never edited; changes go into a new migration.
-- Self-contained: it reads no table but `cases` (issue 17, docs/legal-rules.md).

-- Every pack imported into this store, as the signed file it came in (verified again at each
-- unlock: a file whose key a later build no longer trusts falls back to the embedded pack). The
-- pack in use is the last row not rolled back, unless the embedded pack is newer (the floor).
-- A rollback marks the row; nothing is deleted, so the history of the rules in force stays.
CREATE TABLE rule_packs (
    seq            INTEGER PRIMARY KEY,
    pack_id        TEXT NOT NULL,
    version        TEXT NOT NULL,
    file           BLOB NOT NULL,
    key_id         TEXT NOT NULL,
    previous       TEXT NOT NULL,
    installed_at   TEXT NOT NULL,
    rolled_back_at TEXT
) STRICT;

-- The open cases whose outcome, deadlines or checklist a change of pack changed: what the
-- dashboard and the case page show until the worker marks it seen. `detail`: the differences
-- (route ids and outcomes, deadline kinds and dates, document ids, articles), JSON, never words.
CREATE TABLE rule_pack_changes (
    case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    from_version TEXT NOT NULL,
    to_version   TEXT NOT NULL,
    detail       TEXT NOT NULL,
    computed_at  TEXT NOT NULL,
    seen_at      TEXT,
    PRIMARY KEY (case_id, to_version)
) STRICT;

CREATE INDEX rule_pack_changes_unseen ON rule_pack_changes (seen_at, case_id);
