-- Alliance Explorer schema, version 3: national results per party (votes, vote share, seats), as
-- ParlGov and most national statistics publish them, beside the candidate-level results of candidacy.
-- See docs/decisions/0010-party-results.md.

-- One party's national result at one election to one assembly. votes and seats may be unknown (ParlGov
-- codes an alliance's seats at its members and leaves the alliance's own seats empty); vote_share is a
-- percentage of the valid votes.
CREATE TABLE party_result (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    election_id INTEGER NOT NULL REFERENCES election (id),
    assembly_id INTEGER NOT NULL REFERENCES assembly (id),
    party_id    INTEGER NOT NULL REFERENCES party (id),
    votes       INTEGER CHECK (votes IS NULL OR votes >= 0),
    vote_share  REAL CHECK (vote_share IS NULL OR (vote_share >= 0 AND vote_share <= 100)),
    seats       INTEGER CHECK (seats IS NULL OR seats >= 0)
);
CREATE INDEX party_result_election ON party_result (election_id, assembly_id);
CREATE INDEX party_result_party ON party_result (party_id);

-- citation.record_kind lists the kinds that cite: a CHECK cannot be altered, so the table is rebuilt.
CREATE TABLE citation_v3 (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('party', 'party_alias', 'person', 'affiliation', 'election', 'assembly', 'constituency', 'candidacy', 'party_result', 'alliance', 'membership', 'seat_deal', 'event', 'party_relation')),
    record_id   INTEGER NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (record_kind, record_id, source_id)
) WITHOUT ROWID;
INSERT INTO citation_v3 (record_kind, record_id, source_id) SELECT record_kind, record_id, source_id FROM citation;
DROP TABLE citation;
ALTER TABLE citation_v3 RENAME TO citation;
CREATE INDEX citation_source ON citation (source_id);
