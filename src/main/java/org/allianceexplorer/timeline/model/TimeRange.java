package org.allianceexplorer.timeline.model;

import java.time.LocalDate;
import org.allianceexplorer.domain.Election;

/**
 * A window of time in epoch days ({@code 0} = 1970-01-01; day {@code d} covers {@code [d, d + 1)}), fractional
 * so zoom and pan stay smooth. Always at least {@link #MIN_DAYS} and at most {@link #MAX_DAYS} wide.
 */
public record TimeRange(double from, double to) {

    public static final double MIN_DAYS = 7;
    public static final double MAX_DAYS = 366 * 150;

    public TimeRange {
        if (!(to > from)) {
            throw new IllegalArgumentException("empty time range: " + from + " .. " + to);
        }
    }

    /** From the first moment of {@code first} to the end of {@code last}. */
    public static TimeRange of(LocalDate first, LocalDate last) {
        return new TimeRange(first.toEpochDay(), last.toEpochDay() + 1).clampWidth();
    }

    /** The campaign around an election: six weeks before polling day to two after. */
    public static TimeRange campaign(Election e) {
        LocalDate d = e.pollingDay().earliest();
        return of(d.minusDays(39), d.plusDays(12));
    }

    public double days() {
        return to - from;
    }

    public double centre() {
        return (from + to) / 2;
    }

    /** The first day (partly) shown. */
    public LocalDate firstDay() {
        return LocalDate.ofEpochDay((long) Math.floor(from));
    }

    /** The last day (partly) shown. */
    public LocalDate lastDay() {
        return LocalDate.ofEpochDay((long) Math.ceil(to) - 1);
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping {@code anchor} (an epoch day) in place. */
    public TimeRange zoom(double factor, double anchor) {
        double width = clamp(days() * factor);
        double share = (anchor - from) / days();
        double f = anchor - share * width;
        return new TimeRange(f, f + width);
    }

    public TimeRange pan(double days) {
        return new TimeRange(from + days, to + days);
    }

    /** The same width centred on {@code day}. */
    public TimeRange centredOn(double day) {
        return new TimeRange(day - days() / 2, day + days() / 2);
    }

    /** Widened by {@code share} of its width on each side. */
    public TimeRange padded(double share) {
        double p = days() * share;
        return new TimeRange(from - p, to + p).clampWidth();
    }

    private TimeRange clampWidth() {
        double w = clamp(days());
        if (w == days()) {
            return this;
        }
        return new TimeRange(centre() - w / 2, centre() + w / 2);
    }

    private static double clamp(double w) {
        return Math.max(MIN_DAYS, Math.min(MAX_DAYS, w));
    }
}
