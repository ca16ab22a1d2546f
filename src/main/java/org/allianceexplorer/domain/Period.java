package org.allianceexplorer.domain;

import java.time.LocalDate;

/** A span between two partial dates, either end unknown ({@code null}): open-ended. */
public record Period(PartialDate from, PartialDate to) {

    public static final Period ALWAYS = new Period(null, null);

    public Period {
        if (from != null && to != null && to.latest().isBefore(from.earliest())) {
            throw new IllegalArgumentException("the end (" + to + ") is before the start (" + from + ")");
        }
    }

    /** True when the span holds on {@code asOf}; a {@code null} as-of date means "latest", where every span counts. */
    public boolean holdsOn(LocalDate asOf) {
        if (asOf == null) {
            return true;
        }
        return (from == null || from.startsBy(asOf)) && (to == null || to.endsOnOrAfter(asOf));
    }

    /** For people: {@code 1977 – 1979}, {@code since Feb 2024}. */
    public String display() {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return "since " + from.display();
        }
        if (from == null) {
            return "until " + to.display();
        }
        return from.display() + " – " + to.display();
    }
}
