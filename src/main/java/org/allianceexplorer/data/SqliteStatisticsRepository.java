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
