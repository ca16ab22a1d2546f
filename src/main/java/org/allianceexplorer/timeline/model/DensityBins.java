package org.allianceexplorer.timeline.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.PartialDate;

/**
 * The bars of a density band at a zoom level: the claims counted by day (as read) summed into days, weeks, months
 * or years, the smallest of those at least {@link #MIN_BAR} pixels wide. A count dated only to the month or the
 * year keeps its own bar when the bars are finer than its date. Pure Java.
 */
public final class DensityBins {

    private static final I18n.Messages T = I18n.of(DensityBins.class);

    /** The narrowest bar drawn, in pixels: finer bins are summed into the next unit up. */
    public static final double MIN_BAR = 6;

    /** A bar's length of time. */
    public enum Unit {
        DAY(1),
        WEEK(7),
        MONTH(30),
        YEAR(365);

        private final int days;

        Unit(int days) {
            this.days = days;
        }
    }

    private DensityBins() {}

    /** The finest unit whose bars are at least {@link #MIN_BAR} pixels wide at this zoom. */
    public static Unit unit(double pixelsPerDay) {
        for (Unit u : Unit.values()) {
            if (u.days * pixelsPerDay >= MIN_BAR) {
                return u;
            }
        }
        return Unit.YEAR;
    }

    /**
     * Sums {@code items} (density bins of one lane, by start) into bars of {@code unit}; {@code assembly} names
     * the lane in the bars' tooltips. The bars come in order of start.
     */
    public static List<TimelineItem> bars(List<TimelineItem> items, Unit unit, String assembly) {
        List<TimelineItem> out = new ArrayList<>();
        long barStart = Long.MIN_VALUE;
        long barEnd = Long.MIN_VALUE;
        long count = 0;
        for (TimelineItem it : items) {
            PartialDate p = it.from();
            if (p != null && coarser(p.precision(), unit)) {
                out.add(it);
                continue;
            }
            long s = start(it.start(), unit);
            if (s != barStart) {
                if (count > 0) {
                    out.add(bar(assembly, barStart, barEnd, count, unit));
                }
                barStart = s;
                barEnd = end(s, unit);
                count = 0;
            }
            count += it.count();
        }
        if (count > 0) {
            out.add(bar(assembly, barStart, barEnd, count, unit));
        }
        out.sort(Comparator.comparingLong(TimelineItem::start));
        return out;
    }

    /** The largest bar of {@code items} at {@code unit}: the height of a full band. */
    public static long densest(List<TimelineItem> items, Unit unit) {
        long max = 1;
        for (TimelineItem it : bars(items, unit, "")) {
            max = Math.max(max, it.count());
        }
        return max;
    }

    private static boolean coarser(PartialDate.Precision p, Unit unit) {
        return switch (p) {
            case DAY -> false;
            case MONTH -> unit == Unit.DAY || unit == Unit.WEEK;
            case YEAR -> unit != Unit.YEAR;
        };
    }

    static long start(long day, Unit unit) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return switch (unit) {
            case DAY -> day;
            case WEEK -> d.with(DayOfWeek.MONDAY).toEpochDay();
            case MONTH -> d.withDayOfMonth(1).toEpochDay();
            case YEAR -> d.withDayOfYear(1).toEpochDay();
        };
    }

    private static long end(long start, Unit unit) {
        LocalDate d = LocalDate.ofEpochDay(start);
        return switch (unit) {
            case DAY -> start;
            case WEEK -> start + 6;
            case MONTH -> d.plusMonths(1).toEpochDay() - 1;
            case YEAR -> d.plusYears(1).toEpochDay() - 1;
        };
    }

    private static TimelineItem bar(String assembly, long start, long end, long count, Unit unit) {
        LocalDate s = LocalDate.ofEpochDay(start);
        String when = switch (unit) {
            case DAY -> PartialDate.of(s).display();
            case WEEK -> "the week of " + PartialDate.of(s).display();
            case MONTH -> s.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + s.getYear();
            case YEAR -> Integer.toString(s.getYear());
        };
        return new TimelineItem(
                TimelineItem.Kind.DENSITY,
                0,
                start,
                end,
                null,
                null,
                label(count),
                null,
                null,
                null,
                tooltip(assembly, count, when),
                null,
                count);
    }

    /** A bar's label: its count. */
    static String label(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A bar's tooltip: {@code NA: 24,985 seat-deal claims in the week of 1 Feb 2021}, and what a click does. */
    static String tooltip(String assembly, long count, String when) {
        return T.t("tip.density", assembly, label(count), count, when) + "\n" + T.t("tip.density.click");
    }
}
