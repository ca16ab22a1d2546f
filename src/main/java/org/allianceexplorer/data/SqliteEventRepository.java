package org.allianceexplorer.data;

import java.util.List;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordFilter;

final class SqliteEventRepository extends SqlSupport implements Repositories.EventRepository {

    SqliteEventRepository(Database db) {
        super(db);
    }

    @Override
    public List<Event> events(RecordFilter f) {
        Query q = new Query("SELECT e.id, e.code, e.date, e.title, e.place, e.description,"
                + " (SELECT group_concat(abbreviation, char(31)) FROM (SELECT p.abbreviation FROM event_party ep"
                + "   JOIN party p ON p.id = ep.party_id WHERE ep.event_id = e.id ORDER BY p.abbreviation)) AS parties,"
                + " (SELECT group_concat(name, char(31)) FROM (SELECT x.name FROM event_person ex"
                + "   JOIN person x ON x.id = ex.person_id WHERE ex.event_id = e.id ORDER BY x.name)) AS people"
                + " FROM event e WHERE 1 = 1");
        if (f.asOf() != null) {
            q.and(onOrBefore("e.date"), iso(f.asOf()));
        }
        if (f.party() != null) {
            q.and(
                    "EXISTS (SELECT 1 FROM event_party ep WHERE ep.event_id = e.id AND ep.party_id = ?)",
                    partyId(f.party()));
        }
        q.append("ORDER BY e.date, e.id");
        return list(
                q,
                rs -> new Event(
                        rs.getLong("id"),
                        rs.getString("code"),
                        PartialDate.parse(rs.getString("date")),
                        rs.getString("title"),
                        rs.getString("place"),
                        rs.getString("description"),
                        split(rs.getString("parties")),
                        split(rs.getString("people"))));
    }
}
