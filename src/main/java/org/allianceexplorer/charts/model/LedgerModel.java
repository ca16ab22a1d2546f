package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.domain.Source;

/**
 * The seat-deal ledger: per election and party pair, the seats each side gave the other in deals in force
 * on the as-of day (the latest claim by then reported or confirmed). With one party asked, that party is
 * named first in every row (its given seats on the left, received on the right); with two or more, the
 * deals among them, named in the asked order; with none, the whole network, the party that gave more first.
 *
 * @param focus     the asked parties, as the database spells them
 * @param election  the election asked for, {@code null}: all
 * @param rows      one per election and pair, oldest election first, then by seats
 * @param outlets   the outlets of the claims behind the counted deals
 * @param sources   the sources of the counted deals (citations, claims by the as-of day), for the report bundle
 */
public record LedgerModel(
        LocalDate asOf,
        List<String> focus,
        Election election,
        List<Row> rows,
        Map<String, Party> parties,
        List<String> outlets,
        List<Source> sources)
        implements ChartModel {

    /** What two parties gave each other at one election: seat codes, in natural order. */
    public record Row(String election, String first, String second, List<String> firstGave, List<String> secondGave) {
        public Row {
            firstGave = firstGave.stream().sorted(ChartInk.SEAT_ORDER).toList();
            secondGave = secondGave.stream().sorted(ChartInk.SEAT_ORDER).toList();
        }

        public int total() {
            return firstGave.size() + secondGave.size();
        }
    }

    public LedgerModel {
        focus = List.copyOf(focus);
        rows = List.copyOf(rows);
        parties = Map.copyOf(parties);
        outlets = List.copyOf(outlets);
        sources = List.copyOf(sources);
    }

    /** The row of this election and pair, in either order, or {@code null}. */
    public Row row(String election, String a, String b) {
        for (Row r : rows) {
            if (r.election().equals(election)
                    && (r.first().equals(a) && r.second().equals(b)
                            || r.first().equals(b) && r.second().equals(a))) {
                return r;
            }
        }
        return null;
    }

    /** Reads the deals in force on the request's day and tallies them (call off the FX thread). */
    public static LedgerModel load(Repositories r, ChartRequest q) {
        Map<String, Party> parties = ChartQueries.parties(r);
        List<String> focus = ChartQueries.resolveParties(parties, q.parties());
        List<Election> elections = r.elections().elections(RecordFilter.ALL);
        Election election = ChartQueries.resolveElection(elections, q.election());
        RecordFilter filter = new RecordFilter(q.asOf(), focus.isEmpty() ? null : focus.get(0));

        // election -> unordered pair -> giver -> seats
        Map<String, Map<List<String>, Map<String, List<String>>>> tally = new LinkedHashMap<>();
        Set<Long> counted = new HashSet<>();
        r.deals().forEachDealStatus(filter, d -> {
            if (!ChartQueries.inForce(d) || election != null && !election.name().equals(d.election())) {
                return;
            }
            if (focus.size() >= 2 && !(focus.contains(d.giver()) && focus.contains(d.receiver()))) {
                return;
            }
            List<String> pair = pair(d, focus);
            tally.computeIfAbsent(d.election(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(pair, k -> new LinkedHashMap<>())
                    .computeIfAbsent(d.giver(), k -> new ArrayList<>())
                    .add(d.seat());
            counted.add(d.id());
        });

        Map<String, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < elections.size(); i++) {
            order.put(elections.get(i).name(), i);
        }
        List<Row> rows = new ArrayList<>();
        tally.forEach((el, pairs) -> pairs.forEach((pair, given) -> {
            List<String> a = given.getOrDefault(pair.get(0), List.of());
            List<String> b = given.getOrDefault(pair.get(1), List.of());
            boolean swap = focus.isEmpty()
                    && (b.size() > a.size()
                            || b.size() == a.size() && pair.get(1).compareTo(pair.get(0)) < 0);
            rows.add(swap ? new Row(el, pair.get(1), pair.get(0), b, a) : new Row(el, pair.get(0), pair.get(1), a, b));
        }));
        rows.sort(Comparator.<Row>comparingInt(x -> order.getOrDefault(x.election(), Integer.MAX_VALUE))
                .thenComparing(Comparator.comparingInt(Row::total).reversed())
                .thenComparing(Row::first)
                .thenComparing(Row::second));
        return new LedgerModel(
                q.asOf(),
                focus,
                election,
                rows,
                parties,
                ChartQueries.claimOutlets(r, q.asOf(), counted),
                ChartQueries.dealSources(r, q.asOf(), counted));
    }

    /** The pair of a deal, the asked party (or the earlier asked one) first. */
    private static List<String> pair(SeatDeal d, List<String> focus) {
        int gi = focus.indexOf(d.giver());
        int ri = focus.indexOf(d.receiver());
        boolean giverFirst;
        if (gi >= 0 && ri >= 0) {
            giverFirst = gi < ri;
        } else if (gi >= 0 || ri >= 0) {
            giverFirst = gi >= 0;
        } else {
            giverFirst = d.giver().compareTo(d.receiver()) < 0;
        }
        return giverFirst ? List.of(d.giver(), d.receiver()) : List.of(d.receiver(), d.giver());
    }
}
