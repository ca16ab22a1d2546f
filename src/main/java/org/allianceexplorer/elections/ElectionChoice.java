package org.allianceexplorer.elections;

import java.util.Locale;
import org.allianceexplorer.domain.Election;

/** An entry of the elections list: one election with the seats it has results for, or all elections ({@code null}). */
public record ElectionChoice(Election election, int seats) {

    /** {@code General election 2024 · 8 Feb 2024 · 266 seats with results}. */
    public String label() {
        if (election == null) {
            return "All elections and seats";
        }
        return election.name()
                + (election.pollingDay() == null
                        ? ""
                        : " \u00b7 " + election.pollingDay().display())
                + " \u00b7 "
                + (seats == 0
                        ? "no results stored"
                        : String.format(Locale.ROOT, "%,d", seats) + (seats == 1 ? " seat" : " seats")
                                + " with results");
    }
}
