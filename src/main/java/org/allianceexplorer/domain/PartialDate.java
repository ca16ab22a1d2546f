package org.allianceexplorer.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A date known to a year, a month or a day: {@code 1977}, {@code 1977-01}, {@code 1977-01-10}.
 *
 * <p>The precision is kept and shown as such: a year-only date is never turned into 1 January.
 * A partial date covers its whole period: as a start it holds from its {@link #earliest()} day,
 * as an end until its {@link #latest()} day.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    private final int year;
    private final int month;
    private final int day;
    private final Precision precision;
    /** {@link #iso()}, made once: a shared date is printed once per row of a large listing. */
    private String iso;

    private PartialDate(int year, int month, int day, Precision precision) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
    }

    public static PartialDate ofYear(int year) {
        checkYear(year);
        return new PartialDate(year, 0, 0, Precision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 01 to 12: " + month);
        }
        return new PartialDate(year, month, 0, Precision.MONTH);
    }

    public static PartialDate of(LocalDate date) {
        checkYear(date.getYear());
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message fit for the user when the text is not such a date
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        // by hand rather than by regular expression: millions of dates are read when listing a large database
        int n = t.length();
        if (!(n == 4 || n == 7 && t.charAt(4) == '-' || n == 10 && t.charAt(4) == '-' && t.charAt(7) == '-')
                || !digits(t, 0, 4)
                || n >= 7 && !digits(t, 5, 7)
                || n == 10 && !digits(t, 8, 10)) {
            throw new IllegalArgumentException("not a date: '" + text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        int y = number(t, 0, 4);
        if (y < 1) {
            throw new IllegalArgumentException("not a date: '" + text + "' (there is no year 0)");
        }
        if (n == 4) {
            return ofYear(y);
        }
        int mo = number(t, 5, 7);
        if (n == 7) {
            try {
                return ofMonth(y, mo);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a date: '" + text + "' (" + e.getMessage() + ")", e);
            }
        }
        try {
            return of(LocalDate.of(y, mo, number(t, 8, 10)));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a date: '" + text + "' (no such day)", e);
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** Parses a nullable or blank cell: blank means unknown, {@code null}. */
    public static PartialDate parseNullable(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** Parses a full day, as asked for by {@code --as-of}. */
    public static LocalDate parseDay(String text) {
        PartialDate d = parse(text);
        if (d.precision != Precision.DAY) {
            throw new IllegalArgumentException("not a day: '" + text + "' (expected YYYY-MM-DD)");
        }
        return d.earliest();
    }

    private static void checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public int year() {
        return year;
    }

    public Precision precision() {
        return precision;
    }

    /** The first day the date may mean. */
    public LocalDate earliest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day the date may mean. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** ISO text at its own precision: {@code 1977}, {@code 1977-01}, {@code 1977-01-10}. */
    public String iso() {
        String made = iso;
        if (made == null) {
            made = makeIso();
            iso = made;
        }
        return made;
    }

    private String makeIso() {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (precision != Precision.YEAR) {
            pad(sb.append('-'), month, 2);
        }
        if (precision == Precision.DAY) {
            pad(sb.append('-'), day, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(v);
    }

    /** For people: {@code 1977}, {@code Jan 1977}, {@code 10 Jan 1977}. */
    public String display() {
        return display(Locale.ENGLISH);
    }

    /** As {@link #display()}, with the month's name in {@code locale}: "23 اگست 2016" in Urdu. */
    public String display(Locale locale) {
        String mon = month == 0 ? "" : Month.of(month).getDisplayName(TextStyle.SHORT, locale);
        return switch (precision) {
            case YEAR -> Integer.toString(year);
            case MONTH -> mon + " " + year;
            case DAY -> day + " " + mon + " " + year;
        };
    }

    /** True when a period starting at this date has begun by {@code asOf}. */
    public boolean startsBy(LocalDate asOf) {
        return !earliest().isAfter(asOf);
    }

    /** True when a period ending at this date still holds on {@code asOf}. */
    public boolean endsOnOrAfter(LocalDate asOf) {
        return !latest().isBefore(asOf);
    }

    /** Orders by the first day meant, then the coarser date first (as the ISO text sorts). */
    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p
                && p.year == year
                && p.month == month
                && p.day == day
                && p.precision == precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
