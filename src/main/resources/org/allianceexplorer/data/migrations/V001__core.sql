-- Alliance Explorer schema, version 1.
-- Dates are ISO text at their precision: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a partial date is kept partial).
-- A span holds on day D when from_date <= substr(D, 1, length(from_date)) and
-- to_date >= substr(D, 1, length(to_date)): a partial start covers its whole period, likewise a partial end.

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    outlet      TEXT NOT NULL CHECK (length(trim(outlet)) > 0),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    url         TEXT,
    published   TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]' OR published GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR published GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    retrieved   TEXT CHECK (retrieved IS NULL OR retrieved GLOB '[0-9][0-9][0-9][0-9]' OR retrieved GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR retrieved GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    snippet     TEXT
);

CREATE TABLE party (
    id            INTEGER PRIMARY KEY,
    abbreviation  TEXT NOT NULL UNIQUE CHECK (length(trim(abbreviation)) > 0),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    native_name   TEXT,
    colour        TEXT CHECK (colour IS NULL OR (length(colour) = 7 AND colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')),
    founded       TEXT CHECK (founded IS NULL OR founded GLOB '[0-9][0-9][0-9][0-9]' OR founded GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR founded GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    dissolved     TEXT CHECK (dissolved IS NULL OR dissolved GLOB '[0-9][0-9][0-9][0-9]' OR dissolved GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR dissolved GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    partyfacts_id INTEGER CHECK (partyfacts_id IS NULL OR partyfacts_id > 0),
    country       TEXT,
    CHECK (founded IS NULL OR dissolved IS NULL OR dissolved >= substr(founded, 1, length(dissolved)))
);

-- How a party is spelled in results files (e.g. 'JIP' for JI).
CREATE TABLE party_alias (
    id       INTEGER PRIMARY KEY,
    label    TEXT NOT NULL UNIQUE,
    party_id INTEGER NOT NULL REFERENCES party (id)
);

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    native_name TEXT
);

CREATE TABLE affiliation (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    party_id  INTEGER NOT NULL REFERENCES party (id),
    role      TEXT,
    from_date TEXT CHECK (from_date IS NULL OR from_date GLOB '[0-9][0-9][0-9][0-9]' OR from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    to_date   TEXT CHECK (to_date IS NULL OR to_date GLOB '[0-9][0-9][0-9][0-9]' OR to_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR to_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= substr(from_date, 1, length(to_date)))
);
CREATE INDEX affiliation_person ON affiliation (person_id);
CREATE INDEX affiliation_party ON affiliation (party_id);

CREATE TABLE election (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    polling_day TEXT CHECK (polling_day IS NULL OR polling_day GLOB '[0-9][0-9][0-9][0-9]' OR polling_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR polling_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    country     TEXT
);

CREATE TABLE assembly (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    province      TEXT,
    total_seats   INTEGER CHECK (total_seats IS NULL OR total_seats > 0),
    general_seats INTEGER CHECK (general_seats IS NULL OR general_seats > 0),
    majority      INTEGER CHECK (majority IS NULL OR majority > 0),
    CHECK (general_seats IS NULL OR total_seats IS NULL OR general_seats <= total_seats),
    CHECK (majority IS NULL OR total_seats IS NULL OR majority <= total_seats)
);

CREATE TABLE constituency (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL,
    name        TEXT,
    assembly_id INTEGER NOT NULL REFERENCES assembly (id),
    province    TEXT,
    district    TEXT,
    UNIQUE (assembly_id, code)
);
CREATE INDEX constituency_code ON constituency (code);

-- One candidate's result in one seat at one election.
CREATE TABLE candidacy (
    id              INTEGER PRIMARY KEY,
    election_id     INTEGER NOT NULL REFERENCES election (id),
    constituency_id INTEGER NOT NULL REFERENCES constituency (id),
    candidate_name  TEXT NOT NULL,
    party_id        INTEGER REFERENCES party (id),
    party_label     TEXT,
    person_id       INTEGER REFERENCES person (id),
    votes           INTEGER NOT NULL CHECK (votes >= 0),
    rank            INTEGER NOT NULL CHECK (rank >= 1),
    elected         INTEGER NOT NULL CHECK (elected IN (0, 1))
);
CREATE INDEX candidacy_seat ON candidacy (election_id, constituency_id, rank);
CREATE INDEX candidacy_party ON candidacy (party_id);

CREATE TABLE alliance (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    abbreviation TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('electoral_alliance', 'seat_adjustment_pact', 'cooperation_agreement', 'governing_coalition', 'opposition_movement')),
    level        TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'city')),
    region       TEXT,
    from_date    TEXT CHECK (from_date IS NULL OR from_date GLOB '[0-9][0-9][0-9][0-9]' OR from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    to_date      TEXT CHECK (to_date IS NULL OR to_date GLOB '[0-9][0-9][0-9][0-9]' OR to_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR to_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    description  TEXT,
    CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= substr(from_date, 1, length(to_date)))
);

CREATE TABLE membership (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliance (id),
    party_id    INTEGER NOT NULL REFERENCES party (id),
    from_date   TEXT CHECK (from_date IS NULL OR from_date GLOB '[0-9][0-9][0-9][0-9]' OR from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    to_date     TEXT CHECK (to_date IS NULL OR to_date GLOB '[0-9][0-9][0-9][0-9]' OR to_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR to_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    role        TEXT,
    CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= substr(from_date, 1, length(to_date)))
);
CREATE INDEX membership_alliance ON membership (alliance_id);
CREATE INDEX membership_party ON membership (party_id);

-- A seat deal: giver stands down in (or supports) receiver's candidate at a seat.
CREATE TABLE seat_deal (
    id              INTEGER PRIMARY KEY,
    code            TEXT UNIQUE,
    election_id     INTEGER NOT NULL REFERENCES election (id),
    constituency_id INTEGER NOT NULL REFERENCES constituency (id),
    giver_id        INTEGER NOT NULL REFERENCES party (id),
    receiver_id     INTEGER NOT NULL REFERENCES party (id),
    candidate_name  TEXT,
    candidacy_id    INTEGER REFERENCES candidacy (id),
    alliance_id     INTEGER REFERENCES alliance (id),
    note            TEXT,
    CHECK (giver_id <> receiver_id)
);
CREATE INDEX seat_deal_giver ON seat_deal (giver_id);
CREATE INDEX seat_deal_receiver ON seat_deal (receiver_id);
CREATE INDEX seat_deal_seat ON seat_deal (constituency_id, election_id);

-- The dated history of a deal. A deal's status on a day is its latest claim up to that day.
CREATE TABLE deal_claim (
    id        INTEGER PRIMARY KEY,
    deal_id   INTEGER NOT NULL REFERENCES seat_deal (id),
    date      TEXT NOT NULL CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]' OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    status    TEXT NOT NULL CHECK (status IN ('reported', 'denied', 'confirmed', 'switched', 'collapsed')),
    source_id INTEGER NOT NULL REFERENCES source (id),
    note      TEXT
);
CREATE INDEX deal_claim_deal ON deal_claim (deal_id, date, id);

CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    date        TEXT NOT NULL CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]' OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    title       TEXT NOT NULL,
    place       TEXT,
    description TEXT
);
CREATE TABLE event_party (
    event_id INTEGER NOT NULL REFERENCES event (id),
    party_id INTEGER NOT NULL REFERENCES party (id),
    PRIMARY KEY (event_id, party_id)
) WITHOUT ROWID;
CREATE TABLE event_person (
    event_id  INTEGER NOT NULL REFERENCES event (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (event_id, person_id)
) WITHOUT ROWID;

CREATE TABLE party_relation (
    id        INTEGER PRIMARY KEY,
    party_a   INTEGER NOT NULL REFERENCES party (id),
    party_b   INTEGER NOT NULL REFERENCES party (id),
    kind      TEXT NOT NULL CHECK (kind IN ('rivalry', 'cooperation', 'split', 'merger', 'renamed')),
    from_date TEXT CHECK (from_date IS NULL OR from_date GLOB '[0-9][0-9][0-9][0-9]' OR from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    to_date   TEXT CHECK (to_date IS NULL OR to_date GLOB '[0-9][0-9][0-9][0-9]' OR to_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR to_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note      TEXT,
    CHECK (party_a <> party_b),
    CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= substr(from_date, 1, length(to_date)))
);

-- Which sources back which record. record_kind names the table; record_id its id.
CREATE TABLE citation (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('party', 'party_alias', 'person', 'affiliation', 'election', 'assembly', 'constituency', 'candidacy', 'alliance', 'membership', 'seat_deal', 'event', 'party_relation')),
    record_id   INTEGER NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (record_kind, record_id, source_id)
) WITHOUT ROWID;
CREATE INDEX citation_source ON citation (source_id);
