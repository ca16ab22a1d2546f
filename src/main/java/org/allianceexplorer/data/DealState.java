package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Each deal's state kept ready for reading (schema 6, {@code deal_state}; docs/decisions/0014): the one owner of
 * the expressions that work a deal's state out (its latest claim, its claims, its outcome from the results), for
 * the live query of any day and for the stored state of no day alike.
 *
 * <p>The database keeps the stored state in step: its triggers drop the state of every deal a write touches and
 * queue the deal in {@code deal_state_pending}; {@link #refresh} works the queued deals out again, and every
 * writer calls it before it commits. A reader takes a deal's stored state when there is one and the live
 * expressions when not ({@link #columns}), so nothing is ever read stale.
 */
public final class DealState {

    /** The state's columns, in the order of {@link #expressions} and of the {@code deal_state} table. */
    static final List<String> COLUMNS = List.of(
            "status",
            "claims",
            "receiver_votes",
            "receiver_won",
            "other_votes",
            "giver_votes",
            "count_basis",
            "giver_estimate");

    private DealState() {}

    /**
     * The expressions of the state's columns over {@code d} (seat_deal), {@code e} (its election), {@code cd} (the
     * receiver's candidacy) and {@code sc} (its seat's official count, {@link Counts#join}), in the order of
     * {@link #COLUMNS}: the status ({@code "status date"} of the latest claim), the number of claims, and the
     * outcome. {@code claimCut} limits the claims read (" AND " and a condition on {@code k.date}, or "").
     *
     * <p>The outcome (receiver_votes and what follows from it) is there only when the deal was in force on polling
     * day (its latest claim by then reported or confirmed): a deal denied, switched or collapsed before the vote
     * did not win or lose anything.
     */
    static List<String> expressions(String claimCut) {
        return List.of(
                "(SELECT k.status || ' ' || k.date FROM deal_claim k WHERE k.deal_id = d.id" + claimCut
                        + " ORDER BY k.date DESC, k.id DESC LIMIT 1)",
                "(SELECT count(*) FROM deal_claim k WHERE k.deal_id = d.id" + claimCut + ")",
                "CASE WHEN cd.id IS NOT NULL AND (SELECT k.status FROM deal_claim k WHERE k.deal_id = d.id"
                        + " AND k.date <= substr(e.polling_day, 1, length(k.date)) ORDER BY k.date DESC, k.id DESC LIMIT 1)"
                        + " IN ('reported', 'confirmed') THEN " + Counts.votes("cd") + " END",
                "CASE WHEN sc.winner_id IS NULL THEN " + SqlSupport.bit("cd.rank = 1") + " ELSE "
                        + SqlSupport.bit("cd.id = sc.winner_id") + " END",
                Counts.otherVotes("cd"),
                "(SELECT max(" + Counts.votes("v") + ") FROM candidacy v WHERE v.election_id = d.election_id"
                        + " AND v.constituency_id = d.constituency_id"
                        // "+v.party_id": look the seat up by (election, seat), not every result of the giver party by
                        // party (SQLite's choice otherwise; eight times slower on a million deals)
                        + " AND +v.party_id = d.giver_id)",
                Counts.basis("cd"),
                giverEstimate());
    }

    /** The stored state's columns of {@code ds} ({@link #STORED_JOIN}), in the order of {@link #COLUMNS}. */
    static String storedColumns() {
        return String.join(", ", COLUMNS.stream().map(c -> "ds." + c).toList());
    }

    /** The stored state of {@code d}, joined as {@code ds} (absent for a deal queued or written by another tool). */
    static final String STORED_JOIN = " LEFT JOIN deal_state ds ON ds.deal_id = d.id";

    /**
     * The state's column at {@code index} of {@link #COLUMNS}: with {@code stored} (a listing with no as-of day) the
     * stored value where the deal has one ({@link #STORED_JOIN}), else the live expression; without, the live
     * expression with {@code claimCut}.
     */
    static String column(int index, boolean stored, String claimCut) {
        String live = expressions(stored ? "" : claimCut).get(index);
        return stored ? "CASE WHEN ds.deal_id IS NULL THEN " + live + " ELSE ds." + COLUMNS.get(index) + " END" : live;
    }

    /** Every column of the state as {@link #column} gives it, each {@code AS} its name. */
    static String columns(boolean stored, String claimCut) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            out.add(column(i, stored, claimCut) + " AS " + COLUMNS.get(i));
        }
        return String.join(", ", out);
    }

    /**
     * The joins the state's expressions read, after {@code d} and {@code e}: the receiver's candidacy ({@code cd})
     * and its seat's official count ({@code sc}); with {@code stored}, first the stored state ({@code ds}), and the
     * candidacy only for a deal without one. {@code resultsCut} limits the results read (" AND " and a condition on
     * {@code e.polling_day}, or "").
     */
    static String joins(boolean stored, String resultsCut) {
        return (stored ? STORED_JOIN : "")
                + " LEFT JOIN candidacy cd ON " + (stored ? "ds.deal_id IS NULL AND " : "") + "cd.id = d.candidacy_id"
                + resultsCut
                + Counts.join("cd.election_id", "cd.constituency_id");
    }

    /**
     * Works out the state of the deals queued since the last refresh (the database's triggers queue every deal a
     * write touched) and empties the queue. Every writer calls it inside its transaction, before it commits; it
     * does nothing on a database without the kept state (a schema before 6).
     */
    public static void refresh(Connection c) throws SQLException {
        boolean postgres = Dialect.of(c) == Dialect.POSTGRESQL;
        try (Statement st = c.createStatement()) {
            try (var rs = st.executeQuery(
                    postgres
                            // the catalogue, not information_schema (a view slow enough to matter in every edit)
                            ? "SELECT 1 WHERE to_regclass('deal_state_pending') IS NOT NULL"
                            : "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'deal_state_pending'")) {
                if (!rs.next()) {
                    return;
                }
            }
            try (var rs = st.executeQuery("SELECT 1 FROM deal_state_pending LIMIT 1")) {
                if (!rs.next()) {
                    return; // nothing queued (an edit of a party, a source...): the big query is not even planned
                }
            }
            String select = " SELECT d.id, " + String.join(", ", expressions(""))
                    + " FROM seat_deal d JOIN election e ON e.id = d.election_id" + joins(false, "")
                    + " WHERE d.id IN (SELECT deal_id FROM deal_state_pending)";
            String columns = "deal_state (deal_id, " + String.join(", ", COLUMNS) + ")";
            st.executeUpdate(
                    postgres
                            ? "INSERT INTO " + columns + select + " ON CONFLICT (deal_id) DO UPDATE SET "
                                    + String.join(
                                            ", ",
                                            COLUMNS.stream()
                                                    .map(col -> col + " = excluded." + col)
                                                    .toList())
                            : "INSERT OR REPLACE INTO " + columns + select);
            st.executeUpdate("DELETE FROM deal_state_pending");
        }
    }

    /**
     * For a deal with results whose giver had no candidate on the ballot: the giver's votes in the seat at the
     * previous election with results there and that election's name, as {@code "votes name"} (the votes shown,
     * {@link Counts}); NULL otherwise, or when the giver did not stand there then. Read only for those deals.
     */
    private static String giverEstimate() {
        return "CASE WHEN cd.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM candidacy v WHERE v.election_id = d.election_id"
                + " AND v.constituency_id = d.constituency_id AND +v.party_id = d.giver_id)"
                + " THEN (SELECT " + Counts.votes("pv", "psc") + " || ' ' || pe.name FROM election pe"
                + " JOIN candidacy pv ON pv.election_id = pe.id AND pv.constituency_id = d.constituency_id"
                + " AND +pv.party_id = d.giver_id" + Counts.join("pv.election_id", "pv.constituency_id", "psc")
                + " WHERE pe.id = (SELECT pe2.id FROM election pe2 WHERE pe2.polling_day < e.polling_day"
                + " AND EXISTS (SELECT 1 FROM candidacy pc WHERE pc.election_id = pe2.id"
                + " AND pc.constituency_id = d.constituency_id) ORDER BY pe2.polling_day DESC LIMIT 1)"
                + " ORDER BY " + Counts.votes("pv", "psc") + " DESC LIMIT 1) END";
    }
}
