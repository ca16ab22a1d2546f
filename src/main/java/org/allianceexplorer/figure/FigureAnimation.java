package org.allianceexplorer.figure;

import java.time.LocalDate;
import java.util.List;

/**
 * A figure over time: one figure per frame day, every frame the same size, each the figure the window and the
 * PNG export show for its day (title, as-of stamp, legend and credits by {@link FigureFrame}). Built off the FX
 * thread; {@link AnimatedGif} paints the frames one at a time, so they are never all held at once.
 */
public interface FigureAnimation {

    /** Told before each frame is laid out or painted; may stop the job by throwing a CancellationException. */
    @FunctionalInterface
    interface Progress {
        /** Frame {@code frame} (1-based) of {@code frames} is next. */
        void frame(int frame, int frames);

        /** Tells no one. */
        Progress NONE = (f, n) -> {};
    }

    /** The day of each frame, in order. */
    List<LocalDate> days();

    /** The height of every frame at {@code width} (user units), the same for all frames. */
    double height(double width);

    /** The figure of frame {@code index} (0-based), as of {@code days().get(index)}. */
    Figure frame(int index);

    /** What is animated, for messages: "the relationship graph", "the timeline". */
    String subject();
}
