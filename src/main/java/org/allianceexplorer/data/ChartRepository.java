package org.allianceexplorer.data;

import java.util.List;
import java.util.Map;

/**
 * What the charts need beyond {@link Repositories}: seats won per party in one assembly at one election
 * (aggregated in SQL, so millions of results stay quick), which elections have results, and the outlets
 * that back the plotted records (for the figures' credits).
 */
public interface ChartRepository {

    /**
     * Seats won by one party (or one label of the results, e.g. "Independent", when it is not a known party).
     *
     * @param party the party's abbreviation, {@code null} when the label is not a known party
     * @param label how the results name it: the abbreviation, else the label as printed
     */
    record SeatCount(String party, String label, int seats) {}

    /** An election with results for an assembly: how many seats have a declared winner. */
    record ResultsCoverage(String election, String electionName, String assembly, int seats) {}

    /** Which elections have results, per assembly, oldest first. */
    List<ResultsCoverage> resultsCoverage();

    /** Seats won per party in {@code assembly} at the election with this key or name, most first. */
    List<SeatCount> seatsWon(String election, String assembly);

    /**
     * Seats won by known parties, per label the results print for them (e.g. "PN - PPBM" and "GRS - PPBM" for a
     * party that stood for two coalitions): party abbreviation to label to seats.
     */
    Map<String, Map<String, Integer>> seatsWonByLabel(String election, String assembly);

    /** The outlets cited by the results of {@code assembly} at the election (key or name), e.g. Aiwan-e-Jamhoor. */
    List<String> resultOutlets(String election, String assembly);

    /** The outlets cited by each record of a kind, by record id: {@code membership}, {@code alliance}, {@code seat_deal}. */
    Map<Long, List<String>> outlets(String recordKind);
}
