package org.allianceexplorer.timeline.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A static interval tree over sorted arrays: intervals sorted by start, each node (the middle of its range)
 * knowing the largest end below it. {@link #query} visits the intervals that meet {@code [from, to]} in
 * order of start, in O(log n + k). Built once; immutable.
 */
public final class IntervalIndex {

    private final long[] starts;
    private final long[] ends;
    private final int[] ids;
    private final long[] maxEnd;

    /** Indexes {@code intervals.size()} intervals; {@code start[i] <= end[i]}; ids are the list positions. */
    public static IntervalIndex of(List<TimelineItem> items) {
        long[] s = new long[items.size()];
        long[] e = new long[items.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = items.get(i).start();
            e[i] = items.get(i).end();
        }
        return new IntervalIndex(s, e);
    }

    public IntervalIndex(long[] start, long[] end) {
        int n = start.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (end[i] < start[i]) {
                throw new IllegalArgumentException("interval " + i + " ends before it starts");
            }
        }
        Arrays.sort(order, (a, b) -> start[a] != start[b] ? Long.compare(start[a], start[b]) : Integer.compare(a, b));
        starts = new long[n];
        ends = new long[n];
        ids = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = start[order[i]];
            ends[i] = end[order[i]];
            ids[i] = order[i];
        }
        maxEnd = new long[n];
        build(0, n);
    }

    private long build(int lo, int hi) {
        if (lo >= hi) {
            return Long.MIN_VALUE;
        }
        int mid = (lo + hi) >>> 1;
        long m = Math.max(ends[mid], Math.max(build(lo, mid), build(mid + 1, hi)));
        maxEnd[mid] = m;
        return m;
    }

    public int size() {
        return ids.length;
    }

    /** Calls {@code sink} with the id of every interval that meets {@code [from, to]}, by start. */
    public void query(long from, long to, IntConsumer sink) {
        query(0, ids.length, from, to, sink);
    }

    private void query(int lo, int hi, long from, long to, IntConsumer sink) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] < from) {
                return;
            }
            query(lo, mid, from, to, sink);
            if (starts[mid] > to) {
                return;
            }
            if (ends[mid] >= from) {
                sink.accept(ids[mid]);
            }
            lo = mid + 1;
        }
    }

    /** Whether any interval meets {@code [from, to]}: O(log n), it stops at the first. */
    public boolean any(long from, long to) {
        return any(0, ids.length, from, to);
    }

    private boolean any(int lo, int hi, long from, long to) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] < from) {
                return false;
            }
            if (starts[mid] <= to && ends[mid] >= from) {
                return true;
            }
            if (any(lo, mid, from, to)) {
                return true;
            }
            if (starts[mid] > to) {
                return false;
            }
            lo = mid + 1;
        }
        return false;
    }

    /** How many intervals meet {@code [from, to]}. */
    public int count(long from, long to) {
        int[] n = {0};
        query(from, to, i -> n[0]++);
        return n[0];
    }
}
