package org.allianceexplorer.domain;

/** A political party. {@code colour} is {@code #RRGGBB} or {@code null}. */
public record Party(long id, String abbreviation, String name, String nativeName, String colour,
                    PartialDate founded, PartialDate dissolved, Integer partyFactsId, String country) {

    /** The party's lifetime: from its founding to its dissolution, either end unknown (open). */
    public Period lifetime() {
        return new Period(founded, dissolved);
    }
}
