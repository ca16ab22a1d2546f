package org.allianceexplorer.app;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.figure.AnimatedGif;
import org.allianceexplorer.figure.TimeStep;

/**
 * What the user chose in the animation dialog: the first and last frame's day, the step between frames, frames
 * per second and the width (the height follows the figure). Refuses what the command line refuses, in the same
 * words.
 */
public record AnimationChoice(LocalDate from, LocalDate to, TimeStep step, int fps, double width) {

    /** The most frames the dialog suggests at first (a step is chosen to stay under it). */
    static final int SUGGESTED_FRAMES = 200;

    /** The width offered first: frames of 1280 x 720 for the graph. */
    static final double SUGGESTED_WIDTH = 1280;

    public AnimationChoice {
        if (from == null || to == null) {
            throw new IllegalArgumentException("give the first and the last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day (" + to + ") is before the first (" + from + ")");
        }
        AnimatedGif.checkFps(fps);
        if (width < AnimatedGif.MIN_WIDTH || width > 20000) {
            throw new IllegalArgumentException("the width must be " + AnimatedGif.MIN_WIDTH + " to 20000 px");
        }
    }

    /** The range given, a step making at most {@value #SUGGESTED_FRAMES} frames, 2 a second, 1280 px wide. */
    public static AnimationChoice suggested(LocalDate from, LocalDate to) {
        return new AnimationChoice(
                from, to, TimeStep.fitting(from, to, SUGGESTED_FRAMES), AnimatedGif.DEFAULT_FPS, SUGGESTED_WIDTH);
    }

    /**
     * Reads the dialog's fields: the step as on the command line ({@code 1w}, {@code 3m}...), frames per second and
     * width as whole numbers; a one-line message naming the field otherwise.
     */
    public static AnimationChoice parse(LocalDate from, LocalDate to, String step, String fps, String width) {
        TimeStep s;
        try {
            s = TimeStep.parse(step);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Step: " + e.getMessage(), e);
        }
        return new AnimationChoice(from, to, s, number("Frames per second", fps), number("Width", width));
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a whole number", e);
        }
    }

    /** What the choice makes, e.g. "14 frames, one every 1w: 7 s at 2 frames a second" (refuses too many frames). */
    public String summary() {
        int frames = days().size();
        long seconds = Math.round(frames / (double) fps);
        String time = seconds < 60
                ? seconds + " s"
                : seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        return frames + (frames == 1 ? " frame" : " frames") + ", one every " + step + ": " + time + " at " + fps
                + (fps == 1 ? " frame" : " frames") + " a second";
    }

    /** The frame days (refuses more than {@link TimeStep#MAX_FRAMES}). */
    public List<LocalDate> days() {
        return step.days(from, to);
    }
}
