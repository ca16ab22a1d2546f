package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.ChartRepository;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.Source;

/**
 * Deal outcomes: the deals in force on the as-of day, grouped by beneficiary (the receiver) and election;
 * for each deal with results, whether the beneficiary won, the margin, and the votes the withdrawing party
 * (the giver) still took there. With one party asked, the deals it gave or received; with two or more,
 * the deals among them.
 *
 * @param groups        by election (oldest first), then beneficiary by deals
 * @param outlets       outlets of the claims behind the deals
 * @param resultOutlets outlets of the results used (e.g. Aiwan-e-Jamhoor)
 * @param sources       sources of the deals (citations, claims by the as-of day) and of the results used
 */
public record OutcomesModel(
        LocalDate asOf,
        List<String> focus,
        Election election,
        List<Group> groups,
        Map<String, Party> parties,
        List<String> outlets,
        List<String> resultOutlets,
        List<Source> sources)
        implements ChartModel {

    /** One deal: {@code giver} stood down for {@code receiver}'s {@code candidate}; outcome {@code null} without results. */
    public record Deal(
            long id,
            String election,
            String seat,
            String assembly,
            String giver,
            String receiver,
            String candidate,
            Outcome outcome) {}

    /** The deals one beneficiary got at one election. */
    public record Group(String receiver, String election, List<Deal> withResults, List<Deal> withoutResults) {
        public Group {
            withResults = List.copyOf(withResults);
            withoutResults = List.copyOf(withoutResults);
        }

        public long won() {
            return withResults.stream().filter(d -> d.outcome().won()).count();
        }

        public long lost() {
            return withResults.size() - won();
        }
    }

    public OutcomesModel {
        focus = List.copyOf(focus);
        groups = List.copyOf(groups);
        parties = Map.copyOf(parties);
        outlets = List.copyOf(outlets);
        resultOutlets = List.copyOf(resultOutlets);
        sources = List.copyOf(sources);
    }

    /** The deal at this seat with this giver, or {@code null}. */
    public Deal deal(String seat, String giver) {
        for (Group g : groups) {
            for (List<Deal> list : List.of(g.withResults(), g.withoutResults())) {
                for (Deal d : list) {
                    if (d.seat().equals(seat) && d.giver().equals(giver)) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** Reads the deals in force and their outcomes (call off the FX thread). */
    public static OutcomesModel load(Repositories r, ChartRepository charts, ChartRequest q) {
        Map<String, Party> parties = ChartQueries.parties(r);
        List<String> focus = ChartQueries.resolveParties(parties, q.parties());
        List<Election> elections = r.elections().elections(RecordFilter.ALL);
        Election election = ChartQueries.resolveElection(elections, q.election());
        RecordFilter filter = new RecordFilter(q.asOf(), focus.isEmpty() ? null : focus.get(0));
        Map<List<String>, List<Deal>> byGroup = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        Set<List<String>> resultSets = new LinkedHashSet<>();
        r.deals().forEachDeal(filter, d -> {
            if (!ChartQueries.inForce(d) || election != null && !election.name().equals(d.election())) {
                return;
            }
            if (focus.size() >= 2 && !(focus.contains(d.giver()) && focus.contains(d.receiver()))) {
                return;
            }
            byGroup.computeIfAbsent(List.of(d.election(), d.receiver()), k -> new ArrayList<>())
                    .add(new Deal(
                            d.id(),
                            d.election(),
                            d.seat(),
                            d.assembly(),
                            d.giver(),
                            d.receiver(),
                            d.candidate(),
                            d.outcome()));
            ids.add(d.id());
            if (d.outcome() != null) {
                resultSets.add(List.of(d.election(), d.assembly()));
            }
        });
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < elections.size(); i++) {
            order.put(elections.get(i).name(), i);
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((key, deals) -> {
            Comparator<Deal> bySeat = Comparator.comparing(Deal::seat, ChartInk.SEAT_ORDER);
            groups.add(new Group(
                    key.get(1),
                    key.get(0),
                    deals.stream()
                            .filter(d -> d.outcome() != null)
                            .sorted(bySeat)
                            .toList(),
                    deals.stream()
                            .filter(d -> d.outcome() == null)
                            .sorted(bySeat)
                            .toList()));
        });
        groups.sort(Comparator.<Group>comparingInt(g -> order.getOrDefault(g.election(), Integer.MAX_VALUE))
                .thenComparing(Comparator.<Group>comparingInt(
                                g -> g.withResults().size() + g.withoutResults().size())
                        .reversed())
                .thenComparing(Group::receiver));
        Set<String> resultOutlets = new LinkedHashSet<>();
        SourcesOfRecords cited = r.sourcesOf();
        List<Source> sources = new ArrayList<>(cited.of(ChartQueries.refs(RecordKind.DEALS, ids), q.asOf()));
        for (List<String> rs : resultSets) {
            resultOutlets.addAll(charts.resultOutlets(rs.get(0), rs.get(1)));
            sources.addAll(cited.ofResults(rs.get(0), rs.get(1)));
        }
        return new OutcomesModel(
                q.asOf(),
                focus,
                election,
                groups,
                parties,
                ChartQueries.claimOutlets(r, q.asOf(), ids),
                List.copyOf(resultOutlets),
                SourcesOfRecords.merge(sources));
    }
}
