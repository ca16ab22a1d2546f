package org.allianceexplorer.data;

/**
 * The one home of the SQL that reads a candidacy against its seat's official count ({@code seat_count}, see
 * {@link org.allianceexplorer.domain.OfficialCount}): the official figure where the count names the
 * candidate, the candidate results' own elsewhere. A query joins {@link #join} and then uses the fragments
 * for its candidacy alias.
 */
final class Counts {

    private Counts() {}

    /** Joins the official count (if any) of the seat given by the two columns, as {@code sc}. */
    static String join(String electionColumn, String seatColumn) {
        return join(electionColumn, seatColumn, "sc");
    }

    /** Joins the official count of the seat as {@code sc}, for a query that reads two counts. */
    static String join(String electionColumn, String seatColumn, String sc) {
        return " LEFT JOIN seat_count " + sc + " ON " + sc + ".election_id = " + electionColumn + " AND " + sc
                + ".constituency_id = " + seatColumn;
    }

    /** Also joins the count's winner's and runner-up's results, as {@code cw} and {@code cr} (for {@link #rank}). */
    static String joinPlaces() {
        return " LEFT JOIN candidacy cw ON cw.id = sc.winner_id LEFT JOIN candidacy cr ON cr.id = sc.runner_up_id";
    }

    /** The candidacy's votes in the official count, NULL when the count does not name it. */
    static String officialVotes(String k) {
        return officialVotes(k, "sc");
    }

    /** As {@link #officialVotes(String)}, with the count joined as {@code sc} (see {@link #join(String, String, String)}). */
    private static String officialVotes(String k, String sc) {
        return "CASE " + k + ".id WHEN " + sc + ".winner_id THEN " + sc + ".winner_votes WHEN " + sc
                + ".runner_up_id THEN " + sc + ".runner_up_votes END";
    }

    /** The votes to show: the official count's where it names the candidacy, else the candidate results'. */
    static String votes(String k) {
        return votes(k, "sc");
    }

    /** As {@link #votes(String)}, with the count joined as {@code sc} (see {@link #join(String, String, String)}). */
    static String votes(String k, String sc) {
        return "coalesce(" + officialVotes(k, sc) + ", " + k + ".votes)";
    }

    /** 1 for the count's winner, 2 for its runner-up, 0 for any other candidacy. */
    static String place(String k) {
        return "CASE " + k + ".id WHEN sc.winner_id THEN 1 WHEN sc.runner_up_id THEN 2 ELSE 0 END";
    }

    /**
     * The place to show: the count's winner first and runner-up second, the others after them in the order of
     * the candidate results (needs {@link #joinPlaces}).
     */
    static String rank(String k) {
        return "CASE " + k + ".id WHEN sc.winner_id THEN 1 WHEN sc.runner_up_id THEN 2 ELSE " + k + ".rank"
                + " + " + SqlSupport.bit("coalesce(cw.rank, 0) > " + k + ".rank") + " + "
                + SqlSupport.bit("coalesce(cr.rank, 0) > " + k + ".rank") + " END";
    }

    /** Whether the candidacy won: the count's winner where the count names one, else as the results have it. */
    static String elected(String k) {
        return "CASE WHEN sc.winner_id IS NULL THEN " + k + ".elected ELSE " + SqlSupport.bit(k + ".id = sc.winner_id")
                + " END";
    }

    /** A condition: the candidacy won (see {@link #elected}), for "seats won" on the basis shown. */
    static String won(String k) {
        return "(" + elected(k) + ") = 1";
    }

    /** The count's basis (e.g. Form-47) where it names the candidacy, else NULL. */
    static String basis(String k) {
        return "CASE WHEN " + k + ".id IN (sc.winner_id, sc.runner_up_id) THEN sc.basis END";
    }

    /**
     * The votes the candidacy's margin is taken against: where the count names it, the other of the count's top
     * two (the runner-up's for its winner, the winner's for its runner-up); else, in the candidate results, the
     * runner-up's for the winner and the winner's for any other. NULL when there is no other candidate.
     */
    static String otherVotes(String k) {
        return "coalesce(CASE " + k + ".id WHEN sc.winner_id THEN sc.runner_up_votes WHEN sc.runner_up_id"
                + " THEN sc.winner_votes END, (SELECT o.votes FROM candidacy o WHERE o.election_id = " + k
                + ".election_id"
                + " AND o.constituency_id = " + k + ".constituency_id AND o.rank = CASE WHEN " + k + ".rank = 1 THEN 2"
                + " ELSE 1 END))";
    }
}
