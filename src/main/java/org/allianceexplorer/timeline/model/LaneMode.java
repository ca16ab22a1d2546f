package org.allianceexplorer.timeline.model;

/** How the timeline groups its lanes. */
public enum LaneMode {
    /** One lane per alliance with nested lanes for its member parties (collapsible). */
    BY_ALLIANCE,
    /** One lane per party, its alliance memberships as bars. */
    BY_PARTY
}
