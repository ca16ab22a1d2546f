package org.allianceexplorer.domain;

/**
 * A seat deal as a detail pane lists it, with links: who stood down ({@code giver}) for whom
 * ({@code receiver}) at which seat, its status as of a day (the latest claim by then) and its outcome from
 * the results ({@code null} where there are none, or polling had not happened by the day).
 */
public record DealLine(
        RecordRef deal,
        RecordRef election,
        RecordRef seat,
        String assembly,
        RecordRef giver,
        RecordRef receiver,
        String candidate,
        ClaimStatus status,
        PartialDate statusDate,
        Outcome outcome) {

    /** True when, as of the day, the deal holds (reported or confirmed, not since denied, switched or collapsed). */
    public boolean inForce() {
        return status != null && status.inForce();
    }

    /** {@code ANP → MQM-P at NA-242}. */
    public String summary() {
        return giver.label() + " \u2192 " + receiver.label() + " at " + seat.label();
    }
}
