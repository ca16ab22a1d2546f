package org.allianceexplorer.domain.edit;

import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.PartialDate;

/**
 * The daily task in one call: "today Dawn reports that X withdrew for Y at NA-123". Seat, election, giver and
 * receiver (ids) name the deal, which is created when it is new; the claim (status, date: today when
 * {@code null}) is added to it; the source is found by URL or created (outlet, quotation).
 */
public record NewClaim(
        long electionId,
        long seatId,
        long giverId,
        long receiverId,
        String candidate,
        ClaimStatus status,
        PartialDate date,
        String sourceUrl,
        String outlet,
        String quotation) {}
