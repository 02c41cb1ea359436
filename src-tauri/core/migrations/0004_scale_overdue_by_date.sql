-- Schema 4: the dashboard's overdue deadlines in date order.
-- Append-only: once released, this file is never edited; changes go into a new migration.

-- The dashboard lists the oldest overdue deadlines first and stops at its first lines: walking
-- this index from the oldest day reads only deadlines that can be overdue (those with an
-- `overdue_until`), in the order shown, instead of every overdue line sorted for each call
-- (crate::db::index::board). Derived rows only: nothing to recompute.
CREATE INDEX case_deadlines_overdue_by_date ON case_deadlines (date, overdue_until, shown_from, shown_until)
    WHERE overdue_until IS NOT NULL;
