package org.allianceexplorer.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link RelationshipRepository} over an SQLite database. */
final class SqliteRelationshipRepository extends SqlSupport implements RelationshipRepository {

    private static final Set<String> KINDS = Set.of("membership", "party_relation", "alliance", "seat_deal");

    SqliteRelationshipRepository(Database db) {
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
                                + " JOIN election e ON e.id = k.election_id WHERE k.elected = 1")
                .and("(e.code = ? OR e.name = ?)", election, election)
                .append("GROUP BY p.abbreviation");
        forEach(q, rs -> Map.entry(rs.getString(1), rs.getInt(2)), e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public Map<Long, List<String>> outlets(String recordKind) {
        if (!KINDS.contains(recordKind)) {
            throw new IllegalArgumentException("no citations of kind '" + recordKind + "'");
        }
        Map<Long, List<String>> out = new LinkedHashMap<>();
        Query q = new Query("SELECT c.record_id, s.outlet FROM citation c JOIN source s ON s.id = c.source_id"
                        + " WHERE 1 = 1")
                .and("c.record_kind = ?", recordKind)
                .append("ORDER BY c.record_id, s.outlet");
        forEach(
                q,
                rs -> Map.entry(rs.getLong(1), rs.getString(2)),
                e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }
}
