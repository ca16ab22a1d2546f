package org.allianceexplorer.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.domain.RecordKind;

final class SqliteStatisticsRepository extends SqlSupport implements Repositories.StatisticsRepository {

    SqliteStatisticsRepository(Database db) {
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
        Query q = new Query("SELECT e.name,"
                + " (SELECT count(*) FROM candidacy k WHERE k.election_id = e.id),"
                + " (SELECT count(*) FROM seat_count sc WHERE sc.election_id = e.id),"
                + " (SELECT count(*) FROM seat_deal d WHERE d.election_id = e.id),"
                + " (SELECT count(*) FROM deal_claim x JOIN seat_deal d ON d.id = x.deal_id WHERE d.election_id = e.id)"
                + " FROM election e ORDER BY coalesce(e.polling_day, ''), e.id");
        return list(
                q,
                rs -> new Repositories.Coverage(
                        rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
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
