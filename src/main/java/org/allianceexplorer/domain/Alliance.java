package org.allianceexplorer.domain;

/** An alliance, pact, agreement, coalition or movement of parties. */
public record Alliance(
        long id,
        String code,
        String name,
        String abbreviation,
        AllianceKind kind,
        Level level,
        String region,
        Period period,
        String description) {

    /** The short name if there is one, else the name. */
    public String shortName() {
        return abbreviation == null || abbreviation.isBlank() ? name : abbreviation;
    }
}
