package org.allianceexplorer.timeline;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.figure.FigureAnimation;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * The timeline with its as-of cursor moving: one window and one set of lanes, each frame the timeline figure
 * of a file export with the cursor (and the "As of" stamp) on its day. Everything but the cursor and the stamp
 * is the same from frame to frame, so the frames are as high as the timeline itself.
 */
public final class TimelineAnimation implements FigureAnimation {

    private static final I18n.Messages T = I18n.of(TimelineAnimation.class);

    private final TimelineModel model;
    private final TimeRange range;
    private final List<LocalDate> days;

    /** The timeline of {@code model} over {@code range}, the cursor on each of {@code days}. */
    public TimelineAnimation(TimelineModel model, TimeRange range, List<LocalDate> days) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("an animation needs one day or more");
        }
        this.model = model;
        this.range = range;
        this.days = List.copyOf(days);
    }

    @Override
    public List<LocalDate> days() {
        return days;
    }

    /** The height of the timeline at this width (its lanes do not change with the cursor). */
    @Override
    public double height(double width) {
        return FigureFrame.height(frame(0), width);
    }

    @Override
    public TimelineFigure frame(int index) {
        return new TimelineFigure(model, TimelineFigure.Viewport.export(range, days.get(index)));
    }

    @Override
    public String subject() {
        return T.t("animation.subject");
    }
}
