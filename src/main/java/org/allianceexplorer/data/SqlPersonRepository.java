package org.allianceexplorer.data;

import java.util.List;
import org.allianceexplorer.domain.Affiliation;
import org.allianceexplorer.domain.Person;
import org.allianceexplorer.domain.RecordFilter;

final class SqlPersonRepository extends SqlSupport implements Repositories.PersonRepository {

    SqlPersonRepository(Database db) {
        super(db);
    }

    @Override
    public List<Person> people(RecordFilter f) {
        Query q = new Query("SELECT " + RecordRows.PERSON + " FROM person p WHERE 1 = 1");
        if (f.party() != null) {
            q.hasTie(
                    "SELECT 1 FROM affiliation a WHERE a.person_id = p.id AND a.party_id = ?",
                    "a",
                    partyId(f.party()),
                    f.asOf());
        }
        q.append("ORDER BY p.name COLLATE NOCASE, p.id");
        return list(q, RecordRows::person);
    }

    @Override
    public List<Affiliation> affiliations(RecordFilter f) {
        Query q = new Query(
                        "SELECT a.id, a.person_id, p.name, y.abbreviation, a.role, a.from_date, a.to_date"
                                + " FROM affiliation a JOIN person p ON p.id = a.person_id JOIN party y ON y.id = a.party_id WHERE 1 = 1")
                .holdsOn("a", f.asOf());
        if (f.party() != null) {
            q.and("a.party_id = ?", partyId(f.party()));
        }
        q.append("ORDER BY p.name COLLATE NOCASE, coalesce(a.from_date, ''), a.id");
        return list(
                q,
                rs -> new Affiliation(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("name"),
                        rs.getString("abbreviation"),
                        rs.getString("role"),
                        period(rs)));
    }
}
