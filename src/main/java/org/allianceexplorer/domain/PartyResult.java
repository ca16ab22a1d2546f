package org.allianceexplorer.domain;

import java.util.Locale;

/**
 * A party's national result at an election in one assembly (e.g. from ParlGov): votes, vote share in
 * percent and seats, each {@code null} where the source gives none.
 */
public record PartyResult(
        long id,
        String code,
        String election,
        String assembly,
        long partyId,
        String party,
        String partyName,
        Long votes,
        Double voteShare,
        Integer seats) {

    /** The vote share as read, {@code 51.8%}; {@code null} where the source gives none. */
    public String shareText() {
        return voteShare == null ? null : String.format(Locale.ROOT, "%.1f%%", voteShare);
    }
}
