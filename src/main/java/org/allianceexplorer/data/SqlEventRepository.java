package org.allianceexplorer.data;

import java.util.List;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.RecordFilter;

final class SqlEventRepository extends SqlSupport implements Repositories.EventRepository {

    SqlEventRepository(Database db) {
        super(db);
    }

    @Override
    public List<Event> events(RecordFilter f) {
        Query q = new Query(RecordRows.EVENTS_WHERE + "1 = 1").datedBy("e.date", f.asOf());
        if (f.party() != null) {
            q.and(
                    "EXISTS (SELECT 1 FROM event_party ep WHERE ep.event_id = e.id AND ep.party_id = ?)",
                    partyId(f.party()));
        }
        q.append("ORDER BY e.date, e.id");
        return list(q, RecordRows::event);
    }
}
