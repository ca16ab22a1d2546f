-- Alliance Explorer schema, version 5: the official count of a seat beside its candidate-level results.
-- See docs/decisions/0012-official-counts.md.
--
-- candidacy holds the candidate-level results as one source has them (for Pakistan 2024 a later
-- transcription). An official count is what the returning officer declared for the seat (Pakistan: the
-- Form-47): the totals (polling stations, registered, polled, valid and rejected votes, turnout), the winner
-- and the runner-up with their votes, as printed on the form. winner_id and runner_up_id link them to the
-- candidacies they are (NULL where no candidate of the seat could be matched). Where a seat has an official
-- count, the app shows its figures, says so, and lists where the two disagree.
CREATE TABLE seat_count (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    election_id      INTEGER NOT NULL REFERENCES election (id),
    constituency_id  INTEGER NOT NULL REFERENCES constituency (id),
    basis            TEXT NOT NULL,
    declared         TEXT,
    polling_stations INTEGER CHECK (polling_stations IS NULL OR polling_stations >= 0),
    registered       INTEGER CHECK (registered IS NULL OR registered >= 0),
    polled           INTEGER CHECK (polled IS NULL OR polled >= 0),
    valid_votes      INTEGER CHECK (valid_votes IS NULL OR valid_votes >= 0),
    rejected_votes   INTEGER CHECK (rejected_votes IS NULL OR rejected_votes >= 0),
    turnout          REAL CHECK (turnout IS NULL OR (turnout >= 0 AND turnout <= 100)),
    winner_name      TEXT,
    winner_label     TEXT,
    winner_votes     INTEGER CHECK (winner_votes IS NULL OR winner_votes >= 0),
    winner_id        INTEGER REFERENCES candidacy (id),
    runner_up_name   TEXT,
    runner_up_label  TEXT,
    runner_up_votes  INTEGER CHECK (runner_up_votes IS NULL OR runner_up_votes >= 0),
    runner_up_id     INTEGER REFERENCES candidacy (id),
    candidates       INTEGER CHECK (candidates IS NULL OR candidates >= 0),
    flags            TEXT,
    UNIQUE (election_id, constituency_id)
);
CREATE INDEX seat_count_winner ON seat_count (winner_id);
CREATE INDEX seat_count_runner_up ON seat_count (runner_up_id);

-- citation.record_kind lists the kinds that cite: a CHECK cannot be altered, so the table is rebuilt.
CREATE TABLE citation_v5 (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('party', 'party_alias', 'person', 'affiliation', 'election', 'assembly', 'constituency', 'candidacy', 'party_result', 'seat_count', 'alliance', 'membership', 'seat_deal', 'event', 'party_relation')),
    record_id   INTEGER NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (record_kind, record_id, source_id)
) WITHOUT ROWID;
INSERT INTO citation_v5 (record_kind, record_id, source_id) SELECT record_kind, record_id, source_id FROM citation;
DROP TABLE citation;
ALTER TABLE citation_v5 RENAME TO citation;
CREATE INDEX citation_source ON citation (source_id);
