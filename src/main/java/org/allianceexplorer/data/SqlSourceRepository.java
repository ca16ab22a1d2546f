package org.allianceexplorer.data;

import java.util.List;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.Source;

final class SqlSourceRepository extends SqlSupport implements Repositories.SourceRepository {

    SqlSourceRepository(Database db) {
        super(db);
    }

    /**
     * Sources, as of a day those published by then (or undated); for a party, the sources behind the
     * party itself, its memberships, relations, affiliations, events, and the claims of its deals.
     */
    @Override
    public List<Source> sources(RecordFilter f) {
        Query q = new Query("SELECT " + RecordRows.SOURCE + " FROM source s WHERE 1 = 1")
                .undatedOrBy("s.published", f.asOf());
        if (f.party() != null) {
            long p = partyId(f.party());
            q.and(
                    "(EXISTS (SELECT 1 FROM citation c WHERE c.source_id = s.id AND ("
                            + " (c.record_kind = 'party' AND c.record_id = ?)"
                            + " OR (c.record_kind = 'membership' AND c.record_id IN (SELECT id FROM membership WHERE party_id = ?))"
                            + " OR (c.record_kind = 'party_relation' AND c.record_id IN (SELECT id FROM party_relation WHERE party_a = ? OR party_b = ?))"
                            + " OR (c.record_kind = 'affiliation' AND c.record_id IN (SELECT id FROM affiliation WHERE party_id = ?))"
                            + " OR (c.record_kind = 'event' AND c.record_id IN (SELECT event_id FROM event_party WHERE party_id = ?))"
                            + " OR (c.record_kind = 'seat_deal' AND c.record_id IN (SELECT id FROM seat_deal WHERE giver_id = ? OR receiver_id = ?))))"
                            + " OR EXISTS (SELECT 1 FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id WHERE k.source_id = s.id"
                            + "   AND (d.giver_id = ? OR d.receiver_id = ?)))",
                    p,
                    p,
                    p,
                    p,
                    p,
                    p,
                    p,
                    p,
                    p,
                    p);
        }
        q.append("ORDER BY s.outlet COLLATE NOCASE, coalesce(s.published, ''), s.id");
        return list(q, RecordRows::source);
    }
}
