package org.allianceexplorer.elections;

import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.Election;

/**
 * An entry of the elections list: one election with the seats it has results for and the parties it has national
 * results for (ParlGov), or all elections ({@code null}).
 */
public record ElectionChoice(Election election, int seats, int partyResults) {

    private static final I18n.Messages T = I18n.of(ElectionChoice.class);

    public ElectionChoice(Election election, int seats) {
        this(election, seats, 0);
    }

    /** {@code General election 2024 · 8 Feb 2024 · 266 seats with results}. */
    public String label() {
        if (election == null) {
            return T.t("choice.all");
        }
        return election.name()
                + (election.pollingDay() == null
                        ? ""
                        : I18n.separator() + election.pollingDay().display(I18n.locale()))
                + I18n.separator()
                + (seats == 0 && partyResults > 0
                        ? T.t("choice.national", partyResults)
                        : seats == 0 ? T.t("choice.none") : T.t("choice.seats", seats));
    }
}
