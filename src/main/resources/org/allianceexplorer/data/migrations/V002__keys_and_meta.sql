-- Alliance Explorer schema, version 2: every record has a key, and the database knows its own name.
--
-- The interchange format (docs/data-format.md) matches records by key. Sources, parties, people,
-- elections, assemblies, constituencies, alliances, deals and events had one in version 1; affiliations,
-- candidacies, memberships, claims and relations get one here. Writers fill it (an import derives it from
-- the record's identity when the file gives none, see DatasetFormat); a record of an older database that
-- has none gets a derived key when dumped.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE affiliation ADD COLUMN code TEXT;
CREATE UNIQUE INDEX affiliation_code ON affiliation (code);
ALTER TABLE candidacy ADD COLUMN code TEXT;
CREATE UNIQUE INDEX candidacy_code ON candidacy (code);
ALTER TABLE membership ADD COLUMN code TEXT;
CREATE UNIQUE INDEX membership_code ON membership (code);
ALTER TABLE deal_claim ADD COLUMN code TEXT;
CREATE UNIQUE INDEX deal_claim_code ON deal_claim (code);
ALTER TABLE party_relation ADD COLUMN code TEXT;
CREATE UNIQUE INDEX party_relation_code ON party_relation (code);
