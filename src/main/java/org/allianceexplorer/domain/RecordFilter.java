package org.allianceexplorer.domain;

import java.time.LocalDate;

/**
 * What a listing is restricted to: the state as of a day ({@code null}: latest, everything) and the
 * records that involve one party ({@code null}: all parties, else its abbreviation).
 */
public record RecordFilter(LocalDate asOf, String party) {

    public static final RecordFilter ALL = new RecordFilter(null, null);

    public RecordFilter withAsOf(LocalDate day) {
        return new RecordFilter(day, party);
    }

    public RecordFilter withParty(String abbreviation) {
        return new RecordFilter(asOf, abbreviation);
    }
}
