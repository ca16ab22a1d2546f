package org.allianceexplorer.domain;

/**
 * One candidate's result in one seat at one election. {@code party} is the party's abbreviation when
 * the result's label is a known party, else {@code null} with the label as printed in {@code partyLabel}.
 * {@code votes}, {@code rank} and {@code elected} are the candidate results' own; where the seat has an official
 * count that names this candidate, {@code officialVotes} are its votes there, {@code officialPlace} its place
 * (1 winner, 2 runner-up; 0 otherwise) and {@code basis} the count's kind (see {@link OfficialCount}); {@code won}
 * is whether it won on the basis shown: the count's winner where the count names one, else {@code elected}.
 */
public record Candidacy(
        long id,
        String election,
        String seat,
        String candidate,
        String party,
        String partyLabel,
        long votes,
        int rank,
        boolean elected,
        Long officialVotes,
        int officialPlace,
        String basis,
        boolean won) {}
