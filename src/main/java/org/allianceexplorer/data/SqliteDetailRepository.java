package org.allianceexplorer.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimLine;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.DealBalance;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.Person;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.AllianceDetail;
import org.allianceexplorer.domain.RecordDetail.ClaimDetail;
import org.allianceexplorer.domain.RecordDetail.DealDetail;
import org.allianceexplorer.domain.RecordDetail.ElectionDetail;
import org.allianceexplorer.domain.RecordDetail.EventDetail;
import org.allianceexplorer.domain.RecordDetail.MembershipDetail;
import org.allianceexplorer.domain.RecordDetail.PartyDetail;
import org.allianceexplorer.domain.RecordDetail.PersonDetail;
import org.allianceexplorer.domain.RecordDetail.RelationDetail;
import org.allianceexplorer.domain.RecordDetail.ResultDetail;
import org.allianceexplorer.domain.RecordDetail.SeatDetail;
import org.allianceexplorer.domain.RecordDetail.SourceDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.RelationKind;
import org.allianceexplorer.domain.ResultLine;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.domain.SourceList;
import org.allianceexplorer.domain.Tie;

/**
 * The detail of one record from SQLite. As of a day, the pane shows what was known by then: deals that had
 * been reported (with their status then), memberships, affiliations and relations that had begun (ended
 * ones stay, with their end), events that had happened, results of elections already held, and the
 * sources published by then. Every look-up goes through an index, so a record of a million-deal
 * database loads at once; lists are capped at {@link #LIMIT}.
 */
final class SqliteDetailRepository extends SqlSupport implements DetailRepository {

    private static final String SOURCE_COLUMNS =
            "s.id, s.code, s.outlet, s.title, s.url, s.published, s.retrieved, s.snippet";

    SqliteDetailRepository(Database db) {
        super(db);
    }

    @Override
    public Optional<RecordDetail> detail(RecordRef ref, LocalDate asOf) {
        long id = ref.id();
        return switch (ref.kind()) {
            case PARTIES -> party(id, asOf);
            case PEOPLE -> person(id, asOf);
            case ELECTIONS -> election(id, asOf);
            case CONSTITUENCIES -> seat(id, asOf);
            case RESULTS -> result(id, asOf);
            case ALLIANCES -> alliance(id, asOf);
            case MEMBERSHIPS -> membership(id, asOf);
            case DEALS -> deal(id, asOf);
            case CLAIMS -> claim(id, asOf);
            case EVENTS -> event(id, asOf);
            case RELATIONS -> relation(id, asOf);
            case SOURCES -> source(id);
        };
    }

    // --- parties ---------------------------------------------------------------------------------

    private Optional<RecordDetail> party(long id, LocalDate asOf) {
        Query q = query(
                "SELECT p.id, p.abbreviation, p.name, p.native_name, p.colour, p.founded, p.dissolved,"
                        + " p.partyfacts_id, p.country FROM party p WHERE p.id = ?",
                id);
        Optional<Party> found = list(q, SqlitePartyRepository::map).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Party p = found.get();
        RecordRef ref = new RecordRef(RecordKind.PARTIES, id, p.abbreviation());

        Query m = query(
                "SELECT m.id, m.alliance_id, coalesce(a.abbreviation, a.name) AS alliance, m.role,"
                        + " m.from_date, m.to_date FROM membership m JOIN alliance a ON a.id = m.alliance_id WHERE m.party_id = ?",
                id);
        startedBy(m, "m", asOf);
        m.append("ORDER BY coalesce(m.from_date, ''), a.name, m.id");
        List<Tie> memberships = list(
                m,
                rs -> new Tie(
                        new RecordRef(
                                RecordKind.MEMBERSHIPS,
                                rs.getLong("id"),
                                p.abbreviation() + " in " + rs.getString("alliance")),
                        new RecordRef(RecordKind.ALLIANCES, rs.getLong("alliance_id"), rs.getString("alliance")),
                        rs.getString("role"),
                        period(rs),
                        null));

        Query r = query(
                "SELECT r.id, r.party_a, a.abbreviation AS pa, r.party_b, b.abbreviation AS pb, r.kind,"
                        + " r.from_date, r.to_date, r.note FROM party_relation r JOIN party a ON a.id = r.party_a"
                        + " JOIN party b ON b.id = r.party_b WHERE (r.party_a = ? OR r.party_b = ?)",
                id,
                id);
        startedBy(r, "r", asOf);
        r.append("ORDER BY coalesce(r.from_date, ''), r.id");
        List<Tie> relations = list(r, rs -> {
            RelationKind kind = Coded.parse(RelationKind.class, rs.getString("kind"));
            boolean isA = rs.getLong("party_a") == id;
            RecordRef other = isA
                    ? new RecordRef(RecordKind.PARTIES, rs.getLong("party_b"), rs.getString("pb"))
                    : new RecordRef(RecordKind.PARTIES, rs.getLong("party_a"), rs.getString("pa"));
            return new Tie(
                    new RecordRef(
                            RecordKind.RELATIONS,
                            rs.getLong("id"),
                            rs.getString("pa") + " " + kind.phrase() + " " + rs.getString("pb")),
                    other,
                    isA ? kind.phrase() : reversePhrase(kind),
                    period(rs),
                    rs.getString("note"));
        });

        Query f = query(
                "SELECT f.person_id, x.name, f.role, f.from_date, f.to_date FROM affiliation f"
                        + " JOIN person x ON x.id = f.person_id WHERE f.party_id = ?",
                id);
        startedBy(f, "f", asOf);
        f.append("ORDER BY x.name COLLATE NOCASE, coalesce(f.from_date, ''), f.id LIMIT ?", LIMIT);
        List<Tie> people = list(
                f,
                rs -> new Tie(
                        null,
                        new RecordRef(RecordKind.PEOPLE, rs.getLong("person_id"), rs.getString("name")),
                        rs.getString("role"),
                        period(rs),
                        null));

        List<Event> events = events("e.id IN (SELECT event_id FROM event_party WHERE party_id = ?)", List.of(id), asOf);
        List<DealLine> all = dealLines("(d.giver_id = ? OR d.receiver_id = ?)", List.of(id, id), asOf, true, -1);
        List<DealBalance> balances = balances(id, all);
        List<DealLine> deals = all.size() > LIMIT ? all.subList(0, LIMIT) : all;

        String ids = "SELECT source_id FROM citation WHERE record_kind = 'party' AND record_id = ?"
                + " UNION SELECT c.source_id FROM party_alias x CROSS JOIN citation c ON c.record_kind = 'party_alias' AND c.record_id = x.id WHERE x.party_id = ?"
                + " UNION SELECT c.source_id FROM membership m CROSS JOIN citation c ON c.record_kind = 'membership' AND c.record_id = m.id WHERE m.party_id = ?"
                + " UNION SELECT c.source_id FROM party_relation r CROSS JOIN citation c ON c.record_kind = 'party_relation' AND c.record_id = r.id WHERE r.party_a = ? OR r.party_b = ?"
                + " UNION SELECT c.source_id FROM affiliation f CROSS JOIN citation c ON c.record_kind = 'affiliation' AND c.record_id = f.id WHERE f.party_id = ?"
                + " UNION SELECT c.source_id FROM event_party ep CROSS JOIN citation c ON c.record_kind = 'event' AND c.record_id = ep.event_id WHERE ep.party_id = ?"
                + " UNION SELECT c.source_id FROM seat_deal d CROSS JOIN citation c ON c.record_kind = 'seat_deal' AND c.record_id = d.id WHERE d.giver_id = ? OR d.receiver_id = ?"
                + " UNION SELECT k.source_id FROM seat_deal d CROSS JOIN deal_claim k ON k.deal_id = d.id WHERE d.giver_id = ? OR d.receiver_id = ?";
        SourceList sources = sourceList(ids, List.of(id, id, id, id, id, id, id, id, id, id, id), asOf);
        return Optional.of(new PartyDetail(ref, p, memberships, deals, balances, relations, events, people, sources));
    }

    @Override
    public List<DealBalance> balances(long partyId, LocalDate asOf) {
        return balances(
                partyId, dealLines("(d.giver_id = ? OR d.receiver_id = ?)", List.of(partyId, partyId), asOf, true, -1));
    }

    /** Groups a party's deals by partner; partners with more deals first, then by name. */
    private static List<DealBalance> balances(long partyId, List<DealLine> deals) {
        Map<Long, RecordRef> partners = new LinkedHashMap<>();
        Map<Long, List<DealLine>> given = new LinkedHashMap<>();
        Map<Long, List<DealLine>> received = new LinkedHashMap<>();
        for (DealLine d : deals) {
            boolean gave = d.giver().id() == partyId;
            RecordRef partner = gave ? d.receiver() : d.giver();
            partners.putIfAbsent(partner.id(), partner);
            (gave ? given : received)
                    .computeIfAbsent(partner.id(), k -> new ArrayList<>())
                    .add(d);
        }
        List<DealBalance> out = new ArrayList<>();
        partners.forEach((pid, ref) -> out.add(
                new DealBalance(ref, given.getOrDefault(pid, List.of()), received.getOrDefault(pid, List.of()))));
        out.sort(Comparator.comparingInt(
                        (DealBalance b) -> -(b.given().size() + b.received().size()))
                .thenComparing(b -> b.partner().label(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** How a relation reads from its second party: MQM "splinter party:" MQM-P. */
    private static String reversePhrase(RelationKind kind) {
        return switch (kind) {
            case RIVALRY -> "rival of";
            case COOPERATION -> "cooperates with";
            case SPLIT -> "splinter party:";
            case MERGER -> "absorbed";
            case RENAMED -> "renamed to";
        };
    }

    // --- seats, results, elections ---------------------------------------------------------------

    private Optional<RecordDetail> seat(long id, LocalDate asOf) {
        Query q = query(
                "SELECT c.id, c.code, c.name, a.code AS assembly, a.name AS assembly_name, c.province,"
                        + " c.district FROM constituency c JOIN assembly a ON a.id = c.assembly_id WHERE c.id = ?",
                id);
        List<Object[]> found = list(q, rs -> new Object[] {
            new Constituency(
                    rs.getLong("id"),
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("assembly"),
                    rs.getString("province"),
                    rs.getString("district")),
            rs.getString("assembly_name")
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Constituency c = (Constituency) found.get(0)[0];
        RecordRef ref = new RecordRef(RecordKind.CONSTITUENCIES, id, c.code());
        List<DealLine> deals = dealLines("d.constituency_id = ?", List.of(id), asOf, true, LIMIT);
        // the index on candidacy starts with the election: name them all so it is used
        List<ResultLine> results = resultLines(
                "k.election_id IN (SELECT id FROM election) AND k.constituency_id = ?",
                List.of(id),
                asOf,
                "ORDER BY coalesce(e.polling_day, ''), e.id, k.rank, k.id");
        String ids = "SELECT source_id FROM citation WHERE record_kind = 'constituency' AND record_id = ?"
                + " UNION SELECT c.source_id FROM candidacy k CROSS JOIN citation c ON c.record_kind = 'candidacy' AND c.record_id = k.id"
                + "   WHERE k.election_id IN (SELECT id FROM election) AND k.constituency_id = ?"
                + " UNION SELECT c.source_id FROM seat_deal d CROSS JOIN citation c ON c.record_kind = 'seat_deal' AND c.record_id = d.id WHERE d.constituency_id = ?"
                + " UNION SELECT k.source_id FROM seat_deal d CROSS JOIN deal_claim k ON k.deal_id = d.id WHERE d.constituency_id = ?";
        return Optional.of(new SeatDetail(
                ref, c, (String) found.get(0)[1], deals, results, sourceList(ids, List.of(id, id, id, id), asOf)));
    }

    private Optional<RecordDetail> result(long id, LocalDate asOf) {
        List<ResultLine> found = resultLines("k.id = ?", List.of(id), null, "");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ResultLine r = found.get(0);
        Query q = query(
                "SELECT o.rank, o.votes FROM candidacy o JOIN candidacy k ON o.election_id = k.election_id"
                        + " AND o.constituency_id = k.constituency_id WHERE k.id = ? AND o.rank IN (1, 2) ORDER BY o.rank",
                id);
        List<long[]> top = list(q, rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        Long margin = null;
        if (r.rank() == 1 && top.size() > 1) {
            margin = r.votes() - top.get(1)[1];
        } else if (r.rank() > 1 && !top.isEmpty()) {
            margin = r.votes() - top.get(0)[1];
        }
        return Optional.of(new ResultDetail(r.result(), r, margin, sources(r.result(), asOf)));
    }

    /** Days before polling day whose events belong to an election's page (its campaign). */
    static final int CAMPAIGN_DAYS = 120;
    /** Days after polling day whose events belong to an election's page (coalitions, protests). */
    static final int AFTERMATH_DAYS = 90;

    private Optional<RecordDetail> election(long id, LocalDate asOf) {
        List<Election> found = list(
                query("SELECT e.id, e.code, e.name, e.polling_day, e.country FROM election e" + " WHERE e.id = ?", id),
                rs -> new Election(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        date(rs, "polling_day"),
                        rs.getString("country")));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Election e = found.get(0);
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
                            + "   ORDER BY p.abbreviation COLLATE NOCASE)) AS members"
                            + " FROM alliance a WHERE " + spanHolds("a") + " ORDER BY coalesce(a.from_date, ''), a.id",
                    day,
                    day,
                    day,
                    day);
            alliances = list(
                    a,
                    rs -> new Tie(
                            new RecordRef(RecordKind.ALLIANCES, rs.getLong("id"), rs.getString("short")),
                            new RecordRef(RecordKind.ALLIANCES, rs.getLong("id"), rs.getString("short")),
                            Coded.parse(AllianceKind.class, rs.getString("kind"))
                                    .label(),
                            period(rs),
                            rs.getString("members")));
            LocalDate polling = e.pollingDay().earliest();
            events = events(
                    "e.date >= ? AND e.date <= ?",
                    List.of(iso(polling.minusDays(CAMPAIGN_DAYS)), iso(polling.plusDays(AFTERMATH_DAYS))),
                    asOf);
        }
        return Optional.of(
                new ElectionDetail(ref, e, results[0], results[1], deals, alliances, events, sources(ref, asOf)));
    }

    // --- deals and claims ------------------------------------------------------------------------

    private Optional<RecordDetail> deal(long id, LocalDate asOf) {
        List<DealLine> found = dealLines("d.id = ?", List.of(id), asOf, false, 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DealLine d = found.get(0);
        Query q = query(
                "SELECT d.note, d.alliance_id, coalesce(a.abbreviation, a.name) AS alliance FROM seat_deal d"
                        + " LEFT JOIN alliance a ON a.id = d.alliance_id WHERE d.id = ?",
                id);
        Object[] extra = list(q, rs ->
                        new Object[] {rs.getString("note"), longOrNull(rs, "alliance_id"), rs.getString("alliance")})
                .get(0);
        RecordRef alliance =
                extra[1] == null ? null : new RecordRef(RecordKind.ALLIANCES, (Long) extra[1], (String) extra[2]);
        return Optional.of(new DealDetail(
                d.deal(),
                d,
                alliance,
                (String) extra[0],
                claims("k.deal_id = ?", id, d.deal()),
                sources(d.deal(), asOf)));
    }

    private List<ClaimLine> claims(String where, long id, RecordRef deal) {
        // the claim's columns are aliased: a bare "id" here would be read as the source's id by source(rs)
        // (the claim's outlet once opened whichever source had the claim's id)
        Query q = query(
                "SELECT k.id AS claim_id, k.deal_id, k.date AS claim_date, k.status AS claim_status,"
                        + " k.note AS claim_note, " + SOURCE_COLUMNS
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
                        source(rs),
                        rs.getString("claim_note")));
    }

    private Optional<RecordDetail> claim(long id, LocalDate asOf) {
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

    /**
     * Deals matching {@code where} with their status as of the day (the latest claim by then) and outcome
     * (once polling had happened). {@code reportedOnly}: leave out deals nobody had reported by the day.
     */
    private List<DealLine> dealLines(
            String where, List<Object> params, LocalDate asOf, boolean reportedOnly, int limit) {
        Query q = SqliteDealRepository.dealQuery(
                asOf, where, params, "coalesce(e.polling_day, ''), a.id, c.code, d.id", reportedOnly);
        if (limit >= 0) {
            q.append("LIMIT ?", limit);
        }
        return list(q, SqliteDetailRepository::mapDealLine);
    }

    private static DealLine mapDealLine(ResultSet rs) throws SQLException {
        String st = rs.getString("status");
        ClaimStatus status = null;
        PartialDate statusDate = null;
        if (st != null) {
            int sp = st.indexOf(' ');
            status = Coded.parse(ClaimStatus.class, st.substring(0, sp));
            statusDate = PartialDate.parse(st.substring(sp + 1));
        }
        Outcome outcome = null;
        Long votes = longOrNull(rs, "receiver_votes");
        if (votes != null) {
            Long other = longOrNull(rs, "other_votes");
            outcome = new Outcome(
                    rs.getInt("receiver_rank") == 1,
                    votes,
                    votes - (other == null ? 0 : other),
                    longOrNull(rs, "giver_votes"));
        }
        RecordRef seat = new RecordRef(RecordKind.CONSTITUENCIES, rs.getLong("seat_id"), rs.getString("seat"));
        RecordRef giver = new RecordRef(RecordKind.PARTIES, rs.getLong("giver_id"), rs.getString("giver"));
        RecordRef receiver = new RecordRef(RecordKind.PARTIES, rs.getLong("receiver_id"), rs.getString("receiver"));
        RecordRef deal = new RecordRef(
                RecordKind.DEALS,
                rs.getLong("id"),
                giver.label() + " \u2192 " + receiver.label() + " at " + seat.label());
        return new DealLine(
                deal,
                new RecordRef(RecordKind.ELECTIONS, rs.getLong("election_id"), rs.getString("election")),
                seat,
                rs.getString("assembly"),
                giver,
                receiver,
                rs.getString("candidate_name"),
                status,
                statusDate,
                outcome);
    }

    private List<ResultLine> resultLines(String where, List<Object> params, LocalDate asOf, String order) {
        Query q = query("SELECT k.id, k.candidate_name, k.party_label, k.votes, k.rank, k.elected, e.id AS election_id,"
                + " e.name AS election, c.id AS seat_id, c.code AS seat, p.id AS party_id, p.abbreviation,"
                + " x.id AS person_id, x.name AS person FROM candidacy k JOIN election e ON e.id = k.election_id"
                + " JOIN constituency c ON c.id = k.constituency_id LEFT JOIN party p ON p.id = k.party_id"
                + " LEFT JOIN person x ON x.id = k.person_id WHERE " + where);
        q.params.addAll(params);
        if (asOf != null) {
            q.and("e.polling_day IS NOT NULL AND " + onOrBefore("e.polling_day"), iso(asOf));
        }
        q.append(order);
        return list(q, rs -> {
            Long party = longOrNull(rs, "party_id");
            Long person = longOrNull(rs, "person_id");
            RecordRef seat = new RecordRef(RecordKind.CONSTITUENCIES, rs.getLong("seat_id"), rs.getString("seat"));
            return new ResultLine(
                    new RecordRef(
                            RecordKind.RESULTS,
                            rs.getLong("id"),
                            rs.getString("candidate_name") + " at " + seat.label()),
                    new RecordRef(RecordKind.ELECTIONS, rs.getLong("election_id"), rs.getString("election")),
                    seat,
                    rs.getString("candidate_name"),
                    person == null ? null : new RecordRef(RecordKind.PEOPLE, person, rs.getString("person")),
                    party == null ? null : new RecordRef(RecordKind.PARTIES, party, rs.getString("abbreviation")),
                    rs.getString("party_label"),
                    rs.getLong("votes"),
                    rs.getInt("rank"),
                    rs.getInt("elected") == 1);
        });
    }

    // --- alliances and memberships -------------------------------------------------------------------

    private Optional<RecordDetail> alliance(long id, LocalDate asOf) {
        Query q = query(
                "SELECT a.id, a.code, a.name, a.abbreviation, a.kind, a.level, a.region, a.from_date,"
                        + " a.to_date, a.description FROM alliance a WHERE a.id = ?",
                id);
        List<Alliance> found = list(
                q,
                rs -> new Alliance(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("abbreviation"),
                        Coded.parse(AllianceKind.class, rs.getString("kind")),
                        Coded.parse(Level.class, rs.getString("level")),
                        rs.getString("region"),
                        period(rs),
                        rs.getString("description")));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Alliance a = found.get(0);
        RecordRef ref = new RecordRef(RecordKind.ALLIANCES, id, a.shortName());
        Query m = query(
                "SELECT m.id, m.party_id, p.abbreviation, m.role, m.from_date, m.to_date FROM membership m"
                        + " JOIN party p ON p.id = m.party_id WHERE m.alliance_id = ?",
                id);
        startedBy(m, "m", asOf);
        m.append("ORDER BY coalesce(m.from_date, ''), p.abbreviation COLLATE NOCASE, m.id");
        List<Tie> members = list(
                m,
                rs -> new Tie(
                        new RecordRef(
                                RecordKind.MEMBERSHIPS,
                                rs.getLong("id"),
                                rs.getString("abbreviation") + " in " + a.shortName()),
                        new RecordRef(RecordKind.PARTIES, rs.getLong("party_id"), rs.getString("abbreviation")),
                        rs.getString("role"),
                        period(rs),
                        null));
        List<DealLine> deals = dealLines("d.alliance_id = ?", List.of(id), asOf, true, LIMIT);
        String ids = "SELECT source_id FROM citation WHERE record_kind = 'alliance' AND record_id = ?"
                + " UNION SELECT c.source_id FROM membership m CROSS JOIN citation c ON c.record_kind = 'membership' AND c.record_id = m.id WHERE m.alliance_id = ?";
        return Optional.of(new AllianceDetail(ref, a, members, deals, sourceList(ids, List.of(id, id), asOf)));
    }

    private Optional<RecordDetail> membership(long id, LocalDate asOf) {
        Query q = query(
                "SELECT m.id, m.alliance_id, coalesce(a.abbreviation, a.name) AS alliance, m.party_id,"
                        + " p.abbreviation, m.role, m.from_date, m.to_date FROM membership m JOIN alliance a ON a.id = m.alliance_id"
                        + " JOIN party p ON p.id = m.party_id WHERE m.id = ?",
                id);
        List<MembershipDetail> found = list(q, rs -> {
            RecordRef ref = new RecordRef(
                    RecordKind.MEMBERSHIPS, id, rs.getString("abbreviation") + " in " + rs.getString("alliance"));
            return new MembershipDetail(
                    ref,
                    new Tie(
                            ref,
                            new RecordRef(RecordKind.ALLIANCES, rs.getLong("alliance_id"), rs.getString("alliance")),
                            rs.getString("role"),
                            period(rs),
                            null),
                    new RecordRef(RecordKind.PARTIES, rs.getLong("party_id"), rs.getString("abbreviation")),
                    SourceList.NONE);
        });
        return found.stream()
                .findFirst()
                .map(d -> new MembershipDetail(d.ref(), d.membership(), d.party(), sources(d.ref(), asOf)));
    }

    private Optional<RecordDetail> relation(long id, LocalDate asOf) {
        Query q = query(
                "SELECT r.id, r.party_a, a.abbreviation AS pa, r.party_b, b.abbreviation AS pb, r.kind,"
                        + " r.from_date, r.to_date, r.note FROM party_relation r JOIN party a ON a.id = r.party_a"
                        + " JOIN party b ON b.id = r.party_b WHERE r.id = ?",
                id);
        List<RelationDetail> found = list(q, rs -> {
            RelationKind kind = Coded.parse(RelationKind.class, rs.getString("kind"));
            return new RelationDetail(
                    new RecordRef(
                            RecordKind.RELATIONS,
                            id,
                            rs.getString("pa") + " " + kind.phrase() + " " + rs.getString("pb")),
                    new RecordRef(RecordKind.PARTIES, rs.getLong("party_a"), rs.getString("pa")),
                    new RecordRef(RecordKind.PARTIES, rs.getLong("party_b"), rs.getString("pb")),
                    kind,
                    period(rs),
                    rs.getString("note"),
                    SourceList.NONE);
        });
        return found.stream()
                .findFirst()
                .map(d -> new RelationDetail(
                        d.ref(), d.partyA(), d.partyB(), d.kind(), d.period(), d.note(), sources(d.ref(), asOf)));
    }

    // --- people and events -----------------------------------------------------------------------

    private Optional<RecordDetail> person(long id, LocalDate asOf) {
        List<Person> found = list(
                query("SELECT id, code, name, native_name FROM person WHERE id = ?", id),
                rs -> new Person(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("native_name")));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Person p = found.get(0);
        RecordRef ref = new RecordRef(RecordKind.PEOPLE, id, p.name());
        Query f = query(
                "SELECT f.party_id, y.abbreviation, f.role, f.from_date, f.to_date FROM affiliation f"
                        + " JOIN party y ON y.id = f.party_id WHERE f.person_id = ?",
                id);
        startedBy(f, "f", asOf);
        f.append("ORDER BY coalesce(f.from_date, ''), f.id");
        List<Tie> affiliations = list(
                f,
                rs -> new Tie(
                        null,
                        new RecordRef(RecordKind.PARTIES, rs.getLong("party_id"), rs.getString("abbreviation")),
                        rs.getString("role"),
                        period(rs),
                        null));
        List<Event> events =
                events("e.id IN (SELECT event_id FROM event_person WHERE person_id = ?)", List.of(id), asOf);
        List<ResultLine> candidacies =
                resultLines("k.person_id = ?", List.of(id), asOf, "ORDER BY coalesce(e.polling_day, ''), c.code, k.id");
        // through their candidacies, or naming them as the candidate of a party they belong to (both indexed)
        List<Long> dealIds = list(
                query(
                        "SELECT d2.id FROM candidacy k CROSS JOIN seat_deal d2"
                                + " ON d2.constituency_id = k.constituency_id AND d2.election_id = k.election_id"
                                + " WHERE k.person_id = ? AND (d2.candidacy_id = k.id OR d2.candidate_name = k.candidate_name COLLATE NOCASE)"
                                + " UNION SELECT id FROM seat_deal WHERE receiver_id IN (SELECT party_id FROM affiliation WHERE person_id = ?)"
                                + "   AND candidate_name = ? COLLATE NOCASE LIMIT ?",
                        id,
                        id,
                        p.name(),
                        LIMIT),
                rs -> rs.getLong(1));
        List<DealLine> deals = dealIds.isEmpty()
                ? List.of()
                : dealLines(
                        "d.id IN (" + dealIds.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")",
                        new ArrayList<>(dealIds),
                        asOf,
                        true,
                        LIMIT);
        String ids = "SELECT source_id FROM citation WHERE record_kind = 'person' AND record_id = ?"
                + " UNION SELECT c.source_id FROM affiliation f CROSS JOIN citation c ON c.record_kind = 'affiliation' AND c.record_id = f.id WHERE f.person_id = ?"
                + " UNION SELECT c.source_id FROM event_person ep CROSS JOIN citation c ON c.record_kind = 'event' AND c.record_id = ep.event_id WHERE ep.person_id = ?";
        return Optional.of(new PersonDetail(
                ref, p, affiliations, events, candidacies, deals, sourceList(ids, List.of(id, id, id), asOf)));
    }

    private Optional<RecordDetail> event(long id, LocalDate asOf) {
        List<Event> found = events("e.id = ?", List.of(id), null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Event e = found.get(0);
        RecordRef ref = new RecordRef(RecordKind.EVENTS, id, e.title());
        List<RecordRef> parties = list(
                query(
                        "SELECT p.id, p.abbreviation FROM event_party ep JOIN party p"
                                + " ON p.id = ep.party_id WHERE ep.event_id = ? ORDER BY p.abbreviation COLLATE NOCASE",
                        id),
                rs -> new RecordRef(RecordKind.PARTIES, rs.getLong(1), rs.getString(2)));
        List<RecordRef> people = list(
                query(
                        "SELECT x.id, x.name FROM event_person ex JOIN person x"
                                + " ON x.id = ex.person_id WHERE ex.event_id = ? ORDER BY x.name COLLATE NOCASE",
                        id),
                rs -> new RecordRef(RecordKind.PEOPLE, rs.getLong(1), rs.getString(2)));
        return Optional.of(new EventDetail(ref, e, parties, people, sources(ref, asOf)));
    }

    private List<Event> events(String where, List<Object> params, LocalDate asOf) {
        Query q = query("SELECT e.id, e.code, e.date, e.title, e.place, e.description,"
                + " (SELECT group_concat(abbreviation, char(31)) FROM (SELECT p.abbreviation FROM event_party ep"
                + "   JOIN party p ON p.id = ep.party_id WHERE ep.event_id = e.id ORDER BY p.abbreviation)) AS parties,"
                + " (SELECT group_concat(name, char(31)) FROM (SELECT x.name FROM event_person ex"
                + "   JOIN person x ON x.id = ex.person_id WHERE ex.event_id = e.id ORDER BY x.name)) AS people"
                + " FROM event e WHERE " + where);
        q.params.addAll(params);
        if (asOf != null) {
            q.and(onOrBefore("e.date"), iso(asOf));
        }
        q.append("ORDER BY e.date, e.id LIMIT ?", LIMIT);
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

    // --- sources ---------------------------------------------------------------------------------

    private Optional<RecordDetail> source(long id) {
        List<Source> found = list(
                query("SELECT " + SOURCE_COLUMNS + " FROM source s WHERE s.id = ?", id),
                SqliteDetailRepository::source);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Source s = found.get(0);
        RecordRef ref = new RecordRef(RecordKind.SOURCES, id, s.outlet() + ": " + s.title());
        List<RecordRef> citing = new ArrayList<>();
        Query c = query(
                "SELECT record_kind, record_id FROM citation WHERE source_id = ?"
                        + " ORDER BY record_kind, record_id LIMIT ?",
                id,
                LIMIT);
        for (Object[] row : list(c, rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            citingRef((String) row[0], (Long) row[1]).ifPresent(citing::add);
        }
        Query k = query("SELECT id FROM deal_claim WHERE source_id = ? ORDER BY id LIMIT ?", id, LIMIT);
        for (Long claim : list(k, rs -> rs.getLong(1))) {
            label(RecordKind.CLAIMS, claim).ifPresent(l -> citing.add(new RecordRef(RecordKind.CLAIMS, claim, l)));
        }
        long total = list(
                        query(
                                "SELECT (SELECT count(*) FROM citation WHERE source_id = ?)"
                                        + " + (SELECT count(*) FROM deal_claim WHERE source_id = ?)",
                                id,
                                id),
                        rs -> rs.getLong(1))
                .get(0);
        return Optional.of(new SourceDetail(
                ref, s, citing.stream().distinct().toList(), (int) Math.min(total, Integer.MAX_VALUE)));
    }

    /** The record a citation row names, as a link (an affiliation is shown as its person, an alias as its party). */
    private Optional<RecordRef> citingRef(String table, long id) {
        RecordKind kind;
        long target = id;
        switch (table) {
            case "affiliation" -> {
                kind = RecordKind.PEOPLE;
                target = single("SELECT person_id FROM affiliation WHERE id = ?", id);
            }
            case "party_alias" -> {
                kind = RecordKind.PARTIES;
                target = single("SELECT party_id FROM party_alias WHERE id = ?", id);
            }
            case "assembly" -> {
                return Optional.empty();
            }
            default -> kind = kindOf(table);
        }
        long t = target;
        return label(kind, t).map(l -> new RecordRef(kind, t, l));
    }

    private long single(String sql, long id) {
        List<Long> v = list(query(sql, id), rs -> rs.getLong(1));
        return v.isEmpty() ? -1 : v.get(0);
    }

    private static RecordKind kindOf(String table) {
        for (RecordKind k : RecordKind.values()) {
            if (SqliteStatisticsRepository.table(k).equals(table)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no record kind for table " + table);
    }

    /** A short name for a record, for links; empty when there is no such record. */
    Optional<String> label(RecordKind kind, long id) {
        String sql = switch (kind) {
            case PARTIES -> "SELECT abbreviation FROM party WHERE id = ?";
            case PEOPLE -> "SELECT name FROM person WHERE id = ?";
            case ELECTIONS -> "SELECT name FROM election WHERE id = ?";
            case CONSTITUENCIES -> "SELECT code FROM constituency WHERE id = ?";
            case RESULTS ->
                "SELECT k.candidate_name || ' at ' || c.code FROM candidacy k JOIN constituency c"
                        + " ON c.id = k.constituency_id WHERE k.id = ?";
            case ALLIANCES -> "SELECT coalesce(abbreviation, name) FROM alliance WHERE id = ?";
            case MEMBERSHIPS ->
                "SELECT p.abbreviation || ' in ' || coalesce(a.abbreviation, a.name) FROM membership m"
                        + " JOIN party p ON p.id = m.party_id JOIN alliance a ON a.id = m.alliance_id WHERE m.id = ?";
            case DEALS ->
                "SELECT g.abbreviation || ' \u2192 ' || r.abbreviation || ' at ' || c.code FROM seat_deal d"
                        + " JOIN party g ON g.id = d.giver_id JOIN party r ON r.id = d.receiver_id"
                        + " JOIN constituency c ON c.id = d.constituency_id WHERE d.id = ?";
            case CLAIMS ->
                "SELECT c.code || ': ' || k.status || ' ' || k.date FROM deal_claim k JOIN seat_deal d"
                        + " ON d.id = k.deal_id JOIN constituency c ON c.id = d.constituency_id WHERE k.id = ?";
            case EVENTS -> "SELECT title FROM event WHERE id = ?";
            case RELATIONS ->
                "SELECT a.abbreviation || ' ' || r.kind || ' ' || b.abbreviation FROM party_relation r"
                        + " JOIN party a ON a.id = r.party_a JOIN party b ON b.id = r.party_b WHERE r.id = ?";
            case SOURCES -> "SELECT outlet || ': ' || title FROM source WHERE id = ?";
        };
        return list(query(sql, id), rs -> rs.getString(1)).stream().findFirst();
    }

    @Override
    public SourceList sources(RecordRef ref, LocalDate asOf) {
        String table = SqliteStatisticsRepository.table(ref.kind());
        if (ref.kind() == RecordKind.CLAIMS) {
            return sourceList("SELECT source_id FROM deal_claim WHERE id = ?", List.of(ref.id()), null);
        }
        if (ref.kind() == RecordKind.SOURCES) {
            return sourceList("SELECT ?", List.of(ref.id()), null);
        }
        String ids = "SELECT source_id FROM citation WHERE record_kind = '" + table + "' AND record_id = ?";
        List<Object> params = new ArrayList<>(List.of(ref.id()));
        if (ref.kind() == RecordKind.DEALS) {
            ids += " UNION SELECT source_id FROM deal_claim WHERE deal_id = ?";
            params.add(ref.id());
        }
        return sourceList(ids, params, asOf);
    }

    /** The sources whose ids {@code idsSql} selects, published by the day, oldest first, capped at {@link #LIMIT}. */
    private SourceList sourceList(String idsSql, List<Object> params, LocalDate asOf) {
        Query q = query("SELECT " + SOURCE_COLUMNS + " FROM source s WHERE s.id IN (" + idsSql + ")");
        q.params.addAll(params);
        if (asOf != null) {
            q.and("(s.published IS NULL OR " + onOrBefore("s.published") + ")", iso(asOf));
        }
        q.append("ORDER BY coalesce(s.published, ''), s.outlet COLLATE NOCASE, s.id");
        List<Source> all = list(q, SqliteDetailRepository::source);
        return new SourceList(all.size() > LIMIT ? all.subList(0, LIMIT) : all, all.size());
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("outlet"),
                rs.getString("title"),
                rs.getString("url"),
                date(rs, "published"),
                date(rs, "retrieved"),
                rs.getString("snippet"));
    }

    /** Keeps the spans of {@code alias} that had begun by the day (ended ones stay, with their end). */
    private static void startedBy(Query q, String alias, LocalDate asOf) {
        if (asOf != null) {
            q.and("(" + alias + ".from_date IS NULL OR " + onOrBefore(alias + ".from_date") + ")", iso(asOf));
        }
    }

    /** A query with its parameters. */
    private static Query query(String sql, Object... params) {
        Query q = new Query(sql);
        q.params.addAll(List.of(params));
        return q;
    }
}
