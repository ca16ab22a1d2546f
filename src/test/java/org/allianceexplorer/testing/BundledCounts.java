package org.allianceexplorer.testing;

/**
 * How many records of some kinds the bundled Pakistan dataset holds: one place for the numbers the tests
 * that open it wait for or compare with (pinned against the database itself in BundledDatasetTest). When the
 * dataset grows, change them here.
 */
public final class BundledCounts {

    /** Seat deals: the founding case (10), 2024 beyond Karachi (55), 2018 (27), 2013 (30). */
    public static final int DEALS = 122;

    /** Parties, with those of the folders of deals. */
    public static final long PARTIES = 38;

    private BundledCounts() {}
}
