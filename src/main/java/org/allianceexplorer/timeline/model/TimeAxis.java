package org.allianceexplorer.timeline.model;

import java.awt.Font;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.figure.FigureText;

/**
 * Maps days to x and back, and chooses the ticks: the finest unit (day, week, month, quarter, year, 2, 5,
 * 10, 20, 50 years) whose labels fit at the current pixels per day, with a second row of context (the month
 * above days, the year above months) whose label sticks to the left edge while its period is in view.
 * Labels never overlap and never run outside {@code [x0, x0 + width]}.
 */
public final class TimeAxis {

    /** A tick unit, finest first. */
    public enum Unit {
        DAY(1),
        WEEK(7),
        MONTH(30.44),
        QUARTER(91.31),
        YEAR(365.25),
        YEARS_2(730.5),
        YEARS_5(1826.25),
        DECADE(3652.5),
        YEARS_20(7305),
        YEARS_50(18262.5);

        /** Average length in days. */
        public final double days;

        Unit(double days) {
            this.days = days;
        }

        /** The start of the period containing {@code d}. */
        LocalDate floor(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> d.withDayOfMonth(1);
                case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
                case YEAR -> LocalDate.of(d.getYear(), 1, 1);
                case YEARS_2 -> LocalDate.of(Math.floorDiv(d.getYear(), 2) * 2, 1, 1);
                case YEARS_5 -> LocalDate.of(Math.floorDiv(d.getYear(), 5) * 5, 1, 1);
                case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
                case YEARS_20 -> LocalDate.of(Math.floorDiv(d.getYear(), 20) * 20, 1, 1);
                case YEARS_50 -> LocalDate.of(Math.floorDiv(d.getYear(), 50) * 50, 1, 1);
            };
        }

        LocalDate next(LocalDate d) {
            return switch (this) {
                case DAY -> d.plusDays(1);
                case WEEK -> d.plusWeeks(1);
                case MONTH -> d.plusMonths(1);
                case QUARTER -> d.plusMonths(3);
                case YEAR -> d.plusYears(1);
                case YEARS_2 -> d.plusYears(2);
                case YEARS_5 -> d.plusYears(5);
                case DECADE -> d.plusYears(10);
                case YEARS_20 -> d.plusYears(20);
                case YEARS_50 -> d.plusYears(50);
            };
        }

        String label(LocalDate d) {
            return switch (this) {
                case DAY, WEEK -> Integer.toString(d.getDayOfMonth());
                case MONTH, QUARTER -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                default -> Integer.toString(d.getYear());
            };
        }

        /** The widest label of the unit, for choosing it. */
        String sample() {
            return switch (this) {
                case DAY, WEEK -> "28";
                case MONTH, QUARTER -> "May";
                default -> "2024";
            };
        }

        /** The context row's unit, or {@code null}. */
        Unit major() {
            return switch (this) {
                case DAY, WEEK -> MONTH;
                case MONTH, QUARTER -> YEAR;
                default -> null;
            };
        }

        /** Whether the label sits in the middle of its period (days, months, years) rather than at its start. */
        boolean centred() {
            return this == DAY || this == MONTH || this == YEAR || this == QUARTER;
        }

        String majorLabel(LocalDate d) {
            return this == MONTH
                    ? d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear()
                    : Integer.toString(d.getYear());
        }
    }

    /** A tick at {@code x} (the start of a period) with its label drawn from {@code labelX} (left edge). */
    public record Tick(LocalDate day, double x, String label, double labelX, double labelWidth) {}

    private static final double GAP = 10;

    private final TimeRange range;
    private final double x0;
    private final double width;
    private final double ppd;
    private final Font font;
    private final Font majorFont;
    private final Unit unit;

    public TimeAxis(TimeRange range, double x0, double width, Font font, Font majorFont) {
        this.range = range;
        this.x0 = x0;
        this.width = Math.max(1, width);
        this.ppd = this.width / range.days();
        this.font = font;
        this.majorFont = majorFont;
        this.unit = choose(ppd, font);
    }

    /** The finest unit whose widest label fits its period with room to spare. */
    public static Unit choose(double pixelsPerDay, Font font) {
        for (Unit u : Unit.values()) {
            double need = FigureText.width(u.sample(), font) + GAP + (u == Unit.DAY ? 4 : 0);
            double minDays = u == Unit.MONTH || u == Unit.QUARTER ? u.days * 0.92 : u.days;
            if (minDays * pixelsPerDay >= need) {
                return u;
            }
        }
        return Unit.YEARS_50;
    }

    public TimeRange range() {
        return range;
    }

    public Unit unit() {
        return unit;
    }

    public double pixelsPerDay() {
        return ppd;
    }

    public double left() {
        return x0;
    }

    public double right() {
        return x0 + width;
    }

    /** The x of the start of epoch day {@code day} (fractional days allowed). */
    public double x(double day) {
        return x0 + (day - range.from()) * ppd;
    }

    public double x(LocalDate day) {
        return x(day.toEpochDay());
    }

    /** The epoch day (fractional) at {@code x}. */
    public double day(double x) {
        return range.from() + (x - x0) / ppd;
    }

    /** Ticks of the chosen unit in view; labels that do not fit whole inside the axis are left out (label null). */
    public List<Tick> ticks() {
        List<Tick> out = new ArrayList<>();
        LocalDate d = unit.floor(range.firstDay());
        LocalDate last = range.lastDay();
        double lastRight = Double.NEGATIVE_INFINITY;
        int guard = 0;
        while (!d.isAfter(last) && guard++ < 5000) {
            LocalDate n = unit.next(d);
            double x = x(d);
            String text = unit.label(d);
            double w = FigureText.width(text, font);
            double lx = unit.centred() ? (x + x(n)) / 2 - w / 2 : x + 3;
            boolean fits = lx >= x0 && lx + w <= right() && lx >= lastRight + 4;
            if (fits) {
                lastRight = lx + w;
            }
            out.add(new Tick(d, x, fits ? text : null, lx, w));
            d = n;
        }
        return out;
    }

    /**
     * The context row (months above days, years above months), empty for year units and coarser. A label is
     * placed at the start of its period, moved right to stay in view, and pushed left of the next one.
     */
    public List<Tick> majorTicks() {
        Unit m = unit.major();
        List<Tick> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        List<LocalDate> starts = new ArrayList<>();
        LocalDate d = m.floor(range.firstDay());
        int guard = 0;
        while (!d.isAfter(range.lastDay()) && guard++ < 2000) {
            starts.add(d);
            d = m.next(d);
        }
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < starts.size(); i++) {
            LocalDate s = starts.get(i);
            double x = x(s);
            String text = m.majorLabel(s);
            double w = FigureText.width(text, majorFont);
            double lx = Math.max(x + 3, x0);
            double limit = i + 1 < starts.size() ? x(starts.get(i + 1)) - 4 : right();
            limit = Math.min(limit, right());
            if (lx + w > limit) {
                lx = limit - w;
            }
            boolean fits = lx >= Math.max(x, x0) - 1e-9 && lx + w <= right() && lx >= lastRight + 8;
            if (fits) {
                lastRight = lx + w;
            }
            out.add(new Tick(s, x, fits ? text : null, lx, w));
        }
        return out;
    }
}
