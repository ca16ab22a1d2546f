package org.allianceexplorer.charts.model;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/** What the four charts share: party colours (neutral and hatched when the data has none), numbers, ticks. */
final class ChartInk {

    /** The colour of parties without one in the data; their bars are also hatched, and the legend says so. */
    static final Color NEUTRAL = new Color(0x8C959F);

    static final float LABEL = 11f;
    static final float SMALL = 10f;
    static final float HEAD = 12f;

    private static final Pattern SEAT = Pattern.compile("([^0-9]*)(\\d+)(.*)");

    private ChartInk() {}

    static Font regular(float size, String text) {
        return FigureFonts.forText(text, size, false);
    }

    static Font bold(float size, String text) {
        return FigureFonts.forText(text, size, true);
    }

    /** The party's colour from the data, or {@code null} when it has none. */
    static Color colour(Party p) {
        return p == null ? null : FigureStyle.colour(p.colour(), null);
    }

    /** How a party's bars are filled: its colour, or the neutral colour hatched. */
    static Ink fill(Party p) {
        Color c = colour(p);
        return Ink.of(c == null ? NEUTRAL : c);
    }

    static boolean hatched(Party p) {
        return colour(p) == null;
    }

    /** A legend key for a party: its colour, or a hatched neutral box and a note that the data has no colour. */
    static LegendEntry partyKey(String label, Party p) {
        String name = p == null || p.name() == null || p.name().equals(label) ? "" : " \u2014 " + p.name();
        if (hatched(p)) {
            return new LegendEntry(label + name + " (no colour in the data)", NEUTRAL, LegendEntry.Swatch.HATCHED_BOX);
        }
        return new LegendEntry(label + name, colour(p), LegendEntry.Swatch.BOX);
    }

    /** The legend keys of {@code shown} parties, in order. */
    static List<LegendEntry> partyKeys(Collection<String> shown, Map<String, Party> parties) {
        List<LegendEntry> out = new ArrayList<>();
        for (String p : shown) {
            out.add(partyKey(p, parties.get(p)));
        }
        return out;
    }

    static String seats(long n) {
        return n == 1 ? "1 seat" : n + " seats";
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** "As of 10 Feb 2024", or "Latest" for {@code null}. */
    static String stamp(LocalDate asOf) {
        return asOf == null ? "Latest" : "As of " + PartialDate.of(asOf).display();
    }

    static String day(LocalDate asOf) {
        return PartialDate.of(asOf).display();
    }

    /** Seats in a natural order: NA-2 before NA-10, NA before PS. */
    static final Comparator<String> SEAT_ORDER = (a, b) -> {
        Matcher ma = SEAT.matcher(a);
        Matcher mb = SEAT.matcher(b);
        if (ma.matches() && mb.matches()) {
            int c = ma.group(1).compareTo(mb.group(1));
            if (c != 0) {
                return c;
            }
            String na = ma.group(2).replaceFirst("^0+(?=.)", "");
            String nb = mb.group(2).replaceFirst("^0+(?=.)", "");
            c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    };

    /**
     * Items joined with ", " and wrapped to {@code width}; at most {@code maxLines} lines, the last one
     * ending "+N more" when some do not fit. An item wider than the line is cut with an ellipsis.
     */
    static List<String> wrapItems(List<String> items, Font font, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String item = FigureText.fit(items.get(i), font, width - FigureText.width(", +999 more", font));
            String candidate = line.length() == 0 ? item : line + ", " + item;
            if (FigureText.width(candidate + (i < items.size() - 1 ? "," : ""), font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            lines.add(line + ",");
            line.setLength(0);
            line.append(item);
            if (lines.size() == maxLines) {
                return cut(lines, items.size() - i, font, width);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The last line made to end with "+N more" ({@code rest} items left out), still within width. */
    private static List<String> cut(List<String> lines, int rest, Font font, double width) {
        String last = lines.remove(lines.size() - 1);
        String[] parts = last.substring(0, last.length() - 1).split(", ");
        int shown = parts.length;
        while (shown > 0) {
            String text =
                    String.join(", ", Arrays.copyOf(parts, shown)) + ", +" + (rest + parts.length - shown) + " more";
            if (FigureText.width(text, font) <= width) {
                lines.add(text);
                return lines;
            }
            shown--;
        }
        lines.add(FigureText.fit("+" + (rest + parts.length) + " more", font, width));
        return lines;
    }

    /** Tick values from 0 to at least {@code max}, a 1-2-5 step at least {@code minGap} apart on {@code pixels}. */
    static List<Long> ticks(long max, double pixels, double minGap) {
        long top = Math.max(1, max);
        long step = 1;
        long[] mult = {1, 2, 5};
        outer:
        for (long pow = 1; pow < Long.MAX_VALUE / 10; pow *= 10) {
            for (long m : mult) {
                step = m * pow;
                if (pixels * step / top >= minGap) {
                    break outer;
                }
            }
        }
        List<Long> out = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            out.add(v);
        }
        return out;
    }
}
