package org.allianceexplorer.domain;

import java.util.Locale;

/** What sort of alliance or agreement a grouping of parties is. */
public enum AllianceKind implements Coded {
    ELECTORAL_ALLIANCE,
    SEAT_ADJUSTMENT_PACT,
    COOPERATION_AGREEMENT,
    GOVERNING_COALITION,
    OPPOSITION_MOVEMENT;

    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    public String code() {
        return code;
    }
}
