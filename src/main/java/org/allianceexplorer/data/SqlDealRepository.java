package org.allianceexplorer.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.allianceexplorer.domain.ClaimCount;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.SeatDeal;

/**
 * Seat deals with their status as of a day (the latest claim up to that day) and their outcome from the
 * results. The query is one pass over {@code seat_deal} with indexed look-ups per row, streamed.
 */
final class SqlDealRepository extends SqlSupport implements Repositories.DealRepository {

    SqlDealRepository(Database db) {
        super(db);
    }

    /**
     * The deal listing as SQL, with {@code ?} for the as-of day where {@code asOf} is set. Public to the
     * package so the benchmark can hand sqlite3 exactly the same query.
     */
    /** The deals a party gave or received: a condition on {@code d} with the party's id twice. */
    private static final String PARTY_DEALS = "(d.giver_id = ? OR d.receiver_id = ?)";

    static Query dealQuery(RecordFilter f, Long partyId) {
        return partyId == null
                ? dealQuery(f.asOf(), "1 = 1", List.of(), "d.id", true)
                : dealQuery(f.asOf(), PARTY_DEALS, List.of(partyId, partyId), "d.id", true);
    }

    /**
     * The one query of deals with their state, for the listing and the detail pages alike: each deal with
     * its status as of the day (the latest claim by then, {@code "status date"}), the number of claims by
     * then, and its outcome from the results ({@link DealState#expressions}). Columns, by position: 1 id,
     * 2 election, 3 seat, 4 assembly, 5 giver, 6 receiver, 7 candidate_name, then the state's 8 status, 9 claims,
     * 10 receiver_votes, 11 receiver_won, 12 other_votes, 13 giver_votes, 14 count_basis, 15 giver_estimate
     * ("votes election"), then 16 election_id, 17 seat_id, 18 giver_id, 19 receiver_id.
     * Where the seat has an official count that names the receiver's candidate, the votes, the margin and who
     * won are the count's ({@link Counts}) and count_basis names it.
     *
     * <p>With no day the state is read as kept ready ({@link DealState}); as of a day it is worked out from the
     * claims made by then, and the results only once polling day has passed.
     *
     * @param where        a condition on {@code d} (seat_deal) and its joins, with {@code whereParams}
     * @param reportedOnly as of a day, leave out deals nobody had reported by then (they did not exist yet)
     */
    static Query dealQuery(
            LocalDate asOf, String where, List<Object> whereParams, String orderBy, boolean reportedOnly) {
        String state = DealState.columns(asOf == null, claimsBy(asOf));
        Query q = new Query("SELECT * FROM (SELECT d.id, e.name AS election, c.code AS seat, a.code AS assembly,"
                + " g.abbreviation AS giver, r.abbreviation AS receiver, d.candidate_name, " + state + ","
                + " e.id AS election_id, c.id AS seat_id, g.id AS giver_id, r.id AS receiver_id"
                + " FROM seat_deal d JOIN election e ON e.id = d.election_id JOIN constituency c ON c.id = d.constituency_id"
                + " JOIN assembly a ON a.id = c.assembly_id JOIN party g ON g.id = d.giver_id JOIN party r ON r.id = d.receiver_id"
                // as of a day before polling, the results are not known yet
                + DealState.joins(
                        asOf == null,
                        asOf == null ? "" : " AND e.polling_day IS NOT NULL AND " + onOrBefore("e.polling_day"))
                + " WHERE " + where);
        if (asOf != null) {
            // the two claims' sub-queries and the results join each take the day once, in that order
            String d = iso(asOf);
            q.params.add(d);
            q.params.add(d);
            q.params.add(d);
        }
        q.params.addAll(whereParams);
        q.append("ORDER BY " + orderBy + ") AS deals");
        if (asOf != null && reportedOnly) {
            q.append("WHERE status IS NOT NULL");
        }
        return q;
    }

    /** The claims made by the day (" AND " and a condition with one parameter), or all of them (no day). */
    private static String claimsBy(LocalDate asOf) {
        return asOf == null ? "" : " AND " + onOrBefore("k.date");
    }

    @Override
    public void forEachDeal(RecordFilter f, Consumer<SeatDeal> sink) {
        Long party = f.party() == null ? null : partyId(f.party());
        if (f.asOf() == null) {
            forEachStored(party, Long.MIN_VALUE, -1, sink);
        } else {
            forEach(dealQuery(f, party), new DealMapper(), sink);
        }
    }

    /**
     * The listing with no as-of day read lean: each deal's kept state ({@link DealState}) beside its ids, with the
     * names found by id among the elections, seats and parties read first, so that the query joins one table to
     * {@code seat_deal} instead of eight (on a million deals 1.0 s in sqlite3 against 3.1 s for {@link #dealQuery}).
     * The same rows as {@link #dealQuery} gives, in id order: a deal without a kept state (queued, or written by
     * another tool) or with a name not read (a record added since) is read by that query.
     *
     * @param party   deals given or received by this party only, or {@code null}
     * @param afterId deals with a larger id only
     * @param limit   at most this many deals, or -1 for all
     */
    private void forEachStored(Long party, long afterId, int limit, Consumer<SeatDeal> sink) {
        DealMapper m = DealMapper.lean(this);
        Query q = new Query("SELECT d.id, NULL, NULL, NULL, NULL, NULL, d.candidate_name, "
                + DealState.storedColumns()
                + ", d.election_id, d.constituency_id, d.giver_id, d.receiver_id, ds.deal_id FROM seat_deal d"
                + DealState.STORED_JOIN + " WHERE d.id > ?");
        q.params.add(afterId);
        if (party != null) {
            q.and(PARTY_DEALS, party, party);
        }
        q.append("ORDER BY d.id");
        if (limit >= 0) {
            q.append("LIMIT ?", limit);
        }
        forEach(
                q,
                rs -> {
                    rs.getLong(DealMapper.STATE_ID);
                    SeatDeal d = rs.wasNull() ? null : m.map(rs);
                    if (d != null) {
                        return d;
                    }
                    List<SeatDeal> live = new ArrayList<>(1);
                    forEachDeal(RecordFilter.ALL, List.of(rs.getLong(1)), live::add);
                    return live.get(0);
                },
                sink);
    }

    @Override
    public void forEachDeal(RecordFilter f, long afterId, int limit, Consumer<SeatDeal> sink) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Long party = f.party() == null ? null : partyId(f.party());
        if (f.asOf() == null) {
            forEachStored(party, afterId, limit, sink);
            return;
        }
        Query q = party == null
                ? dealQuery(f.asOf(), "d.id > ?", List.of(afterId), "d.id", true)
                : dealQuery(f.asOf(), "d.id > ? AND " + PARTY_DEALS, List.of(afterId, party, party), "d.id", true);
        forEach(q.append("LIMIT ?", limit), new DealMapper(), sink);
    }

    @Override
    public void forEachDeal(RecordFilter f, Collection<Long> ids, Consumer<SeatDeal> sink) {
        if (ids.isEmpty()) {
            return;
        }
        forEach(
                dealQuery(f.asOf(), "d.id IN (" + marks(ids.size()) + ")", List.copyOf(ids), "d.id", false),
                new DealMapper(),
                sink);
    }

    /**
     * Maps deal rows, sharing the many repeated values of a listing (election, seat, assembly, party names,
     * status with its date) instead of holding a copy per row: a million deals take a fraction of the memory.
     * Candidate names are nearly all different: sharing them would only grow a table of a million entries,
     * the listing's largest cost. The names are found by the ids beside them, so a name is read as text once
     * per query, not once per row (a text column read is a string made; an id read is not). One mapper per query;
     * its tables go with it.
     */
    private static final class DealMapper implements RowMapper<SeatDeal> {
        private record Status(ClaimStatus status, PartialDate date) {}

        private final Map<String, Status> statuses = new HashMap<>();
        private final Map<String, String> strings = new HashMap<>();
        private final NamesById elections = new NamesById();
        private final NamesById seats = new NamesById();
        private final NamesById assemblies = new NamesById();
        private final NamesById parties = new NamesById();
        /** Names only from the tables read first ({@link #lean}): a name not among them maps no deal. */
        private boolean namesRead;

        /** A mapper for {@link #forEachStored}: the names of every election, seat and party read first. */
        static DealMapper lean(SqlSupport sql) {
            DealMapper m = new DealMapper();
            m.namesRead = true;
            names(sql, "SELECT id, name FROM election", m.elections);
            names(
                    sql,
                    "SELECT c.id, c.code, a.code FROM constituency c JOIN assembly a ON a.id = c.assembly_id",
                    m.seats,
                    m.assemblies);
            names(sql, "SELECT id, abbreviation FROM party", m.parties);
            return m;
        }

        /** Reads {@code query}'s rows (an id, then a name for each of {@code into}) into those tables. */
        private static void names(SqlSupport sql, String query, NamesById... into) {
            sql.forEach(
                    new Query(query),
                    rs -> {
                        for (int i = 0; i < into.length; i++) {
                            into[i].put(rs.getLong(1), rs.getString(i + 2));
                        }
                        return null;
                    },
                    x -> {});
        }

        /** One copy of each text (for reads without the names' ids). */
        private String shared(String s) {
            if (s == null) {
                return null;
            }
            String old = strings.putIfAbsent(s, s);
            return old == null ? s : old;
        }

        /** The name in column {@code text} of the record whose id is in column {@code id}, read once per id. */
        private String name(ResultSet rs, NamesById names, int id, int text) throws SQLException {
            long key = rs.getLong(id);
            String known = names.get(key);
            if (known == null && !namesRead) {
                known = rs.getString(text);
                names.put(key, known);
            }
            return known;
        }

        private Status status(String st) {
            if (st == null) {
                return null;
            }
            Status known = statuses.get(st);
            if (known == null) {
                int sp = st.indexOf(' ');
                known = new Status(
                        Coded.parse(ClaimStatus.class, st.substring(0, sp)), PartialDate.parse(st.substring(sp + 1)));
                statuses.put(st, known);
            }
            return known;
        }

        // columns by position, in the order of dealQuery's select list (cheaper than by name, per row)
        private static final int ID = 1;
        private static final int ELECTION = 2;
        private static final int SEAT = 3;
        private static final int ASSEMBLY = 4;
        private static final int GIVER = 5;
        private static final int RECEIVER = 6;
        private static final int CANDIDATE = 7;
        private static final int STATUS = 8;
        private static final int CLAIMS = 9;
        private static final int ELECTION_ID = 16;
        private static final int SEAT_ID = 17;
        private static final int GIVER_ID = 18;
        private static final int RECEIVER_ID = 19;
        /** Of {@link #forEachStored}: the kept state's deal id, null when the deal has none. */
        static final int STATE_ID = 20;

        @Override
        /** The deal of the row; of a lean read ({@link #lean}), {@code null} when a name is not among those read. */
        public SeatDeal map(ResultSet rs) throws SQLException {
            String election = name(rs, elections, ELECTION_ID, ELECTION);
            String seat = name(rs, seats, SEAT_ID, SEAT);
            // a seat's assembly is the seat's: found by the seat's id
            String assembly = name(rs, assemblies, SEAT_ID, ASSEMBLY);
            String giver = name(rs, parties, GIVER_ID, GIVER);
            String receiver = name(rs, parties, RECEIVER_ID, RECEIVER);
            if (namesRead
                    && (election == null || seat == null || assembly == null || giver == null || receiver == null)) {
                return null;
            }
            Status st = status(rs.getString(STATUS));
            Outcome outcome = outcome(rs);
            return new SeatDeal(
                    rs.getLong(ID),
                    election,
                    seat,
                    assembly,
                    giver,
                    receiver,
                    rs.getString(CANDIDATE),
                    st == null ? null : st.status(),
                    st == null ? null : st.date(),
                    outcome,
                    rs.getInt(CLAIMS));
        }
    }

    /** Names by record id: an array for the small ids of most databases, a map beyond it. */
    private static final class NamesById {
        private static final int DENSE = 1 << 16;
        private String[] dense = new String[64];
        private Map<Long, String> sparse;

        String get(long id) {
            if (id >= 0 && id < dense.length) {
                return dense[(int) id];
            }
            return sparse == null || id >= 0 && id < DENSE ? null : sparse.get(id);
        }

        void put(long id, String name) {
            if (id >= 0 && id < DENSE) {
                if (id >= dense.length) {
                    dense = Arrays.copyOf(dense, Math.min(DENSE, Math.max(dense.length * 2, (int) id + 1)));
                }
                dense[(int) id] = name;
            } else {
                if (sparse == null) {
                    sparse = new HashMap<>();
                }
                sparse.put(id, name);
            }
        }
    }

    // the outcome's columns by position, in the order of dealQuery's select list (cheaper than by name, per row)
    private static final int RECEIVER_VOTES = 10;
    private static final int RECEIVER_WON = 11;
    private static final int OTHER_VOTES = 12;
    private static final int GIVER_VOTES = 13;
    private static final int COUNT_BASIS = 14;
    private static final int GIVER_ESTIMATE = 15;

    /** The outcome of a row of {@link #dealQuery}, null when it has none (no result, or not in force on polling day). */
    static Outcome outcome(ResultSet rs) throws SQLException {
        long votes = rs.getLong(RECEIVER_VOTES);
        if (rs.wasNull()) {
            return null;
        }
        boolean won = rs.getInt(RECEIVER_WON) == 1;
        long other = rs.getLong(OTHER_VOTES);
        long giver = rs.getLong(GIVER_VOTES);
        Long giverVotes = rs.wasNull() ? null : giver;
        String estimate = rs.getString(GIVER_ESTIMATE);
        Long giverEstimate = null;
        String estimateFrom = null;
        if (estimate != null) {
            int sp = estimate.indexOf(' ');
            giverEstimate = Long.parseLong(estimate.substring(0, sp));
            estimateFrom = estimate.substring(sp + 1);
        }
        return new Outcome(
                won, votes, votes - other, giverVotes, rs.getString(COUNT_BASIS), giverEstimate, estimateFrom);
    }

    /** A deal's names by position (1 id ... 7 candidate_name), and the joins they come from. */
    private static final String NAMES =
            "d.id, e.name, c.code, a.code, g.abbreviation, r.abbreviation, d.candidate_name";

    private static final String NAMES_FROM = " FROM seat_deal d JOIN election e ON e.id = d.election_id"
            + " JOIN constituency c ON c.id = d.constituency_id JOIN assembly a ON a.id = c.assembly_id"
            + " JOIN party g ON g.id = d.giver_id JOIN party r ON r.id = d.receiver_id";

    @Override
    public void forEachDealOutline(Consumer<SeatDeal> sink) {
        forEachNamed(new Query("SELECT " + NAMES + NAMES_FROM + " ORDER BY d.id"), false, sink);
    }

    @Override
    public void forEachDealStatus(RecordFilter f, Consumer<SeatDeal> sink) {
        LocalDate asOf = f.asOf();
        if (asOf == null) {
            // the lean read of the kept state gives every deal whole for less than the names joined (a superset of
            // what is asked: the outcome and claims come with it)
            forEachStored(f.party() == null ? null : partyId(f.party()), Long.MIN_VALUE, -1, sink);
            return;
        }
        String status = DealState.column(0, asOf == null, claimsBy(asOf));
        Query q = new Query("SELECT * FROM (SELECT " + NAMES + ", " + status + " AS status" + NAMES_FROM
                + (asOf == null ? DealState.STORED_JOIN : "")
                + " WHERE 1 = 1");
        if (asOf != null) {
            q.params.add(iso(asOf));
        }
        if (f.party() != null) {
            long id = partyId(f.party());
            q.and(PARTY_DEALS, id, id);
        }
        // as of a day, the deals nobody had reported by then did not exist yet (as in the listing)
        q.append("ORDER BY d.id) AS deals" + (asOf == null ? "" : " WHERE status IS NOT NULL"));
        forEachNamed(q, true, sink);
    }

    /** Deals of {@link #NAMES} (and, {@code withStatus}, an eighth column "status date"), without outcome or claims. */
    private void forEachNamed(Query q, boolean withStatus, Consumer<SeatDeal> sink) {
        DealMapper m = new DealMapper();
        forEach(
                q,
                rs -> {
                    DealMapper.Status s = withStatus ? m.status(rs.getString(8)) : null;
                    return new SeatDeal(
                            rs.getLong(1),
                            m.shared(rs.getString(2)),
                            m.shared(rs.getString(3)),
                            m.shared(rs.getString(4)),
                            m.shared(rs.getString(5)),
                            m.shared(rs.getString(6)),
                            rs.getString(7),
                            s == null ? null : s.status(),
                            s == null ? null : s.date(),
                            null,
                            0);
                },
                sink);
    }

    @Override
    public void forEachClaimOutline(Consumer<DealClaim> sink) {
        DealMapper shared = new DealMapper();
        Map<String, PartialDate> dates = new HashMap<>();
        forEach(
                new Query("SELECT k.id, k.deal_id, k.date, k.status, s.outlet FROM deal_claim k"
                        + " JOIN source s ON s.id = k.source_id"),
                rs -> new DealClaim(
                        rs.getLong(1),
                        rs.getLong(2),
                        null,
                        null,
                        null,
                        dates.computeIfAbsent(rs.getString(3), PartialDate::parse),
                        Coded.parse(ClaimStatus.class, rs.getString(4)),
                        null,
                        shared.shared(rs.getString(5)),
                        null),
                sink);
    }

    @Override
    public long claimCount() {
        List<Long> n = list(new Query("SELECT count(*) FROM deal_claim"), rs -> rs.getLong(1));
        return n.get(0);
    }

    @Override
    public List<ClaimCount> claimCounts(Set<String> parties) {
        if (parties.isEmpty()) {
            // kept exact by the database's triggers (schema 6): a few thousand rows instead of every claim
            return list(
                    new Query(
                            "SELECT a.code, n.date, n.claims FROM claim_count n JOIN assembly a ON a.id = n.assembly_id"
                                    + " ORDER BY a.code, n.date"),
                    rs -> new ClaimCount(rs.getString(1), PartialDate.parse(rs.getString(2)), rs.getLong(3)));
        }
        Query q = new Query("SELECT a.code, k.date AS period, count(*) FROM deal_claim k"
                + " JOIN seat_deal d ON d.id = k.deal_id JOIN constituency c ON c.id = d.constituency_id"
                + " JOIN assembly a ON a.id = c.assembly_id WHERE 1 = 1");
        List<Long> ids = new ArrayList<>();
        for (String p : parties) {
            ids.add(partyId(p));
        }
        q.and("(d.giver_id IN (" + marks(ids.size()) + ") OR d.receiver_id IN (" + marks(ids.size()) + "))");
        q.params.addAll(ids);
        q.params.addAll(ids);
        q.append("GROUP BY a.code, period ORDER BY a.code, period");
        return list(q, rs -> new ClaimCount(rs.getString(1), PartialDate.parse(rs.getString(2)), rs.getLong(3)));
    }

    @Override
    public void forEachClaim(RecordFilter f, Consumer<DealClaim> sink) {
        Query q =
                new Query("SELECT k.id, k.deal_id, c.code AS seat, g.abbreviation AS giver, r.abbreviation AS receiver,"
                        + " k.date, k.status, s.url, s.outlet, k.note FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id"
                        + " JOIN constituency c ON c.id = d.constituency_id JOIN party g ON g.id = d.giver_id"
                        + " JOIN party r ON r.id = d.receiver_id JOIN source s ON s.id = k.source_id WHERE 1 = 1");
        if (f.asOf() != null) {
            q.and(onOrBefore("k.date"), iso(f.asOf()));
        }
        if (f.party() != null) {
            long id = partyId(f.party());
            q.and(PARTY_DEALS, id, id);
        }
        q.append("ORDER BY k.date, k.id");
        forEach(
                q,
                rs -> new DealClaim(
                        rs.getLong("id"),
                        rs.getLong("deal_id"),
                        rs.getString("seat"),
                        rs.getString("giver"),
                        rs.getString("receiver"),
                        PartialDate.parse(rs.getString("date")),
                        Coded.parse(ClaimStatus.class, rs.getString("status")),
                        rs.getString("url"),
                        rs.getString("outlet"),
                        rs.getString("note")),
                sink);
    }
}
