package org.allianceexplorer.graph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Lapses;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;

/**
 * Which ties hold on a day: pure, fast, no database. Memberships, alliances and relations hold when their
 * span holds that day ({@link org.allianceexplorer.domain.Period#holdsOn}); a seat deal holds when its
 * latest claim up to that day is reported or confirmed ({@link org.allianceexplorer.domain.ClaimStatus#inForce})
 * and the next election of its country has not been held yet: a seat deal is made for one election, and the
 * next one ends it ({@link Lapses}), so the 2013 deals are not ties of 2024; so does an electoral alliance or
 * pact whose deals are all of one election and whose end no source gives.
 * No tie holds while one of its parties does not exist ({@link Party#existsOn}: before its founding or after
 * its dissolution), so a relation with no start given begins when both parties do, and a party is never
 * drawn outside its lifetime.
 * Two members of the same grouping are tied by its kind: electoral alliance or opposition movement
 * (alliance co-membership), seat-adjustment pact or cooperation agreement (cooperation), governing
 * coalition (coalition partner).
 */
public final class EdgeDerivation {

    private EdgeDerivation() {}

    /** The day a query means: its as-of day, or the latest the data knows of. */
    public static LocalDate day(GraphData data, GraphQuery q) {
        return q.asOf() != null ? q.asOf() : data.latestDay();
    }

    /** The graph on the query's day, filtered as it asks. */
    public static PartyGraph derive(GraphData data, GraphQuery q) {
        LocalDate day = day(data, q);
        Map<String, Edge> edges = new TreeMap<>();
        Map<String, Party> known = parties(data);

        // groupings: alliance co-membership, pacts and agreements, coalitions
        Map<String, LocalDate> lapses = Lapses.of(data.elections());
        Map<Long, Alliance> alliances = new HashMap<>();
        for (Alliance a : data.alliances()) {
            if (a.period().holdsOn(day)
                    && !Lapses.allianceLapsed(a, data.allianceElections().get(a.id()), lapses, day)
                    && (q.level() == null || a.level() == q.level())
                    && (q.region() == null || q.region().equalsIgnoreCase(a.region() == null ? "" : a.region()))) {
                alliances.put(a.id(), a);
            }
        }
        Map<Long, List<Membership>> members = new LinkedHashMap<>();
        for (Membership m : data.memberships()) {
            if (alliances.containsKey(m.allianceId()) && m.period().holdsOn(day) && exists(known, m.party(), day)) {
                members.computeIfAbsent(m.allianceId(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<Long, List<String>> membershipOutlets = data.outlets().getOrDefault("membership", Map.of());
        Map<Long, List<String>> allianceOutlets = data.outlets().getOrDefault("alliance", Map.of());
        for (Map.Entry<Long, List<Membership>> g : members.entrySet()) {
            Alliance a = alliances.get(g.getKey());
            EdgeType type = switch (a.kind()) {
                case ELECTORAL_ALLIANCE, OPPOSITION_MOVEMENT -> EdgeType.ALLIANCE;
                case SEAT_ADJUSTMENT_PACT, COOPERATION_AGREEMENT -> EdgeType.COOPERATION;
                case GOVERNING_COALITION -> EdgeType.COALITION;
            };
            if (!q.types().contains(type)) {
                continue;
            }
            Map<String, List<String>> parties = new TreeMap<>();
            Map<String, List<RecordRef>> memberships = new HashMap<>();
            for (Membership m : g.getValue()) {
                parties.computeIfAbsent(m.party(), k -> new ArrayList<>())
                        .addAll(membershipOutlets.getOrDefault(m.id(), List.of()));
                memberships
                        .computeIfAbsent(m.party(), k -> new ArrayList<>())
                        .add(new RecordRef(RecordKind.MEMBERSHIPS, m.id(), m.party() + " in " + a.shortName()));
            }
            List<String> list = new ArrayList<>(parties.keySet());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Edge e = edge(edges, type, list.get(i), list.get(j));
                    e.weight++;
                    e.reasons.add(a.shortName());
                    e.sources.addAll(parties.get(list.get(i)));
                    e.sources.addAll(parties.get(list.get(j)));
                    e.sources.addAll(allianceOutlets.getOrDefault(a.id(), List.of()));
                    e.records.add(new RecordRef(RecordKind.ALLIANCES, a.id(), a.shortName()));
                    e.records.addAll(memberships.get(list.get(i)));
                    e.records.addAll(memberships.get(list.get(j)));
                }
            }
        }

        // relations: rivalry, cooperation, lineage
        Map<Long, List<String>> relationOutlets = data.outlets().getOrDefault("party_relation", Map.of());
        for (PartyRelation r : data.relations()) {
            if (!relationHolds(r, known, day)) {
                continue;
            }
            EdgeType type = r.kind().isLineage()
                    ? EdgeType.LINEAGE
                    : switch (r.kind()) {
                        case RIVALRY -> EdgeType.RIVALRY;
                        default -> EdgeType.COOPERATION;
                    };
            if (!q.types().contains(type) || !relationInScope(r, q)) {
                continue;
            }
            Edge e = type.directed()
                    ? directed(edges, type, r.partyA(), r.partyB())
                    : edge(edges, type, r.partyA(), r.partyB());
            e.weight++;
            e.reasons.add(
                    r.kind().isLineage()
                            ? r.kind().phrase()
                            : r.kind().label()
                                    + (r.period().display().isEmpty()
                                            ? ""
                                            : " " + r.period().display()));
            e.sources.addAll(relationOutlets.getOrDefault(r.id(), List.of()));
            e.records.add(new RecordRef(RecordKind.RELATIONS, r.id(), null));
        }

        // seat deals in force on the day
        if (q.types().contains(EdgeType.SEAT_DEAL)) {
            String electionName = electionName(data, q.election());
            Map<Long, List<DealClaim>> claims = new HashMap<>();
            for (DealClaim c : data.claims()) {
                if (c.date().startsBy(day)) {
                    claims.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c);
                }
            }
            Comparator<DealClaim> order = Comparator.comparing(DealClaim::date).thenComparingLong(DealClaim::id);
            for (SeatDeal d : data.deals()) {
                if (electionName != null && !electionName.equals(d.election())) {
                    continue;
                }
                if (Lapses.dealLapsed(d.election(), lapses, day)) {
                    continue;
                }
                if (q.assembly() != null && !q.assembly().equalsIgnoreCase(d.assembly())) {
                    continue;
                }
                if (!exists(known, d.giver(), day) || !exists(known, d.receiver(), day)) {
                    continue;
                }
                List<DealClaim> cs = claims.get(d.id());
                if (cs == null || cs.isEmpty()) {
                    continue;
                }
                DealClaim latest = cs.stream().max(order).orElseThrow();
                if (!latest.status().inForce()) {
                    continue;
                }
                Edge e = directed(edges, EdgeType.SEAT_DEAL, d.giver(), d.receiver());
                e.weight++;
                e.reasons.add(d.seat());
                cs.forEach(c -> e.sources.add(c.outlet()));
                e.records.add(new RecordRef(RecordKind.DEALS, d.id(), d.seat()));
            }
        }

        // nodes: the parties that exist on the day, and any party a tie names
        Map<String, Integer> seats = seats(data, q, day);
        String sizedBy = seats == null ? "number of ties" : "seats won, " + electionLabel(data, q, day);
        Set<String> tied = new TreeSet<>();
        List<PartyEdge> out = new ArrayList<>();
        for (Edge e : edges.values()) {
            tied.add(e.from);
            tied.add(e.to);
            List<String> reasons = new ArrayList<>(e.reasons);
            if (e.type == EdgeType.SEAT_DEAL) {
                reasons.sort(EdgeDerivation::compareSeats);
            }
            out.add(new PartyEdge(
                    e.type, e.from, e.to, e.weight, reasons, new ArrayList<>(e.sources), new ArrayList<>(e.records)));
        }
        List<PartyNode> nodes = new ArrayList<>();
        for (Party p : data.parties()) {
            if (tied.contains(p.abbreviation()) || (p.existsOn(day) && q.showIsolated())) {
                Integer s = seats == null ? null : seats.getOrDefault(p.abbreviation(), 0);
                nodes.add(new PartyNode(p.id(), p.abbreviation(), p.name(), p.nativeName(), p.colour(), s));
            }
        }
        nodes.sort(Comparator.comparing(PartyNode::abbreviation));
        PartyGraph g = new PartyGraph(nodes, out, sizedBy);
        if (q.party() != null) {
            if (g.node(q.party()) == null) {
                // the centre has no tie that day: show it alone (if it exists that day)
                data.parties().stream()
                        .filter(p -> p.abbreviation().equalsIgnoreCase(q.party()) && p.existsOn(day))
                        .findFirst()
                        .ifPresent(p -> nodes.add(new PartyNode(
                                p.id(),
                                p.abbreviation(),
                                p.name(),
                                p.nativeName(),
                                p.colour(),
                                seats == null ? null : seats.getOrDefault(p.abbreviation(), 0))));
                g = new PartyGraph(nodes, out, sizedBy);
            }
            String centre = data.parties().stream()
                    .map(Party::abbreviation)
                    .filter(a -> a.equalsIgnoreCase(q.party()))
                    .findFirst()
                    .orElse(q.party());
            g = g.ego(centre, q.depth());
        }
        return g;
    }

    /** The parties of the data by abbreviation. */
    static Map<String, Party> parties(GraphData data) {
        Map<String, Party> out = new HashMap<>();
        data.parties().forEach(p -> out.put(p.abbreviation(), p));
        return out;
    }

    /** True when a party the data names exists on the day; a party the data does not list is not ruled out. */
    private static boolean exists(Map<String, Party> parties, String abbreviation, LocalDate day) {
        Party p = parties.get(abbreviation);
        return p == null || p.existsOn(day);
    }

    /**
     * The as-of rule of a relation: its span holds on the day and both its parties exist then (a rivalry with
     * no start given does not hold before both parties were founded). The SQL of
     * {@link org.allianceexplorer.data.Repositories.PartyRepository#relations} applies the same rule.
     */
    static boolean relationHolds(PartyRelation r, Map<String, Party> parties, LocalDate day) {
        return r.period().holdsOn(day) && exists(parties, r.partyA(), day) && exists(parties, r.partyB(), day);
    }

    /** Relations are not tied to an alliance level or region; with a region filter they show only at national scope. */
    private static boolean relationInScope(PartyRelation r, GraphQuery q) {
        return q.region() == null;
    }

    /** Seats won per party at the query's election (or the latest with results by the day); null when none. */
    static Map<String, Integer> seats(GraphData data, GraphQuery q, LocalDate day) {
        String code = electionCode(data, q, day);
        return code == null ? null : data.seats().get(code);
    }

    /** The key of the election whose seats size the nodes, {@code null} when they are sized by ties. */
    static String sizingElection(GraphData data, GraphQuery q) {
        return electionCode(data, q, day(data, q));
    }

    private static String electionCode(GraphData data, GraphQuery q, LocalDate day) {
        if (q.election() != null) {
            for (Election e : data.elections()) {
                if (e.code().equalsIgnoreCase(q.election()) || e.name().equalsIgnoreCase(q.election())) {
                    return data.seats().containsKey(e.code()) ? e.code() : null;
                }
            }
            return null;
        }
        String best = null;
        for (Election e : data.elections()) {
            if (data.seats().containsKey(e.code())
                    && (e.pollingDay() == null || e.pollingDay().startsBy(day))) {
                best = e.code();
            }
        }
        return best;
    }

    private static String electionLabel(GraphData data, GraphQuery q, LocalDate day) {
        String code = electionCode(data, q, day);
        return data.elections().stream()
                .filter(e -> e.code().equals(code))
                .map(Election::name)
                .findFirst()
                .orElse(code);
    }

    /** The name deals carry for an election key or name; {@code null} for none. */
    static String electionName(GraphData data, String election) {
        if (election == null) {
            return null;
        }
        for (Election e : data.elections()) {
            if (e.code().equalsIgnoreCase(election) || e.name().equalsIgnoreCase(election)) {
                return e.name();
            }
        }
        throw new IllegalArgumentException("no election '" + election + "'; known: "
                + String.join(
                        ", ", data.elections().stream().map(Election::code).toList()));
    }

    /** NA-240 before NA-241 before PS-88 before PS-108: by prefix, then number. */
    static int compareSeats(String a, String b) {
        String pa = a.replaceAll("[0-9]+$", "");
        String pb = b.replaceAll("[0-9]+$", "");
        int c = pa.compareTo(pb);
        if (c != 0) {
            return c;
        }
        try {
            return Integer.compare(
                    Integer.parseInt(a.substring(pa.length())), Integer.parseInt(b.substring(pb.length())));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static Edge edge(Map<String, Edge> edges, EdgeType type, String a, String b) {
        return a.compareTo(b) <= 0 ? directed(edges, type, a, b) : directed(edges, type, b, a);
    }

    private static Edge directed(Map<String, Edge> edges, EdgeType type, String from, String to) {
        return edges.computeIfAbsent(type.ordinal() + "\u0000" + from + "\u0000" + to, k -> new Edge(type, from, to));
    }

    /** An edge being collected. */
    private static final class Edge {
        final EdgeType type;
        final String from;
        final String to;
        int weight;
        final Set<String> reasons = new LinkedHashSet<>();
        final Set<String> sources = new TreeSet<>();
        final Set<RecordRef> records = new LinkedHashSet<>();

        Edge(EdgeType type, String from, String to) {
            this.type = type;
            this.from = from;
            this.to = to;
        }
    }
}
