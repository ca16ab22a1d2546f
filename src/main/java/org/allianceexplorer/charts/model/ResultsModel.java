package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.allianceexplorer.data.ChartRepository;
import org.allianceexplorer.data.ChartRepository.ResultsCoverage;
import org.allianceexplorer.data.ChartRepository.SeatCount;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.data.imports.results.ResultsMapping;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;

/**
 * Seats won per party in one assembly at one election (default: the National Assembly, the latest election
 * with results by the as-of day), the assembly's majority, and the alliances in force on the as-of day
 * (latest: those with no end) with the seats their members won; at most {@value #MAX_ALLIANCES}, most seats
 * first, each marked by a letter.
 *
 * @param coverage         the election and assembly shown, {@code null} when there are no results to show
 * @param assembly         the assembly (seat counts and majority may be unknown)
 * @param alliances        the alliances with seats, lettered A, B, ...
 * @param resultOutlets    outlets of the results (e.g. Aiwan-e-Jamhoor)
 * @param allianceOutlets  outlets of the memberships behind the alliance marks
 * @param sources          sources of the results and of the alliances and memberships behind the marks
 */
public record ResultsModel(
        LocalDate asOf,
        ResultsCoverage coverage,
        Assembly assembly,
        List<SeatCount> seats,
        List<AllianceSeats> alliances,
        Map<String, Party> parties,
        List<String> resultOutlets,
        List<String> allianceOutlets,
        List<Source> sources)
        implements ChartModel {

    static final int MAX_ALLIANCES = 6;

    /** An alliance as of the day with its members' seats (members with none left out). */
    public record AllianceSeats(char letter, Alliance alliance, List<SeatCount> members) {
        public AllianceSeats {
            members = List.copyOf(members);
        }

        public int seats() {
            return members.stream().mapToInt(SeatCount::seats).sum();
        }
    }

    public ResultsModel {
        seats = List.copyOf(seats);
        alliances = List.copyOf(alliances);
        parties = Map.copyOf(parties);
        resultOutlets = List.copyOf(resultOutlets);
        allianceOutlets = List.copyOf(allianceOutlets);
        sources = List.copyOf(sources);
    }

    /** Seats of a party (or results label), 0 when none. */
    public int seatsOf(String label) {
        return seats.stream()
                .filter(s -> s.label().equals(label))
                .mapToInt(SeatCount::seats)
                .sum();
    }

    /** The letters of the alliances a party belongs to here. */
    public List<Character> lettersOf(String party) {
        List<Character> out = new ArrayList<>();
        for (AllianceSeats a : alliances) {
            if (a.members().stream().anyMatch(m -> m.label().equals(party))) {
                out.add(a.letter());
            }
        }
        return out;
    }

    public int totalSeats() {
        return seats.stream().mapToInt(SeatCount::seats).sum();
    }

    /**
     * A party's seats counted for one of its alliances. Seats won under a label that names one of the party's
     * alliances as a prefix ("GRS - PPBM": the coalition the candidate stood for, as wide results files print it)
     * count for that alliance only; seats under any other label count for each of the party's alliances. Null
     * when none count.
     */
    static SeatCount creditedTo(Alliance a, SeatCount won, Map<String, Integer> labels, List<String> partyAlliances) {
        if (labels == null || partyAlliances == null) {
            return won;
        }
        int seats = 0;
        for (Map.Entry<String, Integer> e : labels.entrySet()) {
            String coalition = coalitionOf(e.getKey(), partyAlliances);
            if (coalition == null || coalition.equalsIgnoreCase(a.abbreviation())) {
                seats += e.getValue();
            }
        }
        if (seats == 0) {
            return null;
        }
        return seats == won.seats() ? won : new SeatCount(won.party(), won.label(), seats);
    }

    /** The alliance a result's label names as its prefix ("PN - PAS": PN), among the party's own; else null. */
    private static String coalitionOf(String label, List<String> partyAlliances) {
        for (String abbreviation : partyAlliances) {
            String prefix = abbreviation + ResultsMapping.COALITION_SEPARATOR;
            if (label.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return abbreviation;
            }
        }
        return null;
    }

    /** Reads the results and alliances (call off the FX thread). */
    public static ResultsModel load(Repositories r, ChartRepository charts, ChartRequest q) {
        Map<String, Party> parties = ChartQueries.parties(r);
        List<Assembly> assemblies = r.elections().assemblies();
        List<ResultsCoverage> coverage = charts.resultsCoverage();
        List<Election> elections = r.elections().elections(RecordFilter.ALL);
        String asm = q.assembly();
        if (asm == null) {
            asm = coverage.stream().anyMatch(c -> "NA".equals(c.assembly()))
                    ? "NA"
                    : coverage.isEmpty()
                            ? (assemblies.isEmpty() ? null : assemblies.get(0).code())
                            : coverage.get(0).assembly();
        }
        Assembly assembly = null;
        for (Assembly a : assemblies) {
            if (a.code().equalsIgnoreCase(asm == null ? "" : asm)) {
                assembly = a;
            }
        }
        if (asm != null && assembly == null) {
            throw new IllegalArgumentException("no assembly '" + asm + "'");
        }
        Election asked = ChartQueries.resolveElection(elections, q.election());
        Map<String, Election> byCode = new HashMap<>();
        elections.forEach(e -> byCode.put(e.code(), e));
        ResultsCoverage shown = null;
        for (ResultsCoverage c : coverage) {
            if (assembly == null || !c.assembly().equals(assembly.code())) {
                continue;
            }
            if (asked != null) {
                if (c.election().equals(asked.code())) {
                    shown = c;
                }
                continue;
            }
            Election e = byCode.get(c.election());
            boolean polled = q.asOf() == null
                    || e == null
                    || e.pollingDay() == null
                    || e.pollingDay().startsBy(q.asOf());
            if (polled) {
                shown = c;
            }
        }
        if (asked != null && shown == null) {
            throw new IllegalArgumentException("no results for " + asked.name() + " in "
                    + (assembly == null ? "any assembly" : assembly.code())
                    + (coverage.isEmpty()
                            ? ""
                            : "; results exist for "
                                    + String.join(
                                            ", ",
                                            coverage.stream()
                                                    .map(c -> c.election() + " " + c.assembly())
                                                    .toList())));
        }
        if (shown == null) {
            return new ResultsModel(
                    q.asOf(), null, assembly, List.of(), List.of(), parties, List.of(), List.of(), List.of());
        }
        List<SeatCount> seats = charts.seatsWon(shown.election(), shown.assembly());
        Map<String, SeatCount> seatsByParty = new HashMap<>();
        seats.forEach(s -> seatsByParty.put(s.label(), s));

        Map<Long, Alliance> alliances = new LinkedHashMap<>();
        r.alliances().alliances(RecordFilter.ALL).forEach(a -> alliances.put(a.id(), a));
        List<Membership> members = q.asOf() == null
                ? r.alliances().memberships(RecordFilter.ALL).stream()
                        .filter(m -> m.period().to() == null
                                && alliances.containsKey(m.allianceId())
                                && alliances.get(m.allianceId()).period().to() == null)
                        .toList()
                : r.alliances().memberships(new RecordFilter(q.asOf(), null));
        Map<Long, List<SeatCount>> byAlliance = new LinkedHashMap<>();
        Map<Long, List<Long>> membershipIds = new HashMap<>();
        Map<String, Map<String, Integer>> byLabel = charts.seatsWonByLabel(shown.election(), shown.assembly());
        Map<String, List<String>> alliancesOfParty = new HashMap<>();
        for (Membership m : members) {
            Alliance a = alliances.get(m.allianceId());
            if (a != null && a.abbreviation() != null) {
                alliancesOfParty
                        .computeIfAbsent(m.party(), k -> new ArrayList<>())
                        .add(a.abbreviation());
            }
        }
        for (Membership m : members) {
            SeatCount won = seatsByParty.get(m.party());
            Alliance a = alliances.get(m.allianceId());
            if (won == null || a == null || q.asOf() != null && !a.period().holdsOn(q.asOf())) {
                continue;
            }
            SeatCount sc = creditedTo(a, won, byLabel.get(m.party()), alliancesOfParty.get(m.party()));
            if (sc == null) {
                continue;
            }
            List<SeatCount> list = byAlliance.computeIfAbsent(m.allianceId(), k -> new ArrayList<>());
            if (!list.contains(sc)) {
                list.add(sc);
            }
            membershipIds
                    .computeIfAbsent(m.allianceId(), k -> new ArrayList<>())
                    .add(m.id());
        }
        // an alliance's own ticket: candidates who stood as the coalition itself ("PN - DIRECT") won for it
        for (Alliance a : alliances.values()) {
            SeatCount own = a.abbreviation() == null ? null : seatsByParty.get(a.abbreviation());
            boolean inForce =
                    q.asOf() == null ? a.period().to() == null : a.period().holdsOn(q.asOf());
            if (own != null && own.party() != null && inForce) {
                List<SeatCount> list = byAlliance.computeIfAbsent(a.id(), k -> new ArrayList<>());
                if (!list.contains(own)) {
                    list.add(own);
                }
                membershipIds.computeIfAbsent(a.id(), k -> new ArrayList<>());
            }
        }
        List<Long> ids = new ArrayList<>(byAlliance.keySet());
        ids.sort(Comparator.<Long>comparingInt(id ->
                        -byAlliance.get(id).stream().mapToInt(SeatCount::seats).sum())
                .thenComparing(id -> alliances.get(id).name()));
        List<AllianceSeats> out = new ArrayList<>();
        TreeSet<String> outlets = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<Long, List<String>> cited = charts.outlets("membership");
        List<RecordRef> behind = new ArrayList<>();
        for (Long id : ids) {
            if (out.size() == MAX_ALLIANCES) {
                break;
            }
            List<SeatCount> ms = new ArrayList<>(byAlliance.get(id));
            ms.sort(Comparator.comparingInt(SeatCount::seats).reversed().thenComparing(SeatCount::label));
            out.add(new AllianceSeats((char) ('A' + out.size()), alliances.get(id), ms));
            behind.add(new RecordRef(RecordKind.ALLIANCES, id, null));
            for (Long mid : membershipIds.get(id)) {
                outlets.addAll(cited.getOrDefault(mid, List.of()));
                behind.add(new RecordRef(RecordKind.MEMBERSHIPS, mid, null));
            }
        }
        SourcesOfRecords sources = r.sourcesOf();
        return new ResultsModel(
                q.asOf(),
                shown,
                assembly,
                seats,
                out,
                parties,
                charts.resultOutlets(shown.election(), shown.assembly()),
                List.copyOf(outlets),
                SourcesOfRecords.merge(
                        sources.ofResults(shown.election(), shown.assembly()), sources.of(behind, q.asOf())));
    }
}
