package org.allianceexplorer.figure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time between two frames of an animation: a number of days, weeks, months or years ({@code 1w},
 * {@code 2w}, {@code 3m}, {@code 1y}), and the days of the frames it makes over a range.
 *
 * @param amount how many units, 1 or more
 * @param unit   {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS}, {@link ChronoUnit#MONTHS} or {@link ChronoUnit#YEARS}
 */
public record TimeStep(int amount, ChronoUnit unit) {

    /** The most frames an animation has (about 17 minutes at 2 frames a second). */
    public static final int MAX_FRAMES = 2000;

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})([dwmy])");

    public TimeStep {
        if (amount < 1) {
            throw new IllegalArgumentException("a step is 1 or more days, weeks, months or years: " + amount);
        }
        if (unit != ChronoUnit.DAYS
                && unit != ChronoUnit.WEEKS
                && unit != ChronoUnit.MONTHS
                && unit != ChronoUnit.YEARS) {
            throw new IllegalArgumentException("a step is in days, weeks, months or years: " + unit);
        }
    }

    /**
     * Parses {@code Nd}, {@code Nw}, {@code Nm} or {@code Ny} (N from 1 to 9999, e.g. {@code 1w}, {@code 3m}); a
     * one-line message saying what is expected otherwise.
     */
    public static TimeStep parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = TEXT.matcher(t);
        int amount = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        if (amount < 1) {
            throw new IllegalArgumentException(
                    "'" + text
                            + "' is not a step: give a number (1 or more) of days, weeks, months or years, e.g. 1w, 2w, 1m, 1y");
        }
        ChronoUnit unit = switch (m.group(2)) {
            case "d" -> ChronoUnit.DAYS;
            case "w" -> ChronoUnit.WEEKS;
            case "m" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        return new TimeStep(amount, unit);
    }

    /**
     * The days of the frames from {@code from} to {@code to}: {@code from}, then one step after another
     * (counted from {@code from}, so a monthly step from 31 January gives 29 February, then 31 March), and
     * {@code to} itself when the last step falls short of it. Refuses more than {@link #MAX_FRAMES} frames.
     */
    public List<LocalDate> days(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day (" + to + ") is before the first (" + from + ")");
        }
        List<LocalDate> out = new ArrayList<>();
        for (long k = 0; ; k++) {
            LocalDate d = from.plus(k * amount, unit);
            if (d.isAfter(to)) {
                break;
            }
            out.add(d);
            if (out.size() > MAX_FRAMES) {
                throw tooMany(from, to);
            }
        }
        if (out.get(out.size() - 1).isBefore(to)) {
            out.add(to);
            if (out.size() > MAX_FRAMES) {
                throw tooMany(from, to);
            }
        }
        return out;
    }

    /**
     * The shortest of the usual steps (1d, 1w, 2w, 1m, 3m, 6m, 1y, 2y, 5y, 10y) that makes at most {@code frames}
     * frames from {@code from} to {@code to} (10y when none does): what a dialog offers first for a range.
     */
    public static TimeStep fitting(LocalDate from, LocalDate to, int frames) {
        TimeStep[] usual = {
            new TimeStep(1, ChronoUnit.DAYS),
            new TimeStep(1, ChronoUnit.WEEKS),
            new TimeStep(2, ChronoUnit.WEEKS),
            new TimeStep(1, ChronoUnit.MONTHS),
            new TimeStep(3, ChronoUnit.MONTHS),
            new TimeStep(6, ChronoUnit.MONTHS),
            new TimeStep(1, ChronoUnit.YEARS),
            new TimeStep(2, ChronoUnit.YEARS),
            new TimeStep(5, ChronoUnit.YEARS)
        };
        for (TimeStep s : usual) {
            if (s.frames(from, to) <= frames) {
                return s;
            }
        }
        return new TimeStep(10, ChronoUnit.YEARS);
    }

    /** How many frames {@link #days} makes (counting no further than one past {@link #MAX_FRAMES}). */
    public int frames(LocalDate from, LocalDate to) {
        try {
            return days(from, to).size();
        } catch (IllegalArgumentException e) {
            return to.isBefore(from) ? 0 : MAX_FRAMES + 1;
        }
    }

    private IllegalArgumentException tooMany(LocalDate from, LocalDate to) {
        return new IllegalArgumentException(String.format(
                Locale.ROOT,
                "%s to %s in steps of %s makes more than %,d frames: choose a longer step or a shorter range",
                from,
                to,
                this,
                MAX_FRAMES));
    }

    /** The step as written on the command line, e.g. {@code 2w}. */
    @Override
    public String toString() {
        char u = switch (unit) {
            case DAYS -> 'd';
            case WEEKS -> 'w';
            case MONTHS -> 'm';
            default -> 'y';
        };
        return amount + String.valueOf(u);
    }
}
