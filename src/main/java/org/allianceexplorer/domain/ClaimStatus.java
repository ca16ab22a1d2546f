package org.allianceexplorer.domain;

/** What a dated report said of a seat deal. */
public enum ClaimStatus implements Coded {
    REPORTED,
    DENIED,
    CONFIRMED,
    SWITCHED,
    COLLAPSED;

    /** True when, on this status, the deal holds (was reported or confirmed and not since undone). */
    public boolean inForce() {
        return this == REPORTED || this == CONFIRMED;
    }
}
