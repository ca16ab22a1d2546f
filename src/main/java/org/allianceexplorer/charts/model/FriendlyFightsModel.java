package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.ChartRepository;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Lapses;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.domain.analysis.FriendlyFights;
import org.allianceexplorer.domain.analysis.FriendlyFights.Fight;

/**
 * Friendly fights of one election: the seats where two parties allied on polling day both stood (see
 * {@link FriendlyFights}), for the chart and {@code list friendly-fights} alike.
 *
 * @param focus the parties asked (only their fights), empty: all
 * @param pairs the allied pairs that fought, most fights first
 */
public record FriendlyFightsModel(
        LocalDate asOf,
        Election election,
        List<String> focus,
        List<Fight> fights,
        List<Pair> pairs,
        Map<String, Party> parties,
        List<String> resultOutlets,
        List<Source> sources)
        implements ChartModel {

    /** Two allies that fought each other: in how many seats, and in how many the split cost them the seat. */
    public record Pair(String partyA, String partyB, int seats, int lost) {}

    public FriendlyFightsModel {
        focus = List.copyOf(focus);
        fights = List.copyOf(fights);
        pairs = List.copyOf(pairs);
        parties = Map.copyOf(parties);
        resultOutlets = List.copyOf(resultOutlets);
        sources = List.copyOf(sources);
    }

    /** The fights that cost the allies the seat. */
    public List<Fight> costly() {
        return fights.stream().filter(Fight::splitCostSeat).toList();
    }

    /**
     * The friendly fights of {@code e} (it needs a polling day): allies are the members of one electoral alliance
     * or seat-adjustment pact in force that day (and not lapsed, {@link Lapses}) where it holds, or partners in a
     * seat deal of that election in force that day; votes on the official count where it names the candidate.
     */
    public static List<Fight> fights(Repositories r, Election e) {
        if (e.pollingDay() == null) {
            throw new IllegalArgumentException("the election '" + e.name() + "' has no polling day on record");
        }
        RecordFilter day = new RecordFilter(e.pollingDay().earliest(), null);
        Map<String, LocalDate> lapses = Lapses.of(r.elections().elections(RecordFilter.ALL));
        Map<Long, String> madeFor = r.relationships().allianceElections();
        Map<String, List<FriendlyFights.Tie>> ties = new HashMap<>();
        Map<Long, FriendlyFights.Tie> pacts = new HashMap<>();
        for (Alliance a : r.alliances().alliances(day)) {
            if ((a.kind() == AllianceKind.ELECTORAL_ALLIANCE || a.kind() == AllianceKind.SEAT_ADJUSTMENT_PACT)
                    && !Lapses.allianceLapsed(a, madeFor.get(a.id()), lapses, day.asOf())) {
                pacts.put(a.id(), new FriendlyFights.Tie(a.shortName(), a.region()));
            }
        }
        Map<Long, List<String>> members = new HashMap<>();
        for (Membership m : r.alliances().memberships(day)) {
            if (pacts.containsKey(m.allianceId())) {
                members.computeIfAbsent(m.allianceId(), k -> new ArrayList<>()).add(m.party());
            }
        }
        for (Map.Entry<Long, List<String>> g : members.entrySet()) {
            List<String> ps = g.getValue();
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    ties.computeIfAbsent(FriendlyFights.pair(ps.get(i), ps.get(j)), k -> new ArrayList<>())
                            .add(pacts.get(g.getKey()));
                }
            }
        }
        r.deals().forEachDeal(day, x -> {
            if (x.election().equals(e.name())
                    && x.status() != null
                    && x.status().inForce()) {
                ties.computeIfAbsent(FriendlyFights.pair(x.giver(), x.receiver()), k -> new ArrayList<>())
                        .add(new FriendlyFights.Tie("seat deal at " + x.seat(), null));
            }
        });
        Map<String, Constituency> seats = new HashMap<>();
        for (Constituency c : r.elections().constituencies(RecordFilter.ALL)) {
            seats.putIfAbsent(c.code(), c);
        }
        List<FriendlyFights.Candidate> candidates = new ArrayList<>();
        r.elections().forEachResult(RecordFilter.ALL, c -> {
            if (c.election().equals(e.name())) {
                Constituency seat = seats.get(c.seat());
                candidates.add(new FriendlyFights.Candidate(
                        c.seat(),
                        seat == null ? null : seat.province(),
                        seat == null ? null : seat.district(),
                        c.party() != null ? c.party() : c.partyLabel(),
                        c.officialVotes() != null ? c.officialVotes() : c.votes(),
                        c.won()));
            }
        });
        return FriendlyFights.find(candidates, ties);
    }

    /** The election asked, else the latest with results (polled by the as-of day); only the fights of the parties asked. */
    public static FriendlyFightsModel load(Repositories r, ChartRepository charts, ChartRequest q) {
        Map<String, Party> parties = ChartQueries.parties(r);
        List<String> focus = ChartQueries.resolveParties(parties, q.parties());
        List<Election> elections = r.elections().elections(RecordFilter.ALL);
        Election e = ChartQueries.resolveElection(elections, q.election());
        if (e == null) {
            Map<String, Long> coverage = new HashMap<>();
            charts.resultsCoverage().forEach(c -> coverage.merge(c.election(), 1L, Long::sum));
            for (Election x : elections) {
                boolean polled = q.asOf() == null
                        || x.pollingDay() != null && x.pollingDay().startsBy(q.asOf());
                if (polled && coverage.containsKey(x.code()) && x.pollingDay() != null) {
                    e = x;
                }
            }
            if (e == null) {
                throw new IllegalArgumentException("no election with results to look for friendly fights in");
            }
        }
        List<Fight> fights = fights(r, e).stream()
                .filter(f -> focus.isEmpty() || focus.contains(f.partyA()) || focus.contains(f.partyB()))
                .toList();
        Map<String, int[]> byPair = new LinkedHashMap<>();
        for (Fight f : fights) {
            int[] n = byPair.computeIfAbsent(FriendlyFights.pair(f.partyA(), f.partyB()), k -> new int[2]);
            n[0]++;
            n[1] += f.splitCostSeat() ? 1 : 0;
        }
        List<Pair> pairs = new ArrayList<>();
        byPair.forEach((k, n) -> {
            String[] ab = k.split("\u0000"); // FriendlyFights.pair's separator
            pairs.add(new Pair(ab[0], ab[1], n[0], n[1]));
        });
        pairs.sort((x, y) -> y.seats() != x.seats()
                ? Integer.compare(y.seats(), x.seats())
                : (x.partyA() + x.partyB()).compareTo(y.partyA() + y.partyB()));
        List<String> outlets = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (ChartRepository.ResultsCoverage c : charts.resultsCoverage()) {
            if (c.election().equals(e.code())) {
                outlets.addAll(charts.resultOutlets(e.code(), c.assembly()));
                sources.addAll(r.sourcesOf().ofResults(e.code(), c.assembly()));
            }
        }
        return new FriendlyFightsModel(
                q.asOf(),
                e,
                focus,
                fights,
                pairs,
                parties,
                outlets.stream().distinct().toList(),
                SourcesOfRecords.merge(sources));
    }
}
