package org.allianceexplorer.domain;

import java.util.Locale;

/** What a dated report said of a seat deal. */
public enum ClaimStatus implements Coded {
    REPORTED,
    DENIED,
    CONFIRMED,
    SWITCHED,
    COLLAPSED;

    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    public String code() {
        return code;
    }

    /** True when, on this status, the deal holds (was reported or confirmed and not since undone). */
    public boolean inForce() {
        return this == REPORTED || this == CONFIRMED;
    }
}
