package org.allianceexplorer.data;

import java.util.List;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.RecordFilter;

final class SqlAllianceRepository extends SqlSupport implements Repositories.AllianceRepository {

    SqlAllianceRepository(Database db) {
        super(db);
    }

    @Override
    public List<Alliance> alliances(RecordFilter f) {
        Query q = new Query("SELECT " + RecordRows.ALLIANCE + " FROM alliance a WHERE 1 = 1").holdsOn("a", f.asOf());
        if (f.party() != null) {
            q.hasTie(
                    "SELECT 1 FROM membership m WHERE m.alliance_id = a.id AND m.party_id = ?",
                    "m",
                    partyId(f.party()),
                    f.asOf());
        }
        q.append("ORDER BY coalesce(a.from_date, ''), a.name, a.id");
        return list(q, RecordRows::alliance);
    }

    @Override
    public List<Membership> memberships(RecordFilter f) {
        Query q = new Query("SELECT m.id, m.alliance_id, coalesce(a.abbreviation, a.name) AS alliance, p.abbreviation,"
                        + " m.from_date, m.to_date, m.role FROM membership m JOIN alliance a ON a.id = m.alliance_id"
                        + " JOIN party p ON p.id = m.party_id WHERE 1 = 1")
                .holdsOn("m", f.asOf());
        if (f.party() != null) {
            q.and("m.party_id = ?", partyId(f.party()));
        }
        q.append("ORDER BY coalesce(a.from_date, ''), a.id, coalesce(m.from_date, ''), p.abbreviation");
        return list(
                q,
                rs -> new Membership(
                        rs.getLong("id"),
                        rs.getLong("alliance_id"),
                        rs.getString("alliance"),
                        rs.getString("abbreviation"),
                        period(rs),
                        rs.getString("role")));
    }
}
