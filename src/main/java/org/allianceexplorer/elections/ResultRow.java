package org.allianceexplorer.elections;

/**
 * A seat at one election: who won, with what votes, who came second and by what margin. A seat without
 * results (in the database or by the as-of date) has one row with an empty election and result. Where the seat
 * has an official count (a Form-47) the winner, runner-up, votes and margin are the count's: {@code basis}
 * names it and {@code differences} says where the candidate results disagree (null where they agree).
 */
public record ResultRow(
        long constituencyId,
        String election,
        String seat,
        String name,
        String assembly,
        String province,
        String district,
        String winner,
        String winnerParty,
        Long votes,
        String runnerUp,
        String runnerUpParty,
        Long runnerUpVotes,
        Long margin,
        int candidates,
        String basis,
        String differences) {

    /** The basis of a row without an official count: the candidate results as they were imported. */
    public static final String LISTED = org.allianceexplorer.domain.OfficialCount.LISTED;

    /** A candidate's place in a seat's row: the name, the party as shown, the votes. */
    record Placing(String name, String party, Long votes) {}

    /**
     * Seat {@code c}'s row at {@code election} (null: a seat without results): its winner and runner-up (either may
     * be null), the margin, how many stood, the basis and the differences of an official count.
     */
    static ResultRow of(
            org.allianceexplorer.domain.Constituency c,
            String election,
            Placing winner,
            Placing runnerUp,
            Long margin,
            int candidates,
            String basis,
            String differences) {
        return new ResultRow(
                c.id(),
                election,
                c.code(),
                c.name(),
                c.assembly(),
                c.province(),
                c.district(),
                winner == null ? null : winner.name(),
                winner == null ? null : winner.party(),
                winner == null ? null : winner.votes(),
                runnerUp == null ? null : runnerUp.name(),
                runnerUp == null ? null : runnerUp.party(),
                runnerUp == null ? null : runnerUp.votes(),
                margin,
                candidates,
                basis,
                differences);
    }
}
