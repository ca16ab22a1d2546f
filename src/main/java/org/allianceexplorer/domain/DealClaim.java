package org.allianceexplorer.domain;

/** One dated report about a seat deal, with the source that made it. */
public record DealClaim(
        long id,
        long dealId,
        String seat,
        String giver,
        String receiver,
        PartialDate date,
        ClaimStatus status,
        String sourceUrl,
        String outlet,
        String note) {}
