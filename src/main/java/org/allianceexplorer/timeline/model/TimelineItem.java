package org.allianceexplorer.timeline.model;

import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordRef;

/**
 * One thing drawn on a lane: a span (alliance, membership) or a point (claim, event).
 *
 * @param kind    what it is
 * @param track   the row inside its lane (0 = top)
 * @param start   first epoch day drawn (the earliest day its start may mean)
 * @param end     last epoch day drawn (the latest day its end may mean; {@link #OPEN} when open-ended)
 * @param from    the start as known (its precision is drawn), {@code null} when unknown
 * @param to      the end as known, {@code null} when open or unknown; for points equal to {@code from}
 * @param label   the text shown next to it
 * @param status  the claim status (claims only)
 * @param colour  {@code #RRGGBB} for spans (party colour), or {@code null}
 * @param ref     the record a click selects
 * @param tooltip the text shown on hover (several lines)
 * @param outlet  the outlet of its source (claims), for the credits
 * @param count   how many claims a density bin counts (0 for every other kind)
 */
public record TimelineItem(
        Kind kind,
        int track,
        long start,
        long end,
        PartialDate from,
        PartialDate to,
        String label,
        ClaimStatus status,
        String colour,
        RecordRef ref,
        String tooltip,
        String outlet,
        long count) {

    /** The end of an open span, for the index: far in the future. */
    public static final long OPEN = 3_000_000L;

    public enum Kind {
        ALLIANCE,
        MEMBERSHIP,
        CLAIM,
        EVENT,
        /** A bar of a density band: how many claims its assembly's seats had in a day, week, month or year. */
        DENSITY
    }

    public boolean isPoint() {
        return kind == Kind.CLAIM || kind == Kind.EVENT;
    }

    public boolean openEnd() {
        return end == OPEN;
    }

    /** The same item on track {@code t}. */
    public TimelineItem onTrack(int t) {
        return new TimelineItem(kind, t, start, end, from, to, label, status, colour, ref, tooltip, outlet, count);
    }
}
