package org.allianceexplorer.domain;

import java.util.Locale;

/** What a dated report said of a seat deal. */
public enum ClaimStatus implements Coded {
    REPORTED, DENIED, CONFIRMED, SWITCHED, COLLAPSED;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when, on this status, the deal holds (was reported or confirmed and not since undone). */
    public boolean inForce() {
        return this == REPORTED || this == CONFIRMED;
    }
}
