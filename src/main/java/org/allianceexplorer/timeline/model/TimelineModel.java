package org.allianceexplorer.timeline.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;

/**
 * The timeline's lanes and items for one choice of filter, lane mode and folded lanes: pure Java, built in
 * memory from {@link TimelineData}, with an {@link IntervalIndex} per lane for the visible window's range
 * queries. Lanes, top to bottom: seat-deal claims, one lane per seat and one track per deal; events; alliances
 * (each with its member parties) or parties.
 */
public final class TimelineModel {

    public static final double ALLIANCE_H = 24;
    public static final double TRACK_H = 18;
    public static final double PAD = 4;
    public static final double GROUP_H = 22;
    public static final double EVENT_ROW_H = 24;
    public static final double EVENT_LABEL_H = 14;
    public static final int EVENT_LABEL_ROWS = 5;
    public static final String SEATS = "seats";
    public static final String EVENTS = "events";

    private final TimelineData data;
    private final TimelineFilter filter;
    private final LaneMode mode;
    private final List<Lane> lanes;
    private final List<List<TimelineItem>> items;
    private final IntervalIndex[] index;
    private final List<Election> elections;
    private final long extentStart;
    private final long extentEnd;
    private final int itemCount;
    private final double height;

    private TimelineModel(
            TimelineData data,
            TimelineFilter filter,
            LaneMode mode,
            List<Lane> lanes,
            List<List<TimelineItem>> items,
            List<Election> elections) {
        this.data = data;
        this.filter = filter;
        this.mode = mode;
        this.lanes = List.copyOf(lanes);
        this.items = items;
        this.elections = List.copyOf(elections);
        index = new IntervalIndex[items.size()];
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            index[i] = IntervalIndex.of(items.get(i));
            for (TimelineItem it : items.get(i)) {
                lo = Math.min(lo, it.start());
                hi = Math.max(hi, it.openEnd() ? it.start() : it.end());
                n++;
            }
        }
        for (Election e : elections) {
            if (e.pollingDay() != null) {
                lo = Math.min(lo, e.pollingDay().earliest().toEpochDay());
                hi = Math.max(hi, e.pollingDay().latest().toEpochDay());
            }
        }
        if (lo > hi) {
            lo = LocalDate.of(2024, 1, 1).toEpochDay();
            hi = lo + 365;
        }
        extentStart = lo;
        extentEnd = hi;
        itemCount = n;
        height = lanes.isEmpty() ? 0 : lanes.get(lanes.size() - 1).bottom();
    }

    public static TimelineModel build(TimelineData data, TimelineFilter filter, LaneMode mode, Set<String> collapsed) {
        return new Builder(data, filter, mode, collapsed).build();
    }

    public TimelineData data() {
        return data;
    }

    public TimelineFilter filter() {
        return filter;
    }

    public LaneMode mode() {
        return mode;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** Every item of lane {@code lane}, by start. */
    public List<TimelineItem> items(int lane) {
        return items.get(lane);
    }

    /** The elections, by polling day. */
    public List<Election> elections() {
        return elections;
    }

    /** Calls {@code sink} with the items of lane {@code lane} that meet days {@code [from, to]}, by start. */
    public void query(int lane, long from, long to, Consumer<TimelineItem> sink) {
        List<TimelineItem> list = items.get(lane);
        index[lane].query(from, to, i -> sink.accept(list.get(i)));
    }

    /** The same for the index of the lane, as item positions (no allocation). */
    public IntervalIndex index(int lane) {
        return index[lane];
    }

    /** Total height of all lanes. */
    public double height() {
        return height;
    }

    public int itemCount() {
        return itemCount;
    }

    /** First and last day with anything on it (open ends excluded). */
    public LocalDate extentStart() {
        return LocalDate.ofEpochDay(extentStart);
    }

    public LocalDate extentEnd() {
        return LocalDate.ofEpochDay(extentEnd);
    }

    /** Everything, with a little room on both sides. */
    public TimeRange fullRange() {
        return TimeRange.of(extentStart(), extentEnd()).padded(0.03);
    }

    /** The index of the first lane whose bottom is below {@code y} (lane coordinates), or {@code lanes().size()}. */
    public int firstLaneBelow(double y) {
        int lo = 0;
        int hi = lanes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lanes.get(mid).bottom() <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The lane at {@code y} (lane coordinates), or -1. */
    public int laneAt(double y) {
        int i = firstLaneBelow(y);
        return i < lanes.size() && lanes.get(i).y() <= y ? i : -1;
    }

    /** Where a lane is, by key, or -1. */
    public int lane(String key) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The seat's assembly code: the part of the seat code before the dash ({@code NA-242} is {@code NA}). */
    public static String assemblyOf(String seat) {
        if (seat == null) {
            return "";
        }
        int dash = seat.indexOf('-');
        return (dash > 0 ? seat.substring(0, dash) : seat).toUpperCase(Locale.ROOT);
    }

    /** Builds lanes top to bottom. */
    private static final class Builder {
        private final TimelineData data;
        private final TimelineFilter filter;
        private final LaneMode mode;
        private final Set<String> collapsed;
        private final List<Lane> lanes = new ArrayList<>();
        private final List<List<TimelineItem>> items = new ArrayList<>();
        private final Map<String, Party> parties = new HashMap<>();
        private double y;

        Builder(TimelineData data, TimelineFilter filter, LaneMode mode, Set<String> collapsed) {
            this.data = data;
            this.filter = filter;
            this.mode = mode;
            this.collapsed = Set.copyOf(collapsed);
            data.parties().forEach(p -> parties.put(p.abbreviation(), p));
        }

        TimelineModel build() {
            Map<Long, Alliance> alliances = new HashMap<>();
            for (Alliance a : data.alliances()) {
                if (filter.kind(a.kind()) && filter.level(a.level())) {
                    alliances.put(a.id(), a);
                }
            }
            Map<Long, List<Membership>> members = new LinkedHashMap<>();
            for (Membership m : data.memberships()) {
                if (alliances.containsKey(m.allianceId()) && filter.party(m.party())) {
                    members.computeIfAbsent(m.allianceId(), k -> new ArrayList<>())
                            .add(m);
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
            List<Election> el = new ArrayList<>(data.elections().stream()
                    .filter(e -> e.pollingDay() != null)
                    .toList());
            el.sort(Comparator.comparing(Election::pollingDay));
            return new TimelineModel(data, filter, mode, lanes, items, el);
        }

        private void add(
                Lane.Kind kind,
                String key,
                String label,
                String nativeLabel,
                List<String> trackLabels,
                RecordRef ref,
                int depth,
                int tracks,
                boolean collapsible,
                boolean folded,
                String colour,
                double h,
                List<TimelineItem> list) {
            list.sort(Comparator.comparingLong(TimelineItem::start));
            lanes.add(new Lane(
                    kind, key, label, nativeLabel, trackLabels, ref, depth, tracks, collapsible, folded, colour, y, h));
            items.add(list);
            y += h;
        }

        private void allianceLanes(Map<Long, Alliance> alliances, Map<Long, List<Membership>> members) {
            List<Alliance> shown = new ArrayList<>();
            for (Alliance a : data.alliances()) {
                if (alliances.containsKey(a.id()) && (filter.parties().isEmpty() || members.containsKey(a.id()))) {
                    shown.add(a);
                }
            }
            shown.sort(Comparator.comparingLong((Alliance a) -> start(a.period(), members.get(a.id())))
                    .thenComparing(Alliance::name));
            for (Alliance a : shown) {
                String key = "alliance:" + a.id();
                List<Membership> ms = members.getOrDefault(a.id(), List.of());
                boolean folded = collapsed.contains(key);
                List<TimelineItem> own = new ArrayList<>();
                own.add(span(
                        TimelineItem.Kind.ALLIANCE,
                        0,
                        a.period(),
                        null,
                        members.get(a.id()),
                        a.name(),
                        new RecordRef(RecordKind.ALLIANCES, a.id(), a.shortName()),
                        allianceTip(a, ms.size())));
                add(
                        Lane.Kind.ALLIANCE,
                        key,
                        a.shortName(),
                        null,
                        List.of(),
                        new RecordRef(RecordKind.ALLIANCES, a.id(), a.shortName()),
                        0,
                        1,
                        !ms.isEmpty(),
                        folded,
                        null,
                        ALLIANCE_H,
                        own);
                if (folded) {
                    continue;
                }
                Map<String, List<Membership>> byParty = new LinkedHashMap<>();
                ms.stream()
                        .sorted(Comparator.comparingLong((Membership m) -> start(m.period(), null))
                                .thenComparing(Membership::party))
                        .forEach(m -> byParty.computeIfAbsent(m.party(), k -> new ArrayList<>())
                                .add(m));
                for (Map.Entry<String, List<Membership>> e : byParty.entrySet()) {
                    Party p = parties.get(e.getKey());
                    List<TimelineItem> list = new ArrayList<>();
                    for (Membership m : e.getValue()) {
                        list.add(membership(m, a, e.getKey()));
                    }
                    int tracks = pack(list);
                    add(
                            Lane.Kind.MEMBER,
                            key + ":" + e.getKey(),
                            e.getKey(),
                            p == null ? null : p.nativeName(),
                            List.of(),
                            partyRef(e.getKey()),
                            1,
                            tracks,
                            false,
                            false,
                            p == null ? null : p.colour(),
                            tracks * TRACK_H + PAD,
                            list);
                }
            }
        }

        private void partyLanes(Map<Long, Alliance> alliances, Map<Long, List<Membership>> members) {
            Map<String, List<TimelineItem>> byParty = new HashMap<>();
            for (List<Membership> ms : members.values()) {
                for (Membership m : ms) {
                    Alliance a = alliances.get(m.allianceId());
                    byParty.computeIfAbsent(m.party(), k -> new ArrayList<>()).add(membership(m, a, a.shortName()));
                }
            }
            List<String> order = new ArrayList<>(byParty.keySet());
            order.sort(Comparator.comparingLong((String p) -> byParty.get(p).stream()
                            .mapToLong(TimelineItem::start)
                            .min()
                            .orElse(Long.MAX_VALUE))
                    .thenComparing(p -> p));
            for (String abbr : order) {
                Party p = parties.get(abbr);
                List<TimelineItem> list = byParty.get(abbr);
                int tracks = pack(list);
                add(
                        Lane.Kind.PARTY,
                        "party:" + abbr,
                        abbr,
                        p == null ? null : p.nativeName(),
                        List.of(),
                        partyRef(abbr),
                        0,
                        tracks,
                        false,
                        false,
                        p == null ? null : p.colour(),
                        tracks * TRACK_H + PAD,
                        list);
            }
        }

        private RecordRef partyRef(String abbr) {
            Party p = parties.get(abbr);
            return p == null ? null : new RecordRef(RecordKind.PARTIES, p.id(), abbr);
        }

        private TimelineItem membership(Membership m, Alliance a, String label) {
            Party p = parties.get(m.party());
            Period period = m.period();
            // a membership lies within its alliance: unknown ends take the alliance's
            if (period.from() == null && a != null && a.period().from() != null) {
                period = new Period(a.period().from(), period.to());
            }
            if (period.to() == null
                    && a != null
                    && a.period().to() != null
                    && (period.from() == null
                            || !a.period().to().latest().isBefore(period.from().earliest()))) {
                period = new Period(period.from(), a.period().to());
            }
            StringBuilder tip = new StringBuilder(m.party() + " in " + (a == null ? m.alliance() : a.name()));
            if (m.role() != null && !m.role().isBlank()) {
                tip.append("\nRole: ").append(m.role());
            }
            tip.append('\n').append(when(m.period()));
            return span(
                    TimelineItem.Kind.MEMBERSHIP,
                    0,
                    period,
                    p == null ? null : p.colour(),
                    null,
                    label,
                    new RecordRef(
                            RecordKind.MEMBERSHIPS,
                            m.id(),
                            m.party() + " in " + (a == null ? m.alliance() : a.shortName())),
                    tip.toString());
        }

        private static String when(Period p) {
            if (p.from() == null && p.to() == null) {
                return "Dates not known";
            }
            String s = p.display();
            if (p.to() == null) {
                s += " (no end date)";
            }
            return s;
        }

        private static String allianceTip(Alliance a, int members) {
            StringBuilder s = new StringBuilder(a.name());
            s.append('\n')
                    .append(cap(a.kind().label()))
                    .append(" \u00b7 ")
                    .append(a.level().label());
            if (a.region() != null && !a.region().isBlank()) {
                s.append(" \u00b7 ").append(a.region());
            }
            s.append('\n').append(when(a.period()));
            s.append('\n').append(members).append(members == 1 ? " member party shown" : " member parties shown");
            return s.toString();
        }

        private static String cap(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        /** A span item; an unknown start falls back to the earliest of {@code fallback}'s starts, else a year before its end. */
        private static TimelineItem span(
                TimelineItem.Kind kind,
                int track,
                Period p,
                String colour,
                List<Membership> fallback,
                String label,
                RecordRef ref,
                String tip) {
            long end = p.to() == null ? TimelineItem.OPEN : p.to().latest().toEpochDay();
            long start = start(p, fallback);
            if (start == Long.MAX_VALUE) {
                start = p.to() == null
                        ? LocalDate.now().toEpochDay()
                        : p.to().earliest().toEpochDay() - 365;
            }
            return new TimelineItem(
                    kind, track, start, Math.max(start, end), p.from(), p.to(), label, null, colour, ref, tip, null);
        }

        private static long start(Period p, List<Membership> fallback) {
            if (p.from() != null) {
                return p.from().earliest().toEpochDay();
            }
            long best = Long.MAX_VALUE;
            if (fallback != null) {
                for (Membership m : fallback) {
                    if (m.period().from() != null) {
                        best = Math.min(best, m.period().from().earliest().toEpochDay());
                    }
                }
            }
            return best;
        }

        /** Puts each span on the first track free at its start; returns the number of tracks. */
        private static int pack(List<TimelineItem> list) {
            list.sort(Comparator.comparingLong(TimelineItem::start));
            List<Long> ends = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                TimelineItem it = list.get(i);
                int t = 0;
                while (t < ends.size() && ends.get(t) >= it.start()) {
                    t++;
                }
                if (t == ends.size()) {
                    ends.add(it.end());
                } else {
                    ends.set(t, it.end());
                }
                list.set(i, withTrack(it, t));
            }
            return Math.max(1, ends.size());
        }

        private static TimelineItem withTrack(TimelineItem it, int track) {
            return new TimelineItem(
                    it.kind(),
                    track,
                    it.start(),
                    it.end(),
                    it.from(),
                    it.to(),
                    it.label(),
                    it.status(),
                    it.colour(),
                    it.ref(),
                    it.tooltip(),
                    it.outlet());
        }

        private void seatLanes() {
            Map<String, Map<Long, List<DealClaim>>> bySeat = new HashMap<>();
            Map<String, Long> firstDay = new HashMap<>();
            for (DealClaim c : data.claims()) {
                if (c.date() == null
                        || !filter.assembly(assemblyOf(c.seat()))
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
            add(
                    Lane.Kind.GROUP,
                    SEATS,
                    "Seat-deal claims (" + bySeat.size() + (bySeat.size() == 1 ? " seat)" : " seats)"),
                    null,
                    List.of(),
                    null,
                    0,
                    1,
                    true,
                    folded,
                    null,
                    GROUP_H,
                    new ArrayList<>());
            if (folded) {
                return;
            }
            List<String> seats = new ArrayList<>(bySeat.keySet());
            seats.sort(
                    Comparator.comparingLong((String s) -> firstDay.get(s)).thenComparing(Comparator.naturalOrder()));
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
                        String tip = seat + ": " + c.giver() + " stands down for " + c.receiver() + "\n"
                                + cap(c.status().label()) + ", " + c.date().display()
                                + (c.outlet() == null ? "" : "\nSource: " + c.outlet())
                                + (c.note() == null || c.note().isBlank() ? "" : "\n" + shorten(c.note(), 160));
                        list.add(new TimelineItem(
                                TimelineItem.Kind.CLAIM,
                                t,
                                c.date().earliest().toEpochDay(),
                                c.date().latest().toEpochDay(),
                                c.date(),
                                c.date(),
                                c.status().label(),
                                c.status(),
                                null,
                                new RecordRef(
                                        RecordKind.CLAIMS,
                                        c.id(),
                                        seat + " " + who + " (" + c.status().label() + ", "
                                                + c.date().display() + ")"),
                                tip,
                                c.outlet()));
                    }
                }
                add(
                        Lane.Kind.SEAT,
                        "seat:" + seat,
                        seat,
                        null,
                        dealLabels,
                        null,
                        1,
                        deals.size(),
                        false,
                        false,
                        null,
                        deals.size() * TRACK_H + PAD,
                        list);
            }
        }

        private void eventLane() {
            List<TimelineItem> list = new ArrayList<>();
            for (Event e : data.events()) {
                if (e.date() == null || !filter.anyParty(e.parties())) {
                    continue;
                }
                String tip = e.title() + "\n" + e.date().display()
                        + (e.place() == null || e.place().isBlank() ? "" : " \u00b7 " + e.place())
                        + (e.parties().isEmpty() ? "" : "\nParties: " + String.join(", ", e.parties()));
                list.add(new TimelineItem(
                        TimelineItem.Kind.EVENT,
                        0,
                        e.date().earliest().toEpochDay(),
                        e.date().latest().toEpochDay(),
                        e.date(),
                        e.date(),
                        e.title(),
                        null,
                        null,
                        new RecordRef(RecordKind.EVENTS, e.id(), e.title()),
                        tip,
                        null));
            }
            if (list.isEmpty()) {
                return;
            }
            add(
                    Lane.Kind.EVENTS,
                    EVENTS,
                    "Events",
                    null,
                    List.of(),
                    null,
                    0,
                    1,
                    false,
                    false,
                    null,
                    EVENT_ROW_H + EVENT_LABEL_ROWS * EVENT_LABEL_H + PAD,
                    list);
        }

        private static String shorten(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "\u2026";
        }
    }

    /** The date of a point for people, with its precision. */
    static String display(PartialDate d) {
        return d == null ? "date not known" : d.display();
    }
}
