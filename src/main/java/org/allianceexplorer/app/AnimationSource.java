package org.allianceexplorer.app;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.figure.FigureAnimation;

/**
 * What Export > Animation… animates: a screen's figure as it is set up now, on each frame day. Made on the FX
 * thread when the menu is used (it keeps the screen's settings of that moment); {@link Frames#build} runs in the
 * export's background job.
 *
 * @param subject  what is animated, for the dialog and messages: "the relationship graph"
 * @param fileName the start of the file name offered, e.g. {@code relationships}
 * @param first    the first day offered (the screen's range, e.g. the data's earliest tie)
 * @param last     the last day offered
 * @param frames   builds the animation over the chosen days
 */
public record AnimationSource(String subject, String fileName, LocalDate first, LocalDate last, Frames frames) {

    /** Builds the animation: reads the database and lays out the frames, so call it off the FX thread. */
    @FunctionalInterface
    public interface Frames {
        FigureAnimation build(List<LocalDate> days, FigureAnimation.Progress progress) throws Exception;
    }

    public AnimationSource {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
    }
}
