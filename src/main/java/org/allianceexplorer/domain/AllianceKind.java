package org.allianceexplorer.domain;

/** What sort of alliance or agreement a grouping of parties is. */
public enum AllianceKind implements Coded {
    ELECTORAL_ALLIANCE,
    SEAT_ADJUSTMENT_PACT,
    COOPERATION_AGREEMENT,
    GOVERNING_COALITION,
    OPPOSITION_MOVEMENT;
}
