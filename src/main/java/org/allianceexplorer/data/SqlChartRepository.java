package org.allianceexplorer.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ChartRepository} over an SQLite database. */
final class SqlChartRepository extends SqlSupport implements ChartRepository {

    SqlChartRepository(Database db) {
        super(db);
    }

    @Override
    public List<ResultsCoverage> resultsCoverage() {
        Query q = new Query("SELECT e.code, e.name, a.code AS assembly, count(*) AS seats FROM candidacy k"
                + " JOIN election e ON e.id = k.election_id JOIN constituency c ON c.id = k.constituency_id"
                + " JOIN assembly a ON a.id = c.assembly_id WHERE k.elected = 1"
                + " GROUP BY e.id, a.id ORDER BY coalesce(e.polling_day, ''), e.id, a.id");
        return list(q, rs -> new ResultsCoverage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    @Override
    public List<SeatCount> seatsWon(String election, String assembly) {
        Query q = winners(
                        "SELECT p.abbreviation, coalesce(p.abbreviation, k.party_label, '?') AS label, count(*) AS seats",
                        " LEFT JOIN party p ON p.id = k.party_id",
                        election,
                        assembly)
                .append("GROUP BY label ORDER BY seats DESC, label");
        return list(q, rs -> new SeatCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    @Override
    public Map<String, Map<String, Integer>> seatsWonByLabel(String election, String assembly) {
        Query q = winners(
                        "SELECT p.abbreviation, coalesce(k.party_label, p.abbreviation), count(*)",
                        " JOIN party p ON p.id = k.party_id",
                        election,
                        assembly)
                .append("GROUP BY p.abbreviation, k.party_label");
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String[] row : list(q, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            out.computeIfAbsent(row[0], k -> new LinkedHashMap<>())
                    .merge(row[1], Integer.parseInt(row[2]), Integer::sum);
        }
        return out;
    }

    @Override
    public List<String> resultOutlets(String election, String assembly) {
        // the results' sources and, where seats were read on an official count, the count's
        Query q = winners(
                        "SELECT DISTINCT s.outlet FROM citation t JOIN source s ON s.id = t.source_id"
                                + " WHERE (t.record_kind = 'candidacy' AND t.record_id IN (SELECT k.id",
                        "",
                        election,
                        assembly)
                .append(") OR t.record_kind = 'seat_count' AND t.record_id IN (SELECT sc.id FROM seat_count sc"
                        + " JOIN election e ON e.id = sc.election_id JOIN constituency c ON c.id = sc.constituency_id"
                        + " JOIN assembly a ON a.id = c.assembly_id WHERE (e.code = ? OR e.name = ?) AND a.code = ?))"
                        + " ORDER BY s.outlet");
        q.params.add(election);
        q.params.add(election);
        q.params.add(assembly);
        return list(q, rs -> rs.getString(1));
    }

    @Override
    public Map<Long, List<String>> outlets(String recordKind) {
        return outletsByRecord(recordKind);
    }

    /**
     * {@code select} over the seats' winners {@code k} (on the official count where there is one) of an election
     * (key or name) in an assembly, with {@code join} (the party's, or none).
     */
    private static Query winners(String select, String join, String election, String assembly) {
        return new Query(select + " FROM candidacy k JOIN election e ON e.id = k.election_id"
                        + " JOIN constituency c ON c.id = k.constituency_id JOIN assembly a ON a.id = c.assembly_id"
                        + join + Counts.join("k.election_id", "k.constituency_id") + " WHERE " + Counts.won("k"))
                .and("(e.code = ? OR e.name = ?)", election, election)
                .and("a.code = ?", assembly);
    }
}
