package org.allianceexplorer.charts.model;

/**
 * The charts of the Charts screen; {@link #id()} is also the name after {@code export --view}. Each says which of
 * the screen's pickers it reads (party, partner, election, assembly): the one rule for the pickers shown and the
 * request made.
 */
public enum ChartKind {
    LEDGER(
            "ledger",
            "Seat-deal ledger",
            "Seats given and received in seat deals in force, per party pair and election (--party A [--party B]).",
            P.PARTY | P.PARTNER | P.ELECTION),
    OUTCOMES(
            "outcomes",
            "Deal outcomes",
            "Did the deal matter: won (decisive or not needed) or lost (failed), margin against the giver's votes.",
            P.PARTY | P.PARTNER | P.ELECTION),
    RESULTS(
            "results",
            "Results and majority",
            "Seats won per party in an assembly (default NA, latest election with results), majority line, alliances.",
            P.ELECTION | P.ASSEMBLY),
    MEMBERSHIP(
            "membership",
            "Alliance membership",
            "Member parties per alliance by year (--party: only the alliances of that party).",
            P.PARTY),
    COALITIONS(
            "coalitions",
            "Coalition arithmetic",
            "Governing coalition and smallest minimal winning coalitions of an assembly (--party: only with it).",
            P.PARTY | P.ELECTION | P.ASSEMBLY),
    FRIENDLY_FIGHTS(
            "friendly-fights",
            "Friendly fights",
            "Seats where allies both stood, and where their split cost them the seat (--election).",
            P.PARTY | P.ELECTION);

    /** The pickers a chart reads, as bits (a nested class: the constants above cannot refer forward). */
    private static final class P {
        static final int PARTY = 1;
        static final int PARTNER = 2;
        static final int ELECTION = 4;
        static final int ASSEMBLY = 8;
    }

    private final String id;
    private final String title;
    private final String description;
    private final int pickers;

    ChartKind(String id, String title, String description, int pickers) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.pickers = pickers;
    }

    /** Whether the chart reads a party (the first of {@link ChartRequest#parties()}). */
    public boolean usesParty() {
        return (pickers & P.PARTY) != 0;
    }

    /** Whether the chart reads a second party (deals between the two). */
    public boolean usesPartner() {
        return (pickers & P.PARTNER) != 0;
    }

    /** Whether the chart reads an election. */
    public boolean usesElection() {
        return (pickers & P.ELECTION) != 0;
    }

    /** Whether the chart reads an assembly. */
    public boolean usesAssembly() {
        return (pickers & P.ASSEMBLY) != 0;
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
