-- Schema 3: the derived index the case list, the search and the dashboard read.
-- Append-only: once released, this file is never edited; changes go into a new migration.

-- What the screens show about each case, computed by Rust from the case file (crate::derived) in
-- the transaction that writes the case (db::index), so that a list, a search or the dashboard
-- reads a few indexed rows instead of parsing and assessing every case. Nothing here depends on the
-- day it was computed: each deadline carries the days it shows as coming or overdue, and the
-- queries compare them with today.
--
-- `doc` keys the full-text index. It is an INTEGER PRIMARY KEY, a column of its own, because
-- sqlcipher_export (backups, restores) copies rows without their implicit rowid: a key kept in
-- the rowid of `cases` could be renumbered while the index kept the old numbers.
-- `derived` names what computed the row (crate::derived::stamp): a row computed by another build
-- is recomputed in the background after unlock (app::index).
CREATE TABLE case_index (
    doc          INTEGER PRIMARY KEY,
    case_id      TEXT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    initials     TEXT NOT NULL,
    sort_key     TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    closed_on    TEXT,
    derived      TEXT NOT NULL
) STRICT;

CREATE INDEX case_index_by_name ON case_index (sort_key, case_id);
CREATE INDEX case_index_by_updated ON case_index (updated_at, case_id);
CREATE INDEX case_index_by_derivation ON case_index (derived);

-- Every deadline a case can have. `shown_from`/`shown_until`: the days it applies on at all
-- (a minor's 18th birthday matters from her 16th); `upcoming_from`: the first day the dashboard
-- shows it as coming, until `date`; `overdue_until`: the last day it shows as overdue once passed
-- (9999-12-31: until something is recorded; NULL: a passed deadline calls for nothing).
-- `detail`: the deadline as the core reads it back (articles, document, estimated…), JSON.
CREATE TABLE case_deadlines (
    doc           INTEGER NOT NULL REFERENCES case_index (doc) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    date          TEXT NOT NULL,
    shown_from    TEXT,
    shown_until   TEXT,
    upcoming_from TEXT NOT NULL,
    overdue_until TEXT,
    detail        TEXT NOT NULL,
    PRIMARY KEY (doc, seq)
) STRICT, WITHOUT ROWID;

-- The list's next deadline of each case, and its sort by next deadline.
CREATE INDEX case_deadlines_by_case ON case_deadlines (doc, date, shown_from, shown_until);
-- The dashboard's coming deadlines: dates from today on.
CREATE INDEX case_deadlines_by_date ON case_deadlines (date, upcoming_from, shown_from, shown_until);
-- The dashboard's overdue deadlines: only those a passed day can leave overdue.
CREATE INDEX case_deadlines_overdue ON case_deadlines (overdue_until, date, shown_from, shown_until)
    WHERE overdue_until IS NOT NULL;

CREATE TABLE case_appointments (
    doc   INTEGER NOT NULL REFERENCES case_index (doc) ON DELETE CASCADE,
    seq   INTEGER NOT NULL,
    date  TEXT NOT NULL,
    time  TEXT,
    kind  TEXT NOT NULL,
    place TEXT,
    PRIMARY KEY (doc, seq)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_appointments_by_date ON case_appointments (date);

-- The full-text index, keyed by case_index.doc: names, other names, references and phone as
-- search keys (crate::search), never the text itself. Contentless, like the index it replaces.
CREATE VIRTUAL TABLE case_search USING fts5 (
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Existing cases get a provisional row at once, from what SQL can read of them (the list shows
-- every case from the first unlock, searchable by name); `derived` = '' marks it for the
-- background recomputation, which adds the deadlines, appointments, initials and search keys.
INSERT INTO case_index (case_id, display_name, initials, sort_key, updated_at, closed_on, derived)
SELECT id, display_name, '?', sort_key, updated_at, closed_on, '' FROM cases ORDER BY rowid;
INSERT INTO case_search (rowid, terms) SELECT doc, sort_key FROM case_index;

-- The old index is keyed by the rowid of `cases`; secure_delete zeroes its pages.
DROP TABLE cases_fts;
