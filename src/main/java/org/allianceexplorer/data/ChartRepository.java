package org.allianceexplorer.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Candidacy;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.RecordFilter;

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
    record SeatCount(String party, String label, int seats) {
    }

    /** An election with results for an assembly: how many seats have a declared winner. */
    record ResultsCoverage(String election, String electionName, String assembly, int seats) {
    }

    /** Which elections have results, per assembly, oldest first. */
    List<ResultsCoverage> resultsCoverage();

    /** Seats won per party in {@code assembly} at the election with this key or name, most first. */
    List<SeatCount> seatsWon(String election, String assembly);

    /** The outlets cited by the results of {@code assembly} at the election (key or name), e.g. Aiwan-e-Jamhoor. */
    List<String> resultOutlets(String election, String assembly);

    /** The outlets cited by each record of a kind, by record id: {@code membership}, {@code alliance}, {@code seat_deal}. */
    Map<Long, List<String>> outlets(String recordKind);

    /** The chart repository over the same database as {@code repositories}. */
    static ChartRepository of(Repositories repositories) {
        if (repositories != null && repositories.parties() instanceof SqlSupport s) {
            return new SqliteChartRepository(s.db);
        }
        return new Derived(Objects.requireNonNull(repositories, "repositories"));
    }

    /**
     * For repositories that are not SQLite (fakes in tests): the same answers computed from the results
     * stream; no citations, so no outlets.
     */
    final class Derived implements ChartRepository {
        private final Repositories r;

        Derived(Repositories r) {
            this.r = r;
        }

        @Override
        public List<ResultsCoverage> resultsCoverage() {
            Map<String, String> assemblyOf = new LinkedHashMap<>();
            for (Constituency c : r.elections().constituencies(RecordFilter.ALL)) {
                assemblyOf.put(c.code(), c.assembly());
            }
            Map<List<String>, Integer> seats = new LinkedHashMap<>();
            r.elections().forEachResult(RecordFilter.ALL, c -> {
                if (c.elected()) {
                    seats.merge(List.of(c.election(), String.valueOf(assemblyOf.get(c.seat()))), 1, Integer::sum);
                }
            });
            List<ResultsCoverage> out = new ArrayList<>();
            for (Election e : r.elections().elections(RecordFilter.ALL)) {
                for (Assembly a : r.elections().assemblies()) {
                    Integer n = seats.get(List.of(e.name(), a.code()));
                    if (n != null) {
                        out.add(new ResultsCoverage(e.code(), e.name(), a.code(), n));
                    }
                }
            }
            return out;
        }

        @Override
        public List<SeatCount> seatsWon(String election, String assembly) {
            String name = r.elections().elections(RecordFilter.ALL).stream()
                    .filter(e -> e.code().equals(election) || e.name().equals(election)).map(Election::name)
                    .findFirst().orElse(election);
            Map<String, String> assemblyOf = new LinkedHashMap<>();
            for (Constituency c : r.elections().constituencies(RecordFilter.ALL)) {
                assemblyOf.put(c.code(), c.assembly());
            }
            Map<String, SeatCount> counts = new LinkedHashMap<>();
            r.elections().forEachResult(RecordFilter.ALL, (Candidacy c) -> {
                if (c.elected() && c.election().equals(name) && assembly.equals(assemblyOf.get(c.seat()))) {
                    String label = c.party() != null ? c.party() : c.partyLabel();
                    counts.merge(label, new SeatCount(c.party(), label, 1),
                            (a, b) -> new SeatCount(a.party(), a.label(), a.seats() + 1));
                }
            });
            List<SeatCount> out = new ArrayList<>(counts.values());
            out.sort((a, b) -> a.seats() != b.seats() ? Integer.compare(b.seats(), a.seats()) : a.label().compareTo(b.label()));
            return out;
        }

        @Override
        public List<String> resultOutlets(String election, String assembly) {
            return List.of();
        }

        @Override
        public Map<Long, List<String>> outlets(String recordKind) {
            return Map.of();
        }
    }
}
