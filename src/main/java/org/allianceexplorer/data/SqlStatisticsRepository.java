package org.allianceexplorer.data;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.domain.RecordKind;

final class SqlStatisticsRepository extends SqlSupport implements Repositories.StatisticsRepository {

    SqlStatisticsRepository(Database db) {
        super(db);
    }

    @Override
    public Map<RecordKind, Long> counts() {
        Map<RecordKind, Long> out = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            List<Long> n = list(new Query("SELECT count(*) FROM " + table(k)), rs -> rs.getLong(1));
            out.put(k, n.get(0));
        }
        return out;
    }

    @Override
    public long officialCounts() {
        return list(new Query("SELECT count(*) FROM seat_count"), rs -> rs.getLong(1))
                .get(0);
    }

    @Override
    public List<Repositories.Coverage> coverage() {
        // the deals and their claims per election in one pass over the deals with their kept claim counts (ADR
        // 0014), added up here: a sub-query per election scanned every deal once per election (4.5 s on a million
        // deals), and SQLite's GROUP BY sorts a million rows to make ten groups (3 s)
        Map<Long, long[]> deals = new HashMap<>();
        forEach(
                // in id order: the kept state is read in its own order, page after page (by the seat index's order
                // the look-ups jump about the file: 2.9 s against 0.2 s on a million deals)
                new Query("SELECT d.election_id, " + DealState.column(1, true, "") + " FROM seat_deal d"
                        + DealState.STORED_JOIN + " ORDER BY d.id"),
                rs -> {
                    long[] n = deals.computeIfAbsent(rs.getLong(1), x -> new long[2]);
                    n[0]++;
                    n[1] += rs.getLong(2);
                    return null;
                },
                x -> {});
        Query q = new Query("SELECT e.id, e.name, coalesce(k.n, 0), coalesce(sc.n, 0) FROM election e"
                + " LEFT JOIN (SELECT election_id, count(*) AS n FROM candidacy GROUP BY election_id) k"
                + " ON k.election_id = e.id"
                + " LEFT JOIN (SELECT election_id, count(*) AS n FROM seat_count GROUP BY election_id) sc"
                + " ON sc.election_id = e.id"
                + " ORDER BY coalesce(e.polling_day, ''), e.id");
        return list(q, rs -> {
            long[] n = deals.getOrDefault(rs.getLong(1), new long[2]);
            return new Repositories.Coverage(rs.getString(2), rs.getLong(3), rs.getLong(4), n[0], n[1]);
        });
    }

    @Override
    public String licence() {
        List<String> v = list(new Query("SELECT value FROM meta WHERE key = 'licence'"), rs -> rs.getString(1));
        return v.isEmpty() ? null : v.get(0);
    }

    /** The table that holds records of a kind. */
    static String table(RecordKind k) {
        return switch (k) {
            case PARTIES -> "party";
            case PEOPLE -> "person";
            case ELECTIONS -> "election";
            case CONSTITUENCIES -> "constituency";
            case RESULTS -> "candidacy";
            case ALLIANCES -> "alliance";
            case MEMBERSHIPS -> "membership";
            case DEALS -> "seat_deal";
            case CLAIMS -> "deal_claim";
            case EVENTS -> "event";
            case RELATIONS -> "party_relation";
            case SOURCES -> "source";
        };
    }
}
