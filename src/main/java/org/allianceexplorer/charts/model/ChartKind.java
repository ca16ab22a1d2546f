package org.allianceexplorer.charts.model;

/** The charts of the Charts screen; {@link #id()} is also the name after {@code export --view}. */
public enum ChartKind {
    LEDGER(
            "ledger",
            "Seat-deal ledger",
            "Seats given and received in seat deals in force, per party pair and election (--party A [--party B])."),
    OUTCOMES(
            "outcomes",
            "Deal outcomes",
            "Did the deal matter: won (decisive or not needed) or lost (failed), margin against the giver's votes."),
    RESULTS(
            "results",
            "Results and majority",
            "Seats won per party in an assembly (default NA, latest election with results), majority line, alliances."),
    MEMBERSHIP(
            "membership",
            "Alliance membership",
            "Member parties per alliance by year (--party: only the alliances of that party)."),
    COALITIONS(
            "coalitions",
            "Coalition arithmetic",
            "Governing coalition and smallest minimal winning coalitions of an assembly (--party: only with it)."),
    FRIENDLY_FIGHTS(
            "friendly-fights",
            "Friendly fights",
            "Seats where allies both stood, and where their split cost them the seat (--election).");

    private final String id;
    private final String title;
    private final String description;

    ChartKind(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return title;
    }
}
