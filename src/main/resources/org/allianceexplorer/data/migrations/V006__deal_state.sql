-- Alliance Explorer schema, version 6: each deal's state and the claims' counts by assembly and date kept ready
-- for reading. See docs/decisions/0014-deal-state-kept-ready.md.
--
-- deal_state holds, for each seat deal, what the deal listing works out with no as-of day: its latest claim
-- ("status date"), how many claims it has, and its outcome from the results (the receiver's votes, whether
-- the receiver won, the next candidate's votes, the giver's own votes, the count the figures come from, the
-- giver's votes at the previous election). It is derived data: the same expressions as the live query
-- (SqlDealRepository.dealQuery), stored by DealState.refresh, never dumped or copied as a record.
--
-- It is kept in step by the database itself: a write to anything a deal's state reads (its claims, the deal,
-- the results and official counts of its seat, an election's polling day or name) deletes the state of the
-- deals it touches and queues them in deal_state_pending; every writer of the application (edit, import,
-- generate, migrate) calls DealState.refresh before it commits, which works out the queued deals again. A
-- reader uses a deal's stored state when it has one and the live expressions when not, so a write by another
-- tool (sqlite3) is never shown stale, only read more slowly until the next refresh.
CREATE TABLE deal_state (
    deal_id        INTEGER PRIMARY KEY,
    status         TEXT,
    claims         INTEGER NOT NULL,
    receiver_votes INTEGER,
    receiver_won   INTEGER,
    other_votes    INTEGER,
    giver_votes    INTEGER,
    count_basis    TEXT,
    giver_estimate TEXT
);
CREATE TABLE deal_state_pending (
    deal_id INTEGER PRIMARY KEY
);

CREATE TRIGGER deal_state_deal_insert AFTER INSERT ON seat_deal BEGIN INSERT OR IGNORE INTO deal_state_pending VALUES (NEW.id); END;
CREATE TRIGGER deal_state_deal_update AFTER UPDATE ON seat_deal BEGIN DELETE FROM deal_state WHERE deal_id IN (OLD.id, NEW.id); DELETE FROM deal_state_pending WHERE deal_id = OLD.id; INSERT OR IGNORE INTO deal_state_pending VALUES (NEW.id); END;
CREATE TRIGGER deal_state_deal_delete AFTER DELETE ON seat_deal BEGIN DELETE FROM deal_state WHERE deal_id = OLD.id; DELETE FROM deal_state_pending WHERE deal_id = OLD.id; END;

CREATE TRIGGER deal_state_claim_insert AFTER INSERT ON deal_claim BEGIN DELETE FROM deal_state WHERE deal_id = NEW.deal_id; INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE id = NEW.deal_id; END;
CREATE TRIGGER deal_state_claim_update AFTER UPDATE ON deal_claim BEGIN DELETE FROM deal_state WHERE deal_id IN (OLD.deal_id, NEW.deal_id); INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE id IN (OLD.deal_id, NEW.deal_id); END;
CREATE TRIGGER deal_state_claim_delete AFTER DELETE ON deal_claim BEGIN DELETE FROM deal_state WHERE deal_id = OLD.deal_id; INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE id = OLD.deal_id; END;

-- a result changes the outcome of the deals in its seat (any election: the giver's votes at the previous
-- election are read from there) and of a deal that names it as the receiver's candidacy
CREATE TRIGGER deal_state_candidacy_insert AFTER INSERT ON candidacy BEGIN DELETE FROM deal_state WHERE deal_id IN (SELECT id FROM seat_deal WHERE constituency_id = NEW.constituency_id OR candidacy_id = NEW.id); INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE constituency_id = NEW.constituency_id OR candidacy_id = NEW.id; END;
CREATE TRIGGER deal_state_candidacy_update AFTER UPDATE ON candidacy BEGIN DELETE FROM deal_state WHERE deal_id IN (SELECT id FROM seat_deal WHERE constituency_id IN (OLD.constituency_id, NEW.constituency_id) OR candidacy_id IN (OLD.id, NEW.id)); INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE constituency_id IN (OLD.constituency_id, NEW.constituency_id) OR candidacy_id IN (OLD.id, NEW.id); END;
CREATE TRIGGER deal_state_candidacy_delete AFTER DELETE ON candidacy BEGIN DELETE FROM deal_state WHERE deal_id IN (SELECT id FROM seat_deal WHERE constituency_id = OLD.constituency_id OR candidacy_id = OLD.id); INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE constituency_id = OLD.constituency_id OR candidacy_id = OLD.id; END;

-- an official count replaces the candidate figures of its seat
CREATE TRIGGER deal_state_count_insert AFTER INSERT ON seat_count BEGIN DELETE FROM deal_state WHERE deal_id IN (SELECT id FROM seat_deal WHERE constituency_id = NEW.constituency_id); INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE constituency_id = NEW.constituency_id; END;
CREATE TRIGGER deal_state_count_update AFTER UPDATE ON seat_count BEGIN DELETE FROM deal_state WHERE deal_id IN (SELECT id FROM seat_deal WHERE constituency_id IN (OLD.constituency_id, NEW.constituency_id)); INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE constituency_id IN (OLD.constituency_id, NEW.constituency_id); END;
CREATE TRIGGER deal_state_count_delete AFTER DELETE ON seat_count BEGIN DELETE FROM deal_state WHERE deal_id IN (SELECT id FROM seat_deal WHERE constituency_id = OLD.constituency_id); INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE constituency_id = OLD.constituency_id; END;

-- polling day decides whether a deal was in force when the votes were cast and which election came before;
-- the name is part of the giver's estimate ("votes election")
CREATE TRIGGER deal_state_election_update AFTER UPDATE OF polling_day, name ON election BEGIN DELETE FROM deal_state WHERE deal_id IN (SELECT id FROM seat_deal WHERE election_id = NEW.id OR constituency_id IN (SELECT constituency_id FROM candidacy WHERE election_id = NEW.id)); INSERT OR IGNORE INTO deal_state_pending SELECT id FROM seat_deal WHERE election_id = NEW.id OR constituency_id IN (SELECT constituency_id FROM candidacy WHERE election_id = NEW.id); END;

-- claim_count holds how many claims each assembly's seats have on each date (as dated: a day, or the month or
-- year of a claim known only to that): the timeline's density bands on a database too large to draw claim by
-- claim read it instead of counting millions of claims. It is kept exact by triggers alone, on every write by
-- any tool: a claim added or removed counts up or down at its assembly and date, a claim moved moves its count,
-- and a deal or a seat moved to another assembly moves the counts of its claims.
CREATE TABLE claim_count (
    assembly_id INTEGER NOT NULL,
    date        TEXT NOT NULL,
    claims      INTEGER NOT NULL,
    PRIMARY KEY (assembly_id, date)
) WITHOUT ROWID;

CREATE TRIGGER claim_count_insert AFTER INSERT ON deal_claim BEGIN INSERT INTO claim_count (assembly_id, date, claims) SELECT c.assembly_id, NEW.date, 1 FROM seat_deal d JOIN constituency c ON c.id = d.constituency_id WHERE d.id = NEW.deal_id ON CONFLICT (assembly_id, date) DO UPDATE SET claims = claims + 1; END;
CREATE TRIGGER claim_count_delete AFTER DELETE ON deal_claim BEGIN UPDATE claim_count SET claims = claims - 1 WHERE date = OLD.date AND assembly_id = (SELECT c.assembly_id FROM seat_deal d JOIN constituency c ON c.id = d.constituency_id WHERE d.id = OLD.deal_id); DELETE FROM claim_count WHERE date = OLD.date AND claims <= 0; END;
CREATE TRIGGER claim_count_update AFTER UPDATE OF date, deal_id ON deal_claim BEGIN UPDATE claim_count SET claims = claims - 1 WHERE date = OLD.date AND assembly_id = (SELECT c.assembly_id FROM seat_deal d JOIN constituency c ON c.id = d.constituency_id WHERE d.id = OLD.deal_id); DELETE FROM claim_count WHERE date = OLD.date AND claims <= 0; INSERT INTO claim_count (assembly_id, date, claims) SELECT c.assembly_id, NEW.date, 1 FROM seat_deal d JOIN constituency c ON c.id = d.constituency_id WHERE d.id = NEW.deal_id ON CONFLICT (assembly_id, date) DO UPDATE SET claims = claims + 1; END;
CREATE TRIGGER claim_count_deal_moved AFTER UPDATE OF constituency_id ON seat_deal WHEN OLD.constituency_id IS NOT NEW.constituency_id BEGIN UPDATE claim_count SET claims = claims - (SELECT count(*) FROM deal_claim k WHERE k.deal_id = OLD.id AND k.date = claim_count.date) WHERE assembly_id = (SELECT assembly_id FROM constituency WHERE id = OLD.constituency_id); DELETE FROM claim_count WHERE claims <= 0; INSERT INTO claim_count (assembly_id, date, claims) SELECT (SELECT assembly_id FROM constituency WHERE id = NEW.constituency_id), k.date, count(*) FROM deal_claim k WHERE k.deal_id = NEW.id GROUP BY k.date ON CONFLICT (assembly_id, date) DO UPDATE SET claims = claims + excluded.claims; END;
CREATE TRIGGER claim_count_seat_moved AFTER UPDATE OF assembly_id ON constituency WHEN OLD.assembly_id IS NOT NEW.assembly_id BEGIN UPDATE claim_count SET claims = claims - (SELECT count(*) FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id WHERE d.constituency_id = OLD.id AND k.date = claim_count.date) WHERE assembly_id = OLD.assembly_id; DELETE FROM claim_count WHERE claims <= 0; INSERT INTO claim_count (assembly_id, date, claims) SELECT NEW.assembly_id, k.date, count(*) FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id WHERE d.constituency_id = NEW.id GROUP BY k.date ON CONFLICT (assembly_id, date) DO UPDATE SET claims = claims + excluded.claims; END;

INSERT INTO claim_count (assembly_id, date, claims) SELECT c.assembly_id, k.date, count(*) FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id JOIN constituency c ON c.id = d.constituency_id GROUP BY c.assembly_id, k.date;

-- every deal there is now is queued; the migration's refresh works them out
INSERT INTO deal_state_pending SELECT id FROM seat_deal;
