package org.allianceexplorer.elections;

import java.util.Locale;
import org.allianceexplorer.domain.Election;

/**
 * An entry of the elections list: one election with the seats it has results for and the parties it has national
 * results for (ParlGov), or all elections ({@code null}).
 */
public record ElectionChoice(Election election, int seats, int partyResults) {

    public ElectionChoice(Election election, int seats) {
        this(election, seats, 0);
    }

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
                + (seats == 0 && partyResults > 0
                        ? String.format(Locale.ROOT, "national results of %,d parties, none by seat", partyResults)
                        : seats == 0
                                ? "no results stored"
                                : String.format(Locale.ROOT, "%,d", seats) + (seats == 1 ? " seat" : " seats")
                                        + " with results");
    }
}
