package org.allianceexplorer.timeline.model;

import java.util.List;
import org.allianceexplorer.domain.RecordRef;

/**
 * One horizontal band of the timeline.
 *
 * @param kind        what it holds
 * @param key         stable id, used to collapse it ({@code alliance:12}, {@code seats})
 * @param label       the text in the label column
 * @param nativeLabel the name in the party's own script (Urdu), or {@code null}
 * @param trackLabels labels per track (seat lanes: the deal of each track, e.g. "ANP \u2192 MQM-P"), or empty
 * @param ref         the record a click on the label selects, or {@code null}
 * @param depth       0 for a top-level lane, 1 for a nested one
 * @param tracks      rows inside the lane
 * @param collapsible whether it can fold away its nested lanes
 * @param collapsed   whether it is folded
 * @param colour      {@code #RRGGBB} (party colour) or {@code null}
 * @param y           top, from the top of the first lane
 * @param height      height in user units
 */
public record Lane(
        Kind kind,
        String key,
        String label,
        String nativeLabel,
        List<String> trackLabels,
        RecordRef ref,
        int depth,
        int tracks,
        boolean collapsible,
        boolean collapsed,
        String colour,
        double y,
        double height) {

    public enum Kind {
        ALLIANCE,
        MEMBER,
        PARTY,
        GROUP,
        SEAT,
        /** The seat-deal claims of one assembly counted by month, on a database too large to draw claim by claim. */
        DENSITY,
        EVENTS
    }

    public Lane {
        trackLabels = List.copyOf(trackLabels);
    }

    public double bottom() {
        return y + height;
    }

    /** The same lane with its top at {@code top}. */
    public Lane at(double top) {
        return new Lane(
                kind,
                key,
                label,
                nativeLabel,
                trackLabels,
                ref,
                depth,
                tracks,
                collapsible,
                collapsed,
                colour,
                top,
                height);
    }
}
