package org.allianceexplorer.data;

import java.util.List;
import java.util.Optional;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RelationKind;

final class SqlPartyRepository extends SqlSupport implements Repositories.PartyRepository {

    private static final String SELECT = "SELECT " + RecordRows.PARTY + " FROM party p WHERE 1 = 1";

    SqlPartyRepository(Database db) {
        super(db);
    }

    @Override
    public List<Party> parties(RecordFilter f) {
        Query q = new Query(SELECT);
        if (f.asOf() != null) {
            String d = iso(f.asOf());
            q.and(partyExists("p"), d, d);
        }
        if (f.party() != null) {
            q.and("p.id = ?", partyId(f.party()));
        }
        q.append("ORDER BY p.abbreviation COLLATE NOCASE");
        return list(q, RecordRows::party);
    }

    @Override
    public Optional<Party> party(String abbreviation) {
        Query q = new Query(SELECT).and("p.abbreviation = ? COLLATE NOCASE", abbreviation);
        return list(q, RecordRows::party).stream().findFirst();
    }

    @Override
    public List<PartyRelation> relations(RecordFilter f) {
        Query q = new Query("SELECT r.id, a.abbreviation AS pa, b.abbreviation AS pb, r.kind, r.from_date, r.to_date,"
                + " r.note FROM party_relation r JOIN party a ON a.id = r.party_a JOIN party b ON b.id = r.party_b"
                + " WHERE 1 = 1");
        if (f.asOf() != null) {
            // the relation's span holds and both parties exist: a rivalry with no start does not hold before
            // both were founded (the graph's rule, EdgeDerivation.relationHolds; a test keeps them in step)
            String d = iso(f.asOf());
            q.holdsOn("r", f.asOf());
            q.and(partyExists("a"), d, d);
            q.and(partyExists("b"), d, d);
        }
        if (f.party() != null) {
            long id = partyId(f.party());
            q.and("(r.party_a = ? OR r.party_b = ?)", id, id);
        }
        q.append("ORDER BY coalesce(r.from_date, ''), a.abbreviation, b.abbreviation, r.id");
        return list(
                q,
                rs -> new PartyRelation(
                        rs.getLong("id"),
                        rs.getString("pa"),
                        rs.getString("pb"),
                        Coded.parse(RelationKind.class, rs.getString("kind")),
                        period(rs),
                        rs.getString("note")));
    }
}
