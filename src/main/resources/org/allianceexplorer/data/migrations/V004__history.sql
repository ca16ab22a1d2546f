-- Alliance Explorer schema, version 4: the history of edits (docs/data-format.md, "History").
--
-- One edit row per edit, committed in one transaction: when (UTC, ISO-8601 to the second), by whom, its name
-- for people ("Add party X"), and whether it was an edit, an undo or a redo (reverts: the edit an undo or a
-- redo reverses).
CREATE TABLE edit (
    id      INTEGER PRIMARY KEY,
    time    TEXT NOT NULL CHECK (time GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
    editor  TEXT NOT NULL,
    label   TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('edit', 'undo', 'redo')),
    reverts INTEGER REFERENCES edit (id)
);

-- One row per changed field of one record; edit_id groups the rows of one edit. kind is the record's table,
-- record_id its id (NULL for a row of a table keyed by its fields: citation, event_party, event_person, whose
-- key is among the fields), record the key people read (abbreviation, key, or #id). An insert lists the new
-- record's fields (old NULL), a delete the fields it had (new NULL), an update the fields it changed: enough
-- to undo any of them. step numbers the record changes of one edit in the order they were made (an undo
-- makes them in reverse).
CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    edit_id   INTEGER NOT NULL REFERENCES edit (id),
    step      INTEGER NOT NULL,
    time      TEXT NOT NULL,
    editor    TEXT NOT NULL,
    kind      TEXT NOT NULL,
    record_id INTEGER,
    record    TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field     TEXT NOT NULL,
    old       TEXT,
    new       TEXT
);
CREATE INDEX history_edit ON history (edit_id);
CREATE INDEX history_record ON history (kind, record_id);

-- Indexes the edits need on large databases: the claims of a source, the deals of a result and of an alliance
-- (a delete finds what depends on a record, and the rules of check look at the deals and claims an edit touched).
CREATE INDEX deal_claim_source ON deal_claim (source_id);
CREATE INDEX seat_deal_candidacy ON seat_deal (candidacy_id);
CREATE INDEX seat_deal_alliance ON seat_deal (alliance_id);
