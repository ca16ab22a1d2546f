package org.allianceexplorer.domain;

/** One candidate's result, with links to the election, seat, person (if known) and party (if known). */
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
        boolean elected) {

    /** The party's abbreviation, else the label as printed in the results ("Independent"). */
    public String partyName() {
        return party != null ? party.label() : partyLabel;
    }
}
