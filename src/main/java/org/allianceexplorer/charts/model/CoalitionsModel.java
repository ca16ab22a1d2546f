package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.allianceexplorer.data.ChartRepository;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RelationKind;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic.Coalition;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic.Seats;

/**
 * Coalition arithmetic of an assembly after an election, as of a day: the seats per party, the majority line,
 * the governing coalition in force with its margin, and the smallest minimal winning coalitions, each marked
 * when two of its members were rivals on the day. The one place the seats, majority, governing coalition and
 * rivalries are read for the {@code coalitions} command and the chart alike.
 *
 * @param shown      the coalitions drawn: the governing one first (when there is one), then the smallest minimal
 *                   winning ones
 * @param count      how many minimal winning coalitions there are in all (with the party asked, if any)
 * @param with       the party every coalition shown includes, or {@code null}
 */
public record CoalitionsModel(
        LocalDate asOf,
        Inputs inputs,
        List<Row> shown,
        long count,
        String with,
        Map<String, Party> parties,
        List<Source> sources)
        implements ChartModel {

    /** How many minimal winning coalitions the chart draws at most. */
    public static final int SHOWN = 12;

    /**
     * What the arithmetic starts from.
     *
     * @param seats      each party's seats, most first: its final position where the database records party results
     *                   with seats (e.g. after the reserved seats), else its seats won in the results
     * @param won        each party's seats won at the polls (general seats, on the official count where a seat has
     *                   one), empty without candidate results
     * @param positions  whether {@code seats} are recorded positions (party results), not the seats won
     * @param majority   the seats a majority needs (the assembly's recorded majority, else half the total plus one)
     * @param total      the assembly's seats (recorded, else the sum of {@code seats})
     * @param governing  the parties of the governing coalition in force on the day for this assembly (empty: none)
     * @param rivals     the pairs in a rivalry on the day, both ways (on the latest state: rivalries without an end)
     */
    public record Inputs(
            Election election,
            Assembly assembly,
            List<Seats> seats,
            Map<String, Integer> won,
            boolean positions,
            int majority,
            int total,
            Set<String> governing,
            Map<String, Set<String>> rivals) {
        public Inputs {
            seats = List.copyOf(seats);
            won = Map.copyOf(won);
            governing = Collections.unmodifiableSortedSet(new TreeSet<>(governing));
            rivals = Map.copyOf(rivals);
        }

        /** Where the seats come from, in words. */
        public String basis() {
            return positions ? "the parties' recorded seats (party results)" : "seats won in the results";
        }

        /** Whether the seats won at the polls are told apart from the seats held (positions with results). */
        public boolean splitsWon() {
            return positions && !won.isEmpty();
        }

        /** Whether these parties are exactly the governing coalition in force (never, when none is). */
        public boolean governs(Collection<String> parties) {
            return !governing.isEmpty() && new TreeSet<>(parties).equals(governing);
        }

        /** The seats the parties of {@code members} hold together. */
        public int seatsOf(Set<String> members) {
            return seats.stream()
                    .filter(s -> members.contains(s.party()))
                    .mapToInt(Seats::seats)
                    .sum();
        }

        /** The seats won at the polls by the parties of {@code members}. */
        public int wonBy(List<String> members) {
            return members.stream().mapToInt(p -> won.getOrDefault(p, 0)).sum();
        }

        /** The rival pairs among {@code members}, as {@code A–B}. */
        public List<String> rivalPairs(List<String> members) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (rivals.getOrDefault(members.get(i), Set.of()).contains(members.get(j))) {
                        out.add(members.get(i) + "\u2013" + members.get(j));
                    }
                }
            }
            return out;
        }
    }

    /**
     * A coalition drawn: its members, its rank among the minimal winning coalitions (fewest seats first; 0 when it
     * is not one, as a governing coalition with a member it does not need), whether it is the governing one, and
     * the rival pairs within it.
     */
    public record Row(Coalition coalition, int rank, boolean governing, List<String> rivalPairs) {
        public Row {
            rivalPairs = List.copyOf(rivalPairs);
        }
    }

    public CoalitionsModel {
        shown = List.copyOf(shown);
        parties = Map.copyOf(parties);
        sources = List.copyOf(sources);
    }

    /**
     * Reads the seats, majority, governing coalition and rivalries of {@code a} after {@code e} as of {@code asOf}
     * ({@code null}: latest). Fails with a message naming the election and assembly when no seats are recorded.
     */
    public static Inputs inputs(Repositories r, Election e, Assembly a, LocalDate asOf) {
        List<Seats> seats = new ArrayList<>();
        for (PartyResult p : r.elections().partyResults(e.code())) {
            if (p.assembly().equalsIgnoreCase(a.code()) && p.seats() != null && p.seats() > 0) {
                seats.add(new Seats(p.party(), p.seats()));
            }
        }
        Map<String, Integer> won = new LinkedHashMap<>();
        for (ChartRepository.SeatCount s : r.charts().seatsWon(e.code(), a.code())) {
            won.merge(s.party() != null ? s.party() : s.label(), s.seats(), Integer::sum);
        }
        boolean positions = !seats.isEmpty();
        if (!positions) {
            won.forEach((p, n) -> seats.add(new Seats(p, n)));
        }
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("no seats recorded for " + e.name() + " in " + a.code());
        }
        seats.sort((x, y) -> y.seats() != x.seats()
                ? Integer.compare(y.seats(), x.seats())
                : x.party().compareTo(y.party()));
        int sum = seats.stream().mapToInt(Seats::seats).sum();
        int total = a.totalSeats() != null ? a.totalSeats() : sum;
        int majority = a.majority() != null ? a.majority() : total / 2 + 1;
        RecordFilter day = new RecordFilter(asOf, null);
        Map<String, Set<String>> rivals = new HashMap<>();
        for (PartyRelation rel : r.parties().relations(day)) {
            if (rel.kind() == RelationKind.RIVALRY
                    && (asOf != null || rel.period().to() == null)) {
                rivals.computeIfAbsent(rel.partyA(), k -> new HashSet<>()).add(rel.partyB());
                rivals.computeIfAbsent(rel.partyB(), k -> new HashSet<>()).add(rel.partyA());
            }
        }
        return new Inputs(e, a, seats, won, positions, majority, total, governing(r, day, a), rivals);
    }

    /** The parties of the governing coalition in force on the day for this assembly (national or its province). */
    private static Set<String> governing(Repositories r, RecordFilter day, Assembly a) {
        Set<Long> ids = new HashSet<>();
        for (Alliance al : r.alliances().alliances(day)) {
            boolean here = a.province() == null
                    ? al.region() == null || al.region().isBlank()
                    : a.province().equalsIgnoreCase(al.region());
            if (al.kind() == AllianceKind.GOVERNING_COALITION
                    && here
                    && (day.asOf() != null || al.period().to() == null)) {
                ids.add(al.id());
            }
        }
        Set<String> out = new TreeSet<>();
        for (Membership m : r.alliances().memberships(day)) {
            if (ids.contains(m.allianceId())
                    && (day.asOf() != null || m.period().to() == null)) {
                out.add(m.party());
            }
        }
        return out;
    }

    /** The election and assembly asked (default: the latest election with seats recorded for the assembly, NA). */
    public static CoalitionsModel load(Repositories r, ChartRepository charts, ChartRequest q) {
        Map<String, Party> parties = ChartQueries.parties(r);
        List<Election> elections = r.elections().elections(RecordFilter.ALL);
        String code = q.assembly() == null ? "NA" : q.assembly();
        Assembly a = assembly(r, code).orElseThrow(() -> new IllegalArgumentException("no assembly '" + code + "'"));
        Election e = ChartQueries.resolveElection(elections, q.election());
        if (e == null) {
            e = latestWithSeats(r, elections, a, q.asOf());
        }
        Inputs in = inputs(r, e, a, q.asOf());
        String with = null;
        if (!q.parties().isEmpty()) {
            with = ChartQueries.resolveParties(parties, q.parties()).get(0);
        }
        CoalitionArithmetic.Found found = CoalitionArithmetic.best(in.seats(), in.majority(), Map.of(), with, SHOWN);
        List<Row> rows = new ArrayList<>();
        Set<String> gov = in.governing();
        if (!gov.isEmpty() && (with == null || gov.contains(with))) {
            List<String> members =
                    in.seats().stream().map(Seats::party).filter(gov::contains).toList();
            int rank = 0;
            for (int i = 0; i < found.coalitions().size(); i++) {
                if (in.governs(found.coalitions().get(i).parties())) {
                    rank = i + 1;
                }
            }
            rows.add(new Row(
                    new Coalition(members, in.seatsOf(gov), in.majority()), rank, true, in.rivalPairs(members)));
        }
        for (int i = 0; i < found.coalitions().size(); i++) {
            Coalition c = found.coalitions().get(i);
            if (in.governs(c.parties()) && !rows.isEmpty()) {
                continue; // drawn first, as the governing coalition
            }
            rows.add(new Row(c, i + 1, false, in.rivalPairs(c.parties())));
        }
        List<Source> sources = new ArrayList<>(r.sourcesOf().ofResults(e.code(), a.code()));
        return new CoalitionsModel(q.asOf(), in, rows, found.total(), with, parties, sources);
    }

    /** The assembly with this code (either case). */
    public static Optional<Assembly> assembly(Repositories r, String code) {
        return r.elections().assemblies().stream()
                .filter(x -> x.code().equalsIgnoreCase(code.strip()))
                .findFirst();
    }

    /** The latest election (polled by the day) with seats recorded for the assembly. */
    private static Election latestWithSeats(Repositories r, List<Election> elections, Assembly a, LocalDate asOf) {
        Election best = null;
        for (Election e : elections) {
            boolean polled =
                    asOf == null || e.pollingDay() == null || e.pollingDay().startsBy(asOf);
            if (!polled) {
                continue;
            }
            boolean seats = r.elections().partyResults(e.code()).stream()
                            .anyMatch(p -> p.assembly().equalsIgnoreCase(a.code()) && p.seats() != null)
                    || !r.charts().seatsWon(e.code(), a.code()).isEmpty();
            if (seats) {
                best = e;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no election has seats recorded for " + a.code());
        }
        return best;
    }
}
