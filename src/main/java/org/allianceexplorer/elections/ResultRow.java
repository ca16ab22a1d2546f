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
}
