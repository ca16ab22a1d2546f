package org.allianceexplorer.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link RelationshipRepository} over an SQLite database. */
final class SqlRelationshipRepository extends SqlSupport implements RelationshipRepository {

    SqlRelationshipRepository(Database db) {
        super(db);
    }

    @Override
    public Map<String, Integer> seatsWon(String election) {
        Map<String, Integer> out = new HashMap<>();
        if (election == null) {
            return out;
        }
        Query q = new Query(
                        "SELECT p.abbreviation, count(*) AS seats FROM candidacy k JOIN party p ON p.id = k.party_id"
                                + " JOIN election e ON e.id = k.election_id"
                                + Counts.join("k.election_id", "k.constituency_id") + " WHERE " + Counts.won("k"))
                .and("(e.code = ? OR e.name = ?)", election, election)
                .append("GROUP BY p.abbreviation");
        forEach(q, rs -> Map.entry(rs.getString(1), rs.getInt(2)), e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public Map<Long, List<String>> outlets(String recordKind) {
        return outletsByRecord(recordKind);
    }

    @Override
    public Map<Long, String> allianceElections() {
        Query q = new Query("SELECT d.alliance_id, min(e.name) FROM seat_deal d JOIN election e ON e.id = d.election_id"
                + " WHERE d.alliance_id IS NOT NULL GROUP BY d.alliance_id HAVING count(DISTINCT d.election_id) = 1");
        Map<Long, String> out = new HashMap<>();
        forEach(q, rs -> Map.entry(rs.getLong(1), rs.getString(2)), e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
