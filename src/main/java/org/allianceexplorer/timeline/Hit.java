package org.allianceexplorer.timeline;

import java.awt.geom.Rectangle2D;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.TimelineItem;

/**
 * Something the timeline drew, with where ({@link TimelineFigure#hitAt}): an item's marker, bar or label, a
 * lane's name in the label column, an election's rule or name, or the as-of cursor. Each kind says what a
 * click on it selects and what hovering over it shows.
 */
public sealed interface Hit {

    /** The interface text of the timeline package. */
    I18n.Messages T = I18n.of(Hit.class);

    Rectangle2D bounds();

    /** The record a click on it selects, or {@code null}. */
    RecordRef record();

    /** The text shown on hover, or {@code null}. */
    String tooltip();

    /** An alliance's or membership's bar, a claim's or event's marker, or its label. */
    record Item(Rectangle2D bounds, TimelineItem item) implements Hit {
        @Override
        public RecordRef record() {
            return item.ref();
        }

        @Override
        public String tooltip() {
            return item.tooltip();
        }
    }

    /** A lane's name in the label column: a click folds a lane that folds, else selects its record. */
    record LaneName(Rectangle2D bounds, Lane lane) implements Hit {
        @Override
        public RecordRef record() {
            return lane.ref();
        }

        @Override
        public String tooltip() {
            return lane.collapsible()
                    ? lane.label() + "\n" + (lane.collapsed() ? T.t("hit.lane.unfold") : T.t("hit.lane.fold"))
                    : null;
        }
    }

    /** An election's polling-day rule or its name in the header band. */
    record PollingDay(Rectangle2D bounds, Election election) implements Hit {
        @Override
        public RecordRef record() {
            return new RecordRef(RecordKind.ELECTIONS, election.id(), election.name());
        }

        @Override
        public String tooltip() {
            return election.name() + "\n"
                    + T.t("hit.pollingDay", election.pollingDay().display());
        }
    }

    /** The as-of cursor or its handle: dragged, it moves the as-of date. */
    record AsOf(Rectangle2D bounds) implements Hit {
        @Override
        public RecordRef record() {
            return null;
        }

        @Override
        public String tooltip() {
            return T.t("hit.asOf");
        }
    }
}
