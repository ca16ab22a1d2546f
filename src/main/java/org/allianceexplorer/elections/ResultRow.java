package org.allianceexplorer.elections;

/**
 * A seat at one election: who won, with what votes, who came second and by what margin. A seat without
 * results (in the database or by the as-of date) has one row with an empty election and result.
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
        int candidates) {}
