package org.allianceexplorer.domain;

import java.time.LocalDate;

/** A political party. {@code colour} is {@code #RRGGBB} or {@code null}. */
public record Party(
        long id,
        String abbreviation,
        String name,
        String nativeName,
        String colour,
        PartialDate founded,
        PartialDate dissolved,
        Integer partyFactsId,
        String country) {

    /**
     * True when the party exists on {@code day}: founded by then (or founding unknown) and not dissolved
     * before it. A {@code null} day means "latest", where every party counts. Partial dates are read
     * generously, as {@link Period#holdsOn} reads them: founded in {@code 2016} exists from 1 Jan 2016.
     * The same rule is SQL in the party repository (a test keeps the two in step).
     */
    public boolean existsOn(LocalDate day) {
        return lifetime().holdsOn(day);
    }

    /** The party's lifetime: from its founding to its dissolution, either end unknown (open). */
    public Period lifetime() {
        return new Period(founded, dissolved);
    }
}
