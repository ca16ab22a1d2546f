package org.allianceexplorer.timeline.model;

import static org.allianceexplorer.timeline.model.TimelineModel.ALLIANCE_H;
import static org.allianceexplorer.timeline.model.TimelineModel.DENSITY_H;
import static org.allianceexplorer.timeline.model.TimelineModel.EVENTS;
import static org.allianceexplorer.timeline.model.TimelineModel.EVENT_LABEL_H;
import static org.allianceexplorer.timeline.model.TimelineModel.EVENT_LABEL_ROWS;
import static org.allianceexplorer.timeline.model.TimelineModel.EVENT_ROW_H;
import static org.allianceexplorer.timeline.model.TimelineModel.GROUP_H;
import static org.allianceexplorer.timeline.model.TimelineModel.PAD;
import static org.allianceexplorer.timeline.model.TimelineModel.SEATS;
import static org.allianceexplorer.timeline.model.TimelineModel.TRACK_H;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.ClaimCount;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;

/**
 * Builds the timeline's lanes top to bottom for one filter, lane mode and set of folded lanes: the dated
 * story first (seat-deal claims, events), then who was allied with whom (by alliance or by party). Each
 * lane is stacked under the previous one; its items come from {@link TimelineItems}.
 */
final class LaneBuilder {

    private final TimelineData data;
    private final TimelineFilter filter;
    private final LaneMode mode;
    private final Set<String> collapsed;
    private final List<Lane> lanes = new ArrayList<>();
    private final List<List<TimelineItem>> items = new ArrayList<>();
    private final Map<String, Party> parties = new HashMap<>();
    private double y;

    LaneBuilder(TimelineData data, TimelineFilter filter, LaneMode mode, Set<String> collapsed) {
        this.data = data;
        this.filter = filter;
        this.mode = mode;
        this.collapsed = Set.copyOf(collapsed);
        data.parties().forEach(p -> parties.put(p.abbreviation(), p));
    }

    List<Lane> lanes() {
        return lanes;
    }

    List<List<TimelineItem>> items() {
        return items;
    }

    LaneBuilder build() {
        Map<Long, Alliance> alliances = new HashMap<>();
        for (Alliance a : data.alliances()) {
            if (filter.kind(a.kind()) && filter.level(a.level())) {
                alliances.put(a.id(), a);
            }
        }
        Map<Long, List<Membership>> members = new LinkedHashMap<>();
        for (Membership m : data.memberships()) {
            if (alliances.containsKey(m.allianceId()) && filter.party(m.party())) {
                members.computeIfAbsent(m.allianceId(), k -> new ArrayList<>()).add(m);
            }
        }
        // the dated story first (claims, events), then who was allied with whom
        seatLanes();
        eventLane();
        if (mode == LaneMode.BY_ALLIANCE) {
            allianceLanes(alliances, members);
        } else {
            partyLanes(alliances, members);
        }
        return this;
    }

    /** Stacks {@code lane} (whose {@code y} is ignored) under the lanes so far, with its items sorted by start. */
    private void add(Lane lane, List<TimelineItem> list) {
        list.sort(Comparator.comparingLong(TimelineItem::start));
        lanes.add(lane.at(y));
        items.add(list);
        y += lane.height();
    }

    /** A lane of one party's memberships (a member of an alliance, or a party in party mode), packed on tracks. */
    private void addPartyLane(Lane.Kind kind, String key, String abbr, int depth, List<TimelineItem> list) {
        Party p = parties.get(abbr);
        int tracks = TimelineItems.pack(list);
        add(
                new Lane(
                        kind,
                        key,
                        abbr,
                        p == null ? null : p.nativeName(),
                        List.of(),
                        partyRef(abbr),
                        depth,
                        tracks,
                        false,
                        false,
                        p == null ? null : p.colour(),
                        0,
                        tracks * TRACK_H + PAD),
                list);
    }

    private void allianceLanes(Map<Long, Alliance> alliances, Map<Long, List<Membership>> members) {
        List<Alliance> shown = new ArrayList<>();
        for (Alliance a : data.alliances()) {
            if (alliances.containsKey(a.id()) && (filter.parties().isEmpty() || members.containsKey(a.id()))) {
                shown.add(a);
            }
        }
        shown.sort(Comparator.comparingLong((Alliance a) -> TimelineItems.start(a.period(), members.get(a.id())))
                .thenComparing(Alliance::name));
        for (Alliance a : shown) {
            String key = "alliance:" + a.id();
            List<Membership> ms = members.getOrDefault(a.id(), List.of());
            boolean folded = collapsed.contains(key);
            List<TimelineItem> own = new ArrayList<>();
            own.add(TimelineItems.alliance(a, members.get(a.id())));
            RecordRef ref = new RecordRef(RecordKind.ALLIANCES, a.id(), a.shortName());
            add(
                    new Lane(
                            Lane.Kind.ALLIANCE,
                            key,
                            a.shortName(),
                            null,
                            List.of(),
                            ref,
                            0,
                            1,
                            !ms.isEmpty(),
                            folded,
                            null,
                            0,
                            ALLIANCE_H),
                    own);
            if (folded) {
                continue;
            }
            Map<String, List<Membership>> byParty = new LinkedHashMap<>();
            ms.stream()
                    .sorted(Comparator.comparingLong((Membership m) -> TimelineItems.start(m.period(), null))
                            .thenComparing(Membership::party))
                    .forEach(m -> byParty.computeIfAbsent(m.party(), k -> new ArrayList<>())
                            .add(m));
            for (Map.Entry<String, List<Membership>> e : byParty.entrySet()) {
                Party p = parties.get(e.getKey());
                List<TimelineItem> list = new ArrayList<>();
                for (Membership m : e.getValue()) {
                    list.add(TimelineItems.membership(m, a, p, e.getKey()));
                }
                addPartyLane(Lane.Kind.MEMBER, key + ":" + e.getKey(), e.getKey(), 1, list);
            }
        }
    }

    private void partyLanes(Map<Long, Alliance> alliances, Map<Long, List<Membership>> members) {
        Map<String, List<TimelineItem>> byParty = new HashMap<>();
        for (List<Membership> ms : members.values()) {
            for (Membership m : ms) {
                Alliance a = alliances.get(m.allianceId());
                byParty.computeIfAbsent(m.party(), k -> new ArrayList<>())
                        .add(TimelineItems.membership(m, a, parties.get(m.party()), a.shortName()));
            }
        }
        List<String> order = new ArrayList<>(byParty.keySet());
        order.sort(Comparator.comparingLong((String p) -> byParty.get(p).stream()
                        .mapToLong(TimelineItem::start)
                        .min()
                        .orElse(Long.MAX_VALUE))
                .thenComparing(p -> p));
        for (String abbr : order) {
            addPartyLane(Lane.Kind.PARTY, "party:" + abbr, abbr, 0, byParty.get(abbr));
        }
    }

    private RecordRef partyRef(String abbr) {
        Party p = parties.get(abbr);
        return p == null ? null : new RecordRef(RecordKind.PARTIES, p.id(), abbr);
    }

    private void seatLanes() {
        if (data.counter() != null) {
            densityLanes();
            return;
        }
        Map<String, Map<Long, List<DealClaim>>> bySeat = new HashMap<>();
        Map<String, Long> firstDay = new HashMap<>();
        for (DealClaim c : data.claims()) {
            if (c.date() == null
                    || !filter.assembly(TimelineModel.assemblyOf(c.seat()))
                    || !(filter.party(c.giver()) || filter.party(c.receiver()))) {
                continue;
            }
            bySeat.computeIfAbsent(c.seat(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.dealId(), k -> new ArrayList<>())
                    .add(c);
            firstDay.merge(c.seat(), c.date().earliest().toEpochDay(), Math::min);
        }
        if (bySeat.isEmpty()) {
            return;
        }
        boolean folded = collapsed.contains(SEATS);
        String title = "Seat-deal claims (" + bySeat.size() + (bySeat.size() == 1 ? " seat)" : " seats)");
        add(
                new Lane(Lane.Kind.GROUP, SEATS, title, null, List.of(), null, 0, 1, true, folded, null, 0, GROUP_H),
                new ArrayList<>());
        if (folded) {
            return;
        }
        List<String> seats = new ArrayList<>(bySeat.keySet());
        seats.sort(Comparator.comparingLong((String s) -> firstDay.get(s)).thenComparing(Comparator.naturalOrder()));
        for (String seat : seats) {
            List<List<DealClaim>> deals = new ArrayList<>(bySeat.get(seat).values());
            deals.sort(Comparator.comparing((List<DealClaim> d) -> d.get(0).date())
                    .thenComparingLong(d -> d.get(0).dealId()));
            List<TimelineItem> list = new ArrayList<>();
            List<String> dealLabels = new ArrayList<>();
            for (int t = 0; t < deals.size(); t++) {
                List<DealClaim> d = deals.get(t);
                String who = d.get(0).giver() + " for " + d.get(0).receiver();
                dealLabels.add(who);
                for (DealClaim c : d) {
                    list.add(TimelineItems.claim(c, t, who));
                }
            }
            int tracks = deals.size();
            add(
                    new Lane(
                            Lane.Kind.SEAT,
                            "seat:" + seat,
                            seat,
                            null,
                            dealLabels,
                            null,
                            1,
                            tracks,
                            false,
                            false,
                            null,
                            0,
                            tracks * TRACK_H + PAD),
                    list);
        }
    }

    /**
     * The seat-deal claims of a database too large to draw claim by claim: one band per assembly, its claims
     * counted by date in SQL (for the parties of the filter; drawn summed by day, week, month or year as the zoom
     * allows, {@link DensityBins}), under the same folding group as the seat lanes.
     */
    private void densityLanes() {
        Map<String, List<TimelineItem>> byAssembly = new LinkedHashMap<>();
        long total = 0;
        for (ClaimCount bin : data.counter().count(filter.parties())) {
            if (bin.period() == null || !filter.assembly(bin.assembly())) {
                continue;
            }
            byAssembly.computeIfAbsent(bin.assembly(), k -> new ArrayList<>()).add(TimelineItems.density(bin));
            total += bin.claims();
        }
        if (byAssembly.isEmpty()) {
            return;
        }
        boolean folded = collapsed.contains(SEATS);
        String title = String.format(Locale.ROOT, "Seat-deal claims (%,d, counted)", total);
        add(
                new Lane(Lane.Kind.GROUP, SEATS, title, null, List.of(), null, 0, 1, true, folded, null, 0, GROUP_H),
                new ArrayList<>());
        if (folded) {
            return;
        }
        for (Map.Entry<String, List<TimelineItem>> e : byAssembly.entrySet()) {
            long n = e.getValue().stream().mapToLong(TimelineItem::count).sum();
            add(
                    new Lane(
                            Lane.Kind.DENSITY,
                            "density:" + e.getKey(),
                            e.getKey(),
                            null,
                            List.of(String.format(Locale.ROOT, "%,d claims", n)),
                            null,
                            1,
                            1,
                            false,
                            false,
                            null,
                            0,
                            DENSITY_H),
                    e.getValue());
        }
    }

    private void eventLane() {
        List<TimelineItem> list = new ArrayList<>();
        for (Event e : data.events()) {
            if (e.date() != null && filter.anyParty(e.parties())) {
                list.add(TimelineItems.event(e));
            }
        }
        if (list.isEmpty()) {
            return;
        }
        double h = EVENT_ROW_H + EVENT_LABEL_ROWS * EVENT_LABEL_H + PAD;
        add(new Lane(Lane.Kind.EVENTS, EVENTS, "Events", null, List.of(), null, 0, 1, false, false, null, 0, h), list);
    }
}
