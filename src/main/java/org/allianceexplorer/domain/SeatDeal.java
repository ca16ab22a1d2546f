package org.allianceexplorer.domain;

import java.util.function.Function;

/**
 * A seat deal as of a date: {@code giver} stands down in (or supports) {@code receiver}'s candidate at
 * {@code seat}. {@code status} is the latest claim up to the as-of date ({@code null} when no claim had
 * been made by then); {@code outcome} comes from the results and is {@code null} where there are none.
 */
public record SeatDeal(
        long id,
        String election,
        String seat,
        String assembly,
        String giver,
        String receiver,
        String candidate,
        ClaimStatus status,
        PartialDate statusDate,
        Outcome outcome,
        int claims) {

    /** {@code value} of the deal's outcome, {@code null} when it has none (no results). */
    public <T> T ofOutcome(Function<Outcome, T> value) {
        return outcome == null ? null : value.apply(outcome);
    }
}
