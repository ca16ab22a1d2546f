package org.allianceexplorer.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimLine;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.ClaimDetail;
import org.allianceexplorer.domain.RecordDetail.DealDetail;
import org.allianceexplorer.domain.RecordDetail.ElectionDetail;
import org.allianceexplorer.domain.RecordDetail.ResultDetail;
import org.allianceexplorer.domain.RecordDetail.SeatDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.ResultLine;
import org.allianceexplorer.domain.Tie;

/** The detail pages of seat deals and their claims, and of what they are made at: seats, results, elections. */
final class DealDetails extends DetailSupport {

    /** Days before polling day whose events belong to an election's page (its campaign). */
    static final int CAMPAIGN_DAYS = 120;
    /** Days after polling day whose events belong to an election's page (coalitions, protests). */
    static final int AFTERMATH_DAYS = 90;

    DealDetails(Database db) {
        super(db);
    }

    Optional<RecordDetail> deal(long id, LocalDate asOf) {
        List<DealLine> found = dealLines("d.id = ?", List.of(id), asOf, false, 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DealLine d = found.get(0);
        Query q = query(
                "SELECT d.note, d.alliance_id, coalesce(a.abbreviation, a.name) AS alliance, e.polling_day"
                        + " FROM seat_deal d JOIN election e ON e.id = d.election_id"
                        + " LEFT JOIN alliance a ON a.id = d.alliance_id WHERE d.id = ?",
                id);
        record Extra(String note, RecordRef alliance, PartialDate pollingDay) {}
        Extra extra = list(
                        q,
                        rs -> new Extra(
                                rs.getString("note"),
                                longOrNull(rs, "alliance_id") == null
                                        ? null
                                        : ref(RecordKind.ALLIANCES, rs, "alliance_id", "alliance"),
                                PartialDate.parseNullable(rs.getString("polling_day"))))
                .get(0);
        return Optional.of(new DealDetail(
                d.deal(),
                d,
                extra.alliance(),
                extra.note(),
                claims("k.deal_id = ?", id, d.deal()),
                sources(d.deal(), asOf),
                extra.pollingDay()));
    }

    private List<ClaimLine> claims(String where, long id, RecordRef deal) {
        // the claim's columns are aliased: a bare "id" here would be read as the source's id by source(rs)
        // (the claim's outlet once opened whichever source had the claim's id)
        Query q = query(
                "SELECT k.id AS claim_id, k.deal_id, k.date AS claim_date, k.status AS claim_status,"
                        + " k.note AS claim_note, " + RecordRows.SOURCE
                        + " FROM deal_claim k JOIN source s ON s.id = k.source_id WHERE " + where
                        + " ORDER BY k.date, k.id",
                id);
        return list(
                q,
                rs -> new ClaimLine(
                        new RecordRef(
                                RecordKind.CLAIMS,
                                rs.getLong("claim_id"),
                                rs.getString("claim_status") + " " + rs.getString("claim_date")),
                        deal != null ? deal : new RecordRef(RecordKind.DEALS, rs.getLong("deal_id"), null),
                        PartialDate.parse(rs.getString("claim_date")),
                        Coded.parse(ClaimStatus.class, rs.getString("claim_status")),
                        RecordRows.source(rs),
                        rs.getString("claim_note")));
    }

    Optional<RecordDetail> claim(long id, LocalDate asOf) {
        List<ClaimLine> found = claims("k.id = ?", id, null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClaimLine c = found.get(0);
        DealLine d =
                dealLines("d.id = ?", List.of(c.deal().id()), asOf, false, 1).get(0);
        return Optional.of(new ClaimDetail(
                c.claim(), new ClaimLine(c.claim(), d.deal(), c.date(), c.status(), c.source(), c.note()), d));
    }

    Optional<RecordDetail> seat(long id, LocalDate asOf) {
        Query q = query(
                "SELECT " + RecordRows.CONSTITUENCY + ", a.name AS assembly_name"
                        + " FROM constituency c JOIN assembly a ON a.id = c.assembly_id WHERE c.id = ?",
                id);
        record Found(Constituency seat, String assemblyName) {}
        Optional<Found> found = first(q, rs -> new Found(RecordRows.constituency(rs), rs.getString("assembly_name")));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Constituency c = found.get().seat();
        RecordRef ref = new RecordRef(RecordKind.CONSTITUENCIES, id, c.code());
        List<DealLine> deals = dealLines("d.constituency_id = ?", List.of(id), asOf, true, LIMIT);
        // the index on candidacy starts with the election: name them all so it is used
        String ofSeat = "k.election_id IN (SELECT id FROM election) AND k.constituency_id = ?";
        List<ResultLine> results =
                resultLines(ofSeat, List.of(id), asOf, "ORDER BY coalesce(e.polling_day, ''), e.id, rank, k.id");
        Query cq = query(RecordRows.OFFICIAL_COUNTS + " WHERE sc.constituency_id = ?", id);
        if (asOf != null) {
            cq.and("e.polling_day IS NOT NULL AND " + onOrBefore("e.polling_day"), iso(asOf));
        }
        List<OfficialCount> counts = list(cq.append("ORDER BY e.polling_day, e.id"), RecordRows::officialCount);
        SourceIds ids = SourceIds.of("constituency", id)
                .citedBy("candidacy k", "candidacy", "k.id", ofSeat, id)
                .citedBy("seat_deal d", "seat_deal", "d.id", "d.constituency_id = ?", id)
                .claimsOfDeals("d.constituency_id = ?", id);
        return Optional.of(
                new SeatDetail(ref, c, found.get().assemblyName(), deals, results, counts, sourceList(ids, asOf)));
    }

    Optional<RecordDetail> result(long id, LocalDate asOf) {
        List<ResultLine> found = resultLines("k.id = ?", List.of(id), null, "");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ResultLine r = found.get(0);
        // the margin on the basis the votes are shown on: the official count's where it names the candidate
        Query q = query(
                "SELECT " + Counts.otherVotes("k") + " FROM candidacy k"
                        + Counts.join("k.election_id", "k.constituency_id") + " WHERE k.id = ?",
                id);
        List<Long> other = list(q, rs -> {
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        });
        Long margin = other.isEmpty() || other.get(0) == null ? null : r.votes() - other.get(0);
        return Optional.of(new ResultDetail(r.result(), r, margin, sources(r.result(), asOf)));
    }

    Optional<RecordDetail> election(long id, LocalDate asOf) {
        return byId(RecordRows.ELECTION, "election", "e", id, RecordRows::election)
                .map(e -> election(e, asOf));
    }

    private RecordDetail election(Election e, LocalDate asOf) {
        long id = e.id();
        long[] results = list(
                        query(
                                "SELECT count(DISTINCT constituency_id), count(*) FROM candidacy"
                                        + " WHERE election_id = ?",
                                id),
                        rs -> new long[] {rs.getLong(1), rs.getLong(2)})
                .get(0);
        long deals = list(query("SELECT count(*) FROM seat_deal WHERE election_id = ?", id), rs -> rs.getLong(1))
                .get(0);
        RecordRef ref = new RecordRef(RecordKind.ELECTIONS, id, e.name());
        List<Tie> alliances = List.of();
        List<Event> events = List.of();
        if (e.pollingDay() != null
                && (asOf == null || !e.pollingDay().earliest().isAfter(asOf))) {
            // what is known of an election without results: the alliances in force on polling day (with their
            // members on that day) and the events of the campaign and its aftermath
            String day = iso(e.pollingDay().earliest());
            Query a = query(
                    "SELECT a.id, coalesce(a.abbreviation, a.name) AS short, a.kind, a.from_date, a.to_date,"
                            + " (SELECT group_concat(abbreviation, ', ') FROM (SELECT p.abbreviation FROM membership m"
                            + "   JOIN party p ON p.id = m.party_id WHERE m.alliance_id = a.id AND " + spanHolds("m")
                            + "   ORDER BY p.abbreviation COLLATE NOCASE) AS m) AS members"
                            + " FROM alliance a WHERE " + spanHolds("a") + " ORDER BY coalesce(a.from_date, ''), a.id",
                    day,
                    day,
                    day,
                    day);
            alliances = list(a, rs -> {
                RecordRef alliance = ref(RecordKind.ALLIANCES, rs, "id", "short");
                return new Tie(
                        alliance,
                        alliance,
                        Coded.parse(AllianceKind.class, rs.getString("kind")).label(),
                        period(rs),
                        rs.getString("members"));
            });
            LocalDate polling = e.pollingDay().earliest();
            events = events(
                    "e.date >= ? AND e.date <= ?",
                    List.of(iso(polling.minusDays(CAMPAIGN_DAYS)), iso(polling.plusDays(AFTERMATH_DAYS))),
                    asOf);
        }
        List<PartyResult> national = list(SqlElectionRepository.partyResultsOf(e.code()), RecordRows::partyResult);
        return new ElectionDetail(
                ref, e, results[0], results[1], deals, national, alliances, events, sources(ref, asOf));
    }
}
