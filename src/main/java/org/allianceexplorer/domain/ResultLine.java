package org.allianceexplorer.domain;

/**
 * One candidate's result, with links to the election, seat, person (if known) and party (if known). Where the
 * seat's official count names the candidate, {@code votes} are the count's ({@code basis} names it, and
 * {@code listedVotes} are the candidate results' own), {@code rank} its place in the count (the others after, in
 * the order of the candidate results) and {@code elected} whether the count has it win; else all three are the
 * candidate results' and {@code basis} is {@code null}.
 */
public record ResultLine(
        RecordRef result,
        RecordRef election,
        RecordRef seat,
        String candidate,
        RecordRef person,
        RecordRef party,
        String partyLabel,
        long votes,
        int rank,
        boolean elected,
        String basis,
        long listedVotes) {

    /** The party's abbreviation, else the label as printed in the results ("Independent"). */
    public String partyName() {
        return party != null ? party.label() : partyLabel;
    }
}
