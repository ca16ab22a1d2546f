package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layout of a table's columns as a plain value: their order, widths and which are shown. Its text form
 * (for preferences) lists the columns in order as {@code id:width}, hidden ones prefixed with {@code !}:
 * {@code seat:90,giver:110,!candidate:160}. Unknown or malformed parts are skipped when read.
 */
public record TableLayout(List<Entry> columns) {

    /** One column: its id, width in pixels and whether it is shown. */
    public record Entry(String id, double width, boolean visible) {}

    public TableLayout {
        columns = List.copyOf(columns);
    }

    /** Reads the text form; {@code null} or blank is an empty layout (the defaults). */
    public static TableLayout parse(String text) {
        List<Entry> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new TableLayout(out);
        }
        for (String part : text.split(",")) {
            String p = part.trim();
            boolean visible = !p.startsWith("!");
            if (!visible) {
                p = p.substring(1);
            }
            int colon = p.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            try {
                double w = Double.parseDouble(p.substring(colon + 1));
                if (w > 0 && w < 10_000) {
                    out.add(new Entry(p.substring(0, colon), w, visible));
                }
            } catch (NumberFormatException e) {
                // a damaged preference: keep the rest
            }
        }
        return new TableLayout(out);
    }

    /** The text form, e.g. {@code seat:90,giver:110,!candidate:160}. */
    public String format() {
        StringBuilder b = new StringBuilder();
        for (Entry e : columns) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(e.visible() ? "" : "!")
                    .append(e.id())
                    .append(':')
                    .append(String.format(Locale.ROOT, "%d", Math.round(e.width())));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
