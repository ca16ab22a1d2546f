package org.allianceexplorer.importer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The colour a new party starts with in the wizard: the first of a fixed sequence of mid-tone colours (hues a
 * golden angle apart) that is far enough from every colour already taken (the database's parties', the other new
 * parties'). Deterministic: the same taken colours give the same suggestion. Pure Java, {@code #RRGGBB}.
 */
final class SuggestedColours {

    /** Two colours nearer than this (redmean distance, 0 to about 765) are too alike to tell apart on a chart. */
    static final double MIN_DISTANCE = 90;

    private static final int CANDIDATES = 240;
    private static final double GOLDEN_ANGLE = 137.50776405;
    // saturation and brightness in turn: mid tones that read on the light and the dark theme
    private static final double[][] TONES = {{0.70, 0.80}, {0.80, 0.60}, {0.50, 0.90}};
    private static final Pattern HEX = Pattern.compile("#?[0-9A-Fa-f]{6}");

    private SuggestedColours() {}

    /** The first candidate at least {@link #MIN_DISTANCE} from each of {@code taken}, else the one farthest away. */
    static String suggest(Collection<String> taken) {
        List<int[]> used = taken.stream()
                .filter(Objects::nonNull)
                .map(SuggestedColours::rgb)
                .filter(Objects::nonNull)
                .toList();
        String best = null;
        double bestDistance = -1;
        for (int i = 0; i < CANDIDATES; i++) {
            String c = candidate(i);
            double d = nearest(rgb(c), used);
            if (d >= MIN_DISTANCE) {
                return c;
            }
            if (d > bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The {@code i}th colour of the sequence. */
    static String candidate(int i) {
        double hue = (i * GOLDEN_ANGLE) % 360;
        double[] tone = TONES[i % TONES.length];
        return hex(hsb(hue, tone[0], tone[1]));
    }

    /** The distance from {@code c} to the nearest of {@code used} (infinite when there are none). */
    private static double nearest(int[] c, List<int[]> used) {
        double min = Double.POSITIVE_INFINITY;
        for (int[] u : used) {
            min = Math.min(min, distance(c, u));
        }
        return min;
    }

    /** The "redmean" approximation of how different two colours look. */
    static double distance(int[] a, int[] b) {
        double r = (a[0] + b[0]) / 2.0;
        double dr = a[0] - b[0];
        double dg = a[1] - b[1];
        double db = a[2] - b[2];
        return Math.sqrt((2 + r / 256) * dr * dr + 4 * dg * dg + (2 + (255 - r) / 256) * db * db);
    }

    /** {@code #RRGGBB} (or without the #) as red, green, blue; null for anything else. */
    static int[] rgb(String hex) {
        String h = hex.strip();
        if (!HEX.matcher(h).matches()) {
            return null;
        }
        int v = Integer.parseInt(h.startsWith("#") ? h.substring(1) : h, 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }

    private static String hex(int[] c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", c[0], c[1], c[2]);
    }

    private static int[] hsb(double hue, double saturation, double brightness) {
        double c = brightness * saturation;
        double x = c * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = brightness - c;
        double[] p = switch ((int) (hue / 60) % 6) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        return new int[] {
            (int) Math.round((p[0] + m) * 255), (int) Math.round((p[1] + m) * 255), (int) Math.round((p[2] + m) * 255)
        };
    }
}
