package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.PartialDate;

/**
 * One column of a record table, as data: an id (used in saved layouts), a title, a default width, how a
 * row's value is found (the <em>key</em>: what the column filter lists and sorts by), how a key reads,
 * and optionally a richer cell text with its own numeric sort (e.g. an outcome "won by 18,008 (Form-47)"
 * grouped as "won" in the filter and sorted by margin).
 *
 * @param <R> the row type
 */
public final class RecordColumn<R> {

    /** How the cells of a column look. */
    public enum Kind {
        /** Plain text, left aligned. */
        TEXT,
        /** A number, right aligned, with thousands separators. */
        NUMBER,
        /** A partial date shown at its precision and sorted by date. */
        DATE,
        /** A party colour ({@code #RRGGBB} or {@code null}): a swatch, outlined when there is no colour. */
        SWATCH,
        /** Native-script text (Urdu, Arabic...), laid out right to left in a font that has the script. */
        NATIVE
    }

    private static final Comparator<Object> NATURAL = RecordColumn::compareKeys;

    private final String id;
    private final String title;
    private final Kind kind;
    private final Function<R, ?> key;
    private final Function<Object, String> text;
    private final Comparator<Object> order;
    private double width;
    private boolean visible = true;
    private boolean quick = true;
    private boolean whole;
    private final List<CsvNumber<R>> extras = new ArrayList<>();
    private Function<R, String> cell;
    private ToIntFunction<R> sortValue;
    private String tooltip;

    private RecordColumn(
            String id,
            String title,
            Kind kind,
            Function<R, ?> key,
            Function<Object, String> text,
            Comparator<Object> order,
            double width) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.kind = kind;
        this.key = key;
        this.text = text;
        this.order = order;
        this.width = width;
    }

    /** A text column, ordered case-insensitively. */
    public static <R> RecordColumn<R> text(String id, String title, double width, Function<R, String> value) {
        return new RecordColumn<>(id, title, Kind.TEXT, value, RecordColumn::plain, NATURAL, width);
    }

    /** A native-script column (right to left). */
    public static <R> RecordColumn<R> nativeText(String id, String title, double width, Function<R, String> value) {
        return new RecordColumn<>(id, title, Kind.NATIVE, value, RecordColumn::plain, NATURAL, width);
    }

    /** A whole-number column; {@code null} is an empty cell, sorted first. */
    public static <R> RecordColumn<R> number(
            String id, String title, double width, Function<R, ? extends Number> value) {
        return new RecordColumn<R>(id, title, Kind.NUMBER, value, RecordColumn::number, NATURAL, width).quick(false);
    }

    /** A partial-date column: shown at its precision ({@code 1977}, {@code Jan 1977}, {@code 10 Jan 1977}). */
    public static <R> RecordColumn<R> date(String id, String title, double width, Function<R, PartialDate> value) {
        return new RecordColumn<>(id, title, Kind.DATE, value, RecordColumn::date, NATURAL, width);
    }

    /** A party-colour swatch column; the filter lists the colours. */
    public static <R> RecordColumn<R> swatch(String id, String title, Function<R, String> colour) {
        return new RecordColumn<R>(id, title, Kind.SWATCH, colour, RecordColumn::plain, NATURAL, 44).quick(false);
    }

    /** The cell shows {@code cell} of the row instead of the key's text, sorted by {@code sortValue}. */
    public RecordColumn<R> cell(Function<R, String> cellText, ToIntFunction<R> sortKey) {
        this.cell = cellText;
        this.sortValue = sortKey;
        return this;
    }

    /** Hidden unless chosen in the column chooser. */
    public RecordColumn<R> hidden() {
        this.visible = false;
        return this;
    }

    /**
     * Never made narrower than its default width to fit the table into the window: its cells must read
     * whole (a status, an outcome, a seat code). Dates, numbers and swatches never are anyway.
     */
    public RecordColumn<R> whole() {
        this.whole = true;
        return this;
    }

    /** A number written to CSV files right after this column, for spreadsheets to sum and sort. */
    public record CsvNumber<R>(String name, Function<R, ? extends Number> value) {}

    /**
     * Adds a numeric column to CSV exports right after this one (the readable cell stays as it is): the
     * outcome "won by 17,957 (71,727 votes)" is followed by its margin and the receiver's votes as numbers.
     */
    public RecordColumn<R> csvNumber(String name, Function<R, ? extends Number> value) {
        extras.add(new CsvNumber<>(name, value));
        return this;
    }

    /** The numeric columns that follow this one in CSV exports. */
    public List<CsvNumber<R>> csvNumbers() {
        return List.copyOf(extras);
    }

    /**
     * Whether fitting the table into its width may make this column narrower (cutting its text with "…").
     * Native-script names never are: cut, a right-to-left name loses its end in the middle of the cell.
     */
    public boolean shrinks() {
        return !whole && kind == Kind.TEXT;
    }

    /** Whether the quick filter searches this column (numbers and swatches are not searched by default). */
    public RecordColumn<R> quick(boolean searched) {
        this.quick = searched;
        return this;
    }

    public RecordColumn<R> tooltip(String tip) {
        this.tooltip = tip;
        return this;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    public double width() {
        return width;
    }

    public boolean visibleByDefault() {
        return visible;
    }

    public boolean quickSearched() {
        return quick;
    }

    public String tooltipText() {
        return tooltip;
    }

    /** The key of a row (grouped in the filter, sorted by). */
    public Object key(R row) {
        return key.apply(row);
    }

    /** How a key reads ({@code ""} for none). */
    public String keyText(Object k) {
        return k == null ? "" : text.apply(k);
    }

    /** The text of the cell of a row: what the table shows, copies and exports. */
    public String cellText(R row) {
        return cell != null ? nz(cell.apply(row)) : keyText(key.apply(row));
    }

    boolean hasOwnSort() {
        return sortValue != null;
    }

    int sortValue(R row) {
        return sortValue.applyAsInt(row);
    }

    Comparator<Object> order() {
        return order;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String plain(Object o) {
        return o.toString();
    }

    private static String number(Object o) {
        return String.format(Locale.ROOT, "%,d", ((Number) o).longValue());
    }

    /** A date as the interface says it ("29 Mar 2018", "29 مارچ 2018"); the CSV export writes ISO dates. */
    private static String date(Object o) {
        return ((PartialDate) o).display(I18n.locale());
    }

    /**
     * Nulls first; text in natural order (case-insensitively, and numbers in it by value: PS-88 before
     * PS-108, "2 Jan" before "10 Jan"); comparables naturally.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareKeys(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        if (a instanceof String s && b instanceof String t) {
            int c = naturalCompare(s, t);
            return c != 0 ? c : s.compareTo(t);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Long.compare(x.longValue(), y.longValue());
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    /**
     * Compares text piece by piece: runs of digits by their value (then by length, so "007" follows "7"),
     * everything else case-insensitively.
     */
    static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int i2 = i;
                while (i2 < a.length() && Character.isDigit(a.charAt(i2))) {
                    i2++;
                }
                int j2 = j;
                while (j2 < b.length() && Character.isDigit(b.charAt(j2))) {
                    j2++;
                }
                int c = compareDigits(a, i, i2, b, j, j2);
                if (c != 0) {
                    return c;
                }
                i = i2;
                j = j2;
            } else {
                int c = Character.compare(
                        Character.toLowerCase(Character.toUpperCase(x)),
                        Character.toLowerCase(Character.toUpperCase(y)));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Two runs of digits by value, however long; equal values by length (fewer leading zeros first). */
    private static int compareDigits(String a, int from, int to, String b, int bFrom, int bTo) {
        int x = from;
        while (x < to - 1 && Character.digit(a.charAt(x), 10) == 0) {
            x++;
        }
        int y = bFrom;
        while (y < bTo - 1 && Character.digit(b.charAt(y), 10) == 0) {
            y++;
        }
        int c = Integer.compare(to - x, bTo - y);
        for (int k = 0; c == 0 && k < to - x; k++) {
            c = Integer.compare(Character.digit(a.charAt(x + k), 10), Character.digit(b.charAt(y + k), 10));
        }
        return c != 0 ? c : Integer.compare(to - from, bTo - bFrom);
    }
}
