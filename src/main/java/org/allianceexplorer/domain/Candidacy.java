package org.allianceexplorer.domain;

/**
 * One candidate's result in one seat at one election. {@code party} is the party's abbreviation when
 * the result's label is a known party, else {@code null} with the label as printed in {@code partyLabel}.
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
        boolean elected) {}
