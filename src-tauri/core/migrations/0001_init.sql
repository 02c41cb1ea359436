-- Schema 1: cases and in-vault settings.
-- Append-only: once released, this file is never edited; changes go into a new migration.

-- A case is stored as its case file (passerelle.case/1, JSON) so that import and export are
-- lossless, unknown keys included. The columns beside it are derived from the body on every
-- write and exist only to list, sort and search without parsing every body.
CREATE TABLE cases (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    display_name TEXT NOT NULL,
    sort_key     TEXT NOT NULL,
    body         TEXT NOT NULL
) STRICT;

CREATE INDEX cases_by_sort_key ON cases (sort_key);

-- Full-text search over names and aliases, inside the encrypted file. External content: the
-- index holds tokens only, the text stays in `cases`; db/cases.rs keeps both in step on every write (no trigger), and
-- secure_delete (set per connection) overwrites what a deletion frees.
CREATE VIRTUAL TABLE cases_fts USING fts5 (
    search_text,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
