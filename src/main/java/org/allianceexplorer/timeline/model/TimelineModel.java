package org.allianceexplorer.timeline.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.allianceexplorer.domain.Election;

/**
 * The timeline's lanes and items for one choice of filter, lane mode and folded lanes: pure Java, built in
 * memory from {@link TimelineData}, with an {@link IntervalIndex} per lane for the visible window's range
 * queries. Lanes, top to bottom: seat-deal claims, one lane per seat and one track per deal; events; alliances
 * (each with its member parties) or parties. The lanes are built by {@link LaneBuilder}.
 */
public final class TimelineModel {

    public static final double ALLIANCE_H = 24;
    public static final double TRACK_H = 18;
    public static final double PAD = 4;
    public static final double GROUP_H = 22;
    /** A density band's height: tall enough for its bars to show the counts' differences. */
    public static final double DENSITY_H = 40;

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
        LaneBuilder b = new LaneBuilder(data, filter, mode, collapsed).build();
        List<Election> el = new ArrayList<>(
                data.elections().stream().filter(e -> e.pollingDay() != null).toList());
        el.sort(Comparator.comparing(Election::pollingDay));
        return new TimelineModel(data, filter, mode, b.lanes(), b.items(), el);
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
}
