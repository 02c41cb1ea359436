-- Schema 2: the audit log, and the closing date of a case (retention).
-- Append-only: once released, this file is never edited; changes go into a new migration.

-- Who did what and when, inside the vault. Never case content: a case appears by its id only.
-- Each entry carries the SHA-256 of the previous one (`prev_hash`) and its own (`hash`, over every
-- other column), so an edited or removed entry breaks the chain (db/audit.rs verifies it).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    actor_slot  TEXT,
    actor_kind  TEXT,
    actor_label TEXT,
    action      TEXT NOT NULL,
    case_id     TEXT,
    detail      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;

-- Append-only, enforced by the database itself: no statement may change or remove an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- An entry must follow the last one: next number, and the last entry's hash as `prev_hash`.
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.seq IS NOT coalesce((SELECT max(seq) FROM audit_log), 0) + 1
  OR NEW.prev_hash IS NOT coalesce(
        (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
        '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN
    SELECT RAISE(ABORT, 'audit_log entries must chain');
END;

-- The day the association closed the case (`closedOn` in the case file), derived from the body
-- like the other columns, so that retention finds old closed cases without parsing every body.
ALTER TABLE cases ADD COLUMN closed_on TEXT;
UPDATE cases SET closed_on = json_extract(body, '$.closedOn');
CREATE INDEX cases_by_closed_on ON cases (closed_on) WHERE closed_on IS NOT NULL;
