package org.allianceexplorer.data.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.allianceexplorer.data.format.DatasetFormat;

/**
 * The records of every kind by key for one import (see {@link KeyIndex}), and the labels results use for
 * parties. Kinds that many records may have (results, deals, claims, ...) are looked up in the database;
 * the others are held in memory.
 */
final class KeyIndexes {
    final KeyIndex sources;
    final KeyIndex parties;
    final KeyIndex aliases;
    final KeyIndex people;
    final KeyIndex elections;
    final KeyIndex assemblies;
    final KeyIndex seats;
    final KeyIndex alliances;
    final KeyIndex events;
    final KeyIndex candidacies;
    final KeyIndex partyResults;
    final KeyIndex seatCounts;
    final KeyIndex deals;
    final KeyIndex claims;
    final KeyIndex affiliations;
    final KeyIndex memberships;
    final KeyIndex relations;
    /** Results labels (alias labels, folded) to party ids. */
    private final Map<String, Long> labelToParty = new HashMap<>();

    KeyIndexes(Connection c) throws SQLException {
        sources = KeyIndex.preloaded(c, "source", "source", "SELECT id, code FROM source", false);
        parties = KeyIndex.preloaded(c, "party", "party", "SELECT id, abbreviation FROM party", true);
        aliases = KeyIndex.preloaded(c, "party alias", "party_alias", "SELECT id, label FROM party_alias", true);
        people = KeyIndex.preloaded(c, "person", "person", "SELECT id, code FROM person", false);
        elections = KeyIndex.preloaded(c, "election", "election", "SELECT id, code FROM election", false);
        assemblies = KeyIndex.preloaded(c, "assembly", "assembly", "SELECT id, code FROM assembly", false);
        seats = KeyIndex.preloaded(
                c,
                "seat",
                "constituency",
                "SELECT c.id, a.code || '" + Importer.SEP + "' || c.code FROM constituency c"
                        + " JOIN assembly a ON a.id = c.assembly_id",
                false);
        alliances = KeyIndex.preloaded(c, "alliance", "alliance", "SELECT id, code FROM alliance", false);
        events = KeyIndex.preloaded(c, "event", "event", "SELECT id, code FROM event", false);
        candidacies = KeyIndex.queried(c, "result", "candidacy");
        partyResults = KeyIndex.queried(c, "party result", "party_result");
        seatCounts = KeyIndex.queried(c, "official count", "seat_count");
        deals = KeyIndex.queried(c, "deal", "seat_deal");
        claims = KeyIndex.queried(c, "claim", "deal_claim");
        affiliations = KeyIndex.queried(c, "affiliation", "affiliation");
        memberships = KeyIndex.queried(c, "membership", "membership");
        relations = KeyIndex.queried(c, "relation", "party_relation");
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT label, party_id FROM party_alias")) {
            while (rs.next()) {
                labelToParty.put(DatasetFormat.fold(rs.getString(1)), rs.getLong(2));
            }
        }
    }

    /** An alias added by this import: results may name its party by it. */
    void label(String label, long party) {
        labelToParty.put(DatasetFormat.fold(label), party);
    }

    /**
     * The party a results label means: an alias, when the dataset declares one, wins over a party of the
     * same abbreviation (the 2024 results print "MQM" for MQM-P, while MQM is also the original party).
     */
    Long partyForLabel(String label) {
        String key = DatasetFormat.fold(label);
        Long p = labelToParty.get(key);
        return p != null ? p : parties.findFolded(label);
    }

    /** The kind a column of the database refers to, or null when it is not a reference. */
    KeyIndex referredToBy(String column) {
        return switch (column) {
            case "party_id", "giver_id", "receiver_id", "party_a", "party_b" -> parties;
            case "person_id" -> people;
            case "election_id" -> elections;
            case "constituency_id" -> seats;
            case "assembly_id" -> assemblies;
            case "alliance_id" -> alliances;
            case "candidacy_id", "winner_id", "runner_up_id" -> candidacies;
            case "deal_id" -> deals;
            case "source_id" -> sources;
            default -> null;
        };
    }
}
