package org.allianceexplorer.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person may type into a date field, read as a {@link PartialDate}: ISO ({@code 2024},
 * {@code 2024-02}, {@code 2024-02-14}, also without leading zeros), the locale's numeric order
 * ({@code 2/14/2024} in the United States, {@code 14/2/2024} in Pakistan or Britain, with {@code /},
 * {@code .} or {@code -}), and month names ({@code 14 Feb 2024}, {@code 14-Feb-24}, {@code Feb 14, 2024},
 * {@code February 2024}). Anything else is refused with a message that says what would be taken.
 * One parser for every date field of the window.
 */
public final class DateInput {

    /** Why a text is not a date. */
    public enum Problem {
        EMPTY,
        NOT_A_DATE,
        /** Of the right shape, but no such day or month (2024-02-30, 13/13/2024). */
        NO_SUCH_DAY
    }

    /**
     * The outcome of reading a text: a date, or why not ({@code problem}, of {@code text} as typed, trimmed), with
     * the locale's numeric example ({@code 14/2/2024}) for the message that says what would be taken.
     */
    public record Result(PartialDate date, Problem problem, String text, String localeExample) {
        public boolean ok() {
            return date != null;
        }

        public Optional<PartialDate> value() {
            return Optional.ofNullable(date);
        }

        /** The message in English (the window says it in its language: {@code app.DateText}), or null. */
        public String error() {
            if (problem == null) {
                return null;
            }
            String what = switch (problem) {
                case EMPTY -> "The date is empty";
                case NOT_A_DATE -> "\u201c" + text + "\u201d is not a date";
                case NO_SUCH_DAY -> "\u201c" + text + "\u201d is not a date (no such day or month)";
            };
            return what + ": type 2024-02-14, " + localeExample + ", 14 Feb 2024, 2024-02 or 2024";
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)([\\p{L}]+)\\.?,?(?:\\s+|-)(\\d{4}|\\d{2})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([\\p{L}]+)\\.?,?\\s+(\\d{4})");

    private DateInput() {}

    /** Reads {@code text} in the conventions of {@code locale}; blank text is an error (callers decide what empty means). */
    public static Result parse(String text, Locale locale) {
        String t = text == null ? "" : text.trim().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return error(text, Problem.EMPTY, locale);
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return ok(PartialDate.ofYear(y));
                }
                int mo = Integer.parseInt(m.group(2));
                if (m.group(3) == null) {
                    return ok(PartialDate.ofMonth(y, mo));
                }
                return ok(PartialDate.of(LocalDate.of(y, mo, Integer.parseInt(m.group(3)))));
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = year(m.group(3));
                boolean monthFirst = monthFirst(locale);
                int mo = monthFirst ? a : b;
                int d = monthFirst ? b : a;
                return ok(PartialDate.of(LocalDate.of(y, mo, d)));
            }
            m = MONTH_YEAR_NUMERIC.matcher(t);
            if (m.matches()) {
                return ok(PartialDate.ofMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches()) {
                Month mo = month(m.group(2), locale);
                if (mo != null) {
                    return ok(PartialDate.of(LocalDate.of(year(m.group(3)), mo, Integer.parseInt(m.group(1)))));
                }
            }
            m = MONTH_DAY_YEAR.matcher(t);
            if (m.matches()) {
                Month mo = month(m.group(1), locale);
                if (mo != null) {
                    return ok(PartialDate.of(
                            LocalDate.of(Integer.parseInt(m.group(3)), mo, Integer.parseInt(m.group(2)))));
                }
            }
            m = MONTH_YEAR.matcher(t);
            if (m.matches()) {
                Month mo = month(m.group(1), locale);
                if (mo != null) {
                    return ok(PartialDate.ofMonth(Integer.parseInt(m.group(2)), mo.getValue()));
                }
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return error(text, Problem.NO_SUCH_DAY, locale);
        }
        return error(text, Problem.NOT_A_DATE, locale);
    }

    /** An example of the locale's numeric order for 14 February 2024, for prompts and messages. */
    public static String localeExample(Locale locale) {
        return monthFirst(locale) ? "2/14/2024" : "14/2/2024";
    }

    /** True when the locale writes the month before the day in its short numeric format (2/14/24). */
    static boolean monthFirst(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        int m = pattern.indexOf('M');
        int d = pattern.indexOf('d');
        return m >= 0 && d >= 0 && m < d;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        // two digits: the nearest such year to today (24 -> 2024, 77 -> 1977), as spreadsheets read them
        if (digits.length() == 2) {
            int now = LocalDate.now().getYear();
            int century = now / 100 * 100;
            y += century;
            if (y > now + 20) {
                y -= 100;
            }
        }
        return y;
    }

    private static Month month(String name, Locale locale) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Locale l : new Locale[] {locale, Locale.ENGLISH}) {
            for (Month m : Month.values()) {
                for (TextStyle s : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                    String text = m.getDisplayName(s, l).toLowerCase(l).replace(".", "");
                    if (text.equals(n) || n.length() >= 3 && text.startsWith(n)) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    private static Result ok(PartialDate d) {
        return new Result(d, null, null, null);
    }

    private static Result error(String text, Problem why, Locale locale) {
        return new Result(null, why, text == null ? "" : text.trim(), localeExample(locale));
    }

    /** ISO text of a day, as date fields show it. */
    public static String format(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(day);
    }
}
