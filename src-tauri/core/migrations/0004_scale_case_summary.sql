-- Schema 4: the stage of each case on the list, and the dashboard's overdue deadlines in date order.
-- Append-only: once released, this file is never edited; changes go into a new migration.

-- The stage of the criminal proceedings (`criminalCase.stage`: `investigation`, `trial`…), shown
-- on the case list. Derived like the rest of the row (crate::derived, rules version 4): existing
-- rows were computed by version 3, so the background recomputation (app::index) fills it after
-- the upgrade; until then the list shows no stage.
ALTER TABLE case_index ADD COLUMN stage TEXT;

-- The dashboard lists the oldest overdue deadlines first and stops at its first lines: walking
-- this index from the oldest day reads only deadlines that can be overdue (those with an
-- `overdue_until`), in the order shown, instead of every overdue line sorted for each call
-- (crate::db::index::board). Derived rows only: nothing to recompute.
CREATE INDEX case_deadlines_overdue_by_date ON case_deadlines (date, overdue_until, shown_from, shown_until)
    WHERE overdue_until IS NOT NULL;
