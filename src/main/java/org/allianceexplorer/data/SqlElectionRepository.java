package org.allianceexplorer.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Candidacy;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.RecordFilter;

final class SqlElectionRepository extends SqlSupport implements Repositories.ElectionRepository {

    SqlElectionRepository(Database db) {
        super(db);
    }

    @Override
    public Set<String> electionsWithResults() {
        return new HashSet<>(list(
                new Query("SELECT e.name FROM election e"
                        + " WHERE EXISTS (SELECT 1 FROM candidacy c WHERE c.election_id = e.id)"),
                rs -> rs.getString(1)));
    }

    @Override
    public List<Election> elections(RecordFilter f) {
        Query q = new Query("SELECT " + RecordRows.ELECTION + " FROM election e WHERE 1 = 1")
                .undatedOrBy("e.polling_day", f.asOf());
        if (f.party() != null) {
            long id = partyId(f.party());
            q.and(
                    "(EXISTS (SELECT 1 FROM candidacy c WHERE c.election_id = e.id AND c.party_id = ?)"
                            + " OR EXISTS (SELECT 1 FROM seat_deal d WHERE d.election_id = e.id AND (d.giver_id = ? OR d.receiver_id = ?)))",
                    id,
                    id,
                    id);
        }
        q.append("ORDER BY coalesce(e.polling_day, ''), e.id");
        return list(q, RecordRows::election);
    }

    @Override
    public List<Assembly> assemblies() {
        return list(
                new Query("SELECT id, code, name, province, total_seats, general_seats, majority FROM assembly"
                        + " ORDER BY id"),
                rs -> new Assembly(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("province"),
                        intOrNull(rs, "total_seats"),
                        intOrNull(rs, "general_seats"),
                        intOrNull(rs, "majority")));
    }

    @Override
    public List<Constituency> constituencies(RecordFilter f) {
        Query q = new Query("SELECT " + RecordRows.CONSTITUENCY
                + " FROM constituency c JOIN assembly a ON a.id = c.assembly_id WHERE 1 = 1");
        if (f.party() != null) {
            long id = partyId(f.party());
            q.and(
                    "(EXISTS (SELECT 1 FROM candidacy k WHERE k.constituency_id = c.id AND k.party_id = ?)"
                            + " OR EXISTS (SELECT 1 FROM seat_deal d WHERE d.constituency_id = c.id AND (d.giver_id = ? OR d.receiver_id = ?)))",
                    id,
                    id,
                    id);
        }
        q.append("ORDER BY a.id, c.code COLLATE NOCASE, c.id");
        return list(q, RecordRows::constituency);
    }

    @Override
    public void forEachResult(RecordFilter f, Consumer<Candidacy> sink) {
        forEachResult(f, null, sink);
    }

    @Override
    public void forEachResult(RecordFilter f, long electionId, Consumer<Candidacy> sink) {
        forEachResult(f, (Long) electionId, sink);
    }

    @Override
    public Map<Long, Integer> seatsWithResults() {
        Map<Long, Integer> out = new HashMap<>();
        // the (election, seat, rank) index holds it: no result row is read
        forEach(
                new Query("SELECT election_id, count(DISTINCT constituency_id) FROM candidacy GROUP BY election_id"),
                rs -> Map.entry(rs.getLong(1), rs.getInt(2)),
                e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private void forEachResult(RecordFilter f, Long electionId, Consumer<Candidacy> sink) {
        Query q = new Query("SELECT k.id, e.name AS election, c.code AS seat, k.candidate_name, p.abbreviation,"
                        + " k.party_label, k.votes, k.rank, k.elected, " + Counts.officialVotes("k")
                        + " AS official_votes, " + Counts.place("k") + " AS official_place, sc.basis, "
                        + Counts.elected("k") + " AS won FROM candidacy k JOIN election e ON e.id = k.election_id"
                        + " JOIN constituency c ON c.id = k.constituency_id LEFT JOIN party p ON p.id = k.party_id"
                        + Counts.join("k.election_id", "k.constituency_id") + " WHERE 1 = 1")
                .undatedOrBy("e.polling_day", f.asOf());
        if (f.party() != null) {
            q.and("k.party_id = ?", partyId(f.party()));
        }
        if (electionId != null) {
            q.and("k.election_id = ?", electionId);
        }
        q.append("ORDER BY k.election_id, k.constituency_id, k.rank");
        forEach(
                q,
                rs -> new Candidacy(
                        rs.getLong("id"),
                        rs.getString("election"),
                        rs.getString("seat"),
                        rs.getString("candidate_name"),
                        rs.getString("abbreviation"),
                        rs.getString("party_label"),
                        rs.getLong("votes"),
                        rs.getInt("rank"),
                        rs.getInt("elected") == 1,
                        longOrNull(rs, "official_votes"),
                        rs.getInt("official_place"),
                        rs.getInt("official_place") == 0 ? null : rs.getString("basis"),
                        rs.getInt("won") == 1),
                sink);
    }

    @Override
    public List<OfficialCount> officialCounts(RecordFilter f) {
        return officialCounts(f, null);
    }

    @Override
    public List<OfficialCount> officialCounts(RecordFilter f, long electionId) {
        return officialCounts(f, (Long) electionId);
    }

    private List<OfficialCount> officialCounts(RecordFilter f, Long electionId) {
        Query q = new Query(RecordRows.OFFICIAL_COUNTS + " WHERE 1 = 1").undatedOrBy("e.polling_day", f.asOf());
        if (electionId != null) {
            q.and("sc.election_id = ?", electionId);
        }
        if (f.party() != null) {
            long id = partyId(f.party());
            q.and(
                    "EXISTS (SELECT 1 FROM candidacy k WHERE k.election_id = sc.election_id"
                            + " AND k.constituency_id = sc.constituency_id AND +k.party_id = ?)",
                    id);
        }
        q.append("ORDER BY e.id, c.id");
        return list(q, RecordRows::officialCount);
    }

    @Override
    public Map<String, Integer> partyResultCounts() {
        Query q = new Query("SELECT e.code, count(*) FROM party_result r JOIN election e ON e.id = r.election_id")
                .append("GROUP BY e.code");
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Object[] row : list(q, rs -> new Object[] {rs.getString(1), rs.getInt(2)})) {
            out.put((String) row[0], (Integer) row[1]);
        }
        return out;
    }

    @Override
    public List<PartyResult> partyResults(String electionCode) {
        return list(partyResultsOf(electionCode), RecordRows::partyResult);
    }

    /** The national results by party of one election, most seats (then votes) first: read by {@link RecordRows#partyResult}. */
    static Query partyResultsOf(String electionCode) {
        return new Query("SELECT r.id, r.code, e.name AS election, a.code AS assembly, p.id AS party_id,")
                .append("p.abbreviation, p.name, r.votes, r.vote_share, r.seats")
                .append("FROM party_result r JOIN election e ON e.id = r.election_id")
                .append("JOIN assembly a ON a.id = r.assembly_id JOIN party p ON p.id = r.party_id")
                .append("WHERE e.code = ?", electionCode)
                .append("ORDER BY coalesce(r.seats, -1) DESC, coalesce(r.votes, -1) DESC, p.abbreviation");
    }
}
