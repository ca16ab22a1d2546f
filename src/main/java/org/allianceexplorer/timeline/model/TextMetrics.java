package org.allianceexplorer.timeline.model;

import java.awt.Font;
import java.util.concurrent.ConcurrentHashMap;
import org.allianceexplorer.figure.FigureText;

/**
 * Text widths measured once with {@link FigureText} (TextLayout: Urdu shaped right to left) and kept, so a
 * frame with hundreds of labels does not lay each one out again.
 */
public final class TextMetrics {

    private static final TextMetrics SHARED = new TextMetrics();
    private static final int LIMIT = 50_000;

    private final ConcurrentHashMap<String, Double> widths = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Font, double[]> lines = new ConcurrentHashMap<>();

    public static TextMetrics shared() {
        return SHARED;
    }

    public double width(String text, Font font) {
        String key = font.getFontName() + '\u0000' + font.getSize2D() + '\u0000' + text;
        Double w = widths.get(key);
        if (w == null) {
            if (widths.size() > LIMIT) {
                widths.clear();
            }
            w = FigureText.width(text, font);
            widths.put(key, w);
        }
        return w;
    }

    public double ascent(Font font) {
        return metrics(font)[0];
    }

    public double descent(Font font) {
        return metrics(font)[1];
    }

    private double[] metrics(Font font) {
        return lines.computeIfAbsent(font, f -> {
            var m = f.getLineMetrics("Hg", FigureText.FRC);
            return new double[] {m.getAscent(), m.getDescent()};
        });
    }
}
