package org.allianceexplorer.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measuring and drawing text the same way on every target. Measurement uses one fixed render context
 * (anti-aliased, fractional metrics), so layout does not depend on the device. Arabic-script text is laid
 * out right to left and shaped by {@link TextLayout}.
 */
public final class FigureText {

    /** The render context all layout is measured with. */
    public static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private FigureText() {}

    public static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (needsMix(text, font)) {
            return mixed(text, font).getAdvance();
        }
        return new TextLayout(text, font, FRC).getAdvance();
    }

    /**
     * True for Arabic-script text with characters its font lacks: the bundled Naskh face has no Latin
     * parentheses, so {@code جمعیت علماء اسلام (ف)} would show empty boxes.
     */
    static boolean needsMix(String text, Font font) {
        return FigureFonts.hasArabic(text) && font.canDisplayUpTo(text) != -1;
    }

    private static final Map<String, TextLayout> MIXED = new ConcurrentHashMap<>();

    /**
     * Such text as one {@link TextLayout} (shaped, right to left) with Naskh for the Arabic-script runs and
     * Noto Sans for the rest.
     */
    private static TextLayout mixed(String text, Font font) {
        if (MIXED.size() > 5000) {
            MIXED.clear();
        }
        float size = font.getSize2D();
        return MIXED.computeIfAbsent(size + "\u0000" + text, k -> {
            AttributedString as = new AttributedString(text);
            Font naskh = FigureFonts.forText("\u0627", size, false);
            Font sans = FigureFonts.regular(size);
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                boolean arabic = arabicRun(naskh, cp);
                int j = i + Character.charCount(cp);
                while (j < text.length()) {
                    int c2 = text.codePointAt(j);
                    if (arabicRun(naskh, c2) != arabic && !Character.isWhitespace(c2)) {
                        break;
                    }
                    j += Character.charCount(c2);
                }
                as.addAttribute(TextAttribute.FONT, arabic ? naskh : sans, i, j);
                i = j;
            }
            as.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
            return new TextLayout(as.getIterator(), FRC);
        });
    }

    private static boolean arabicRun(Font naskh, int cp) {
        return naskh.canDisplay(cp) && !Character.isWhitespace(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    /** Ascent + descent + leading of the font. */
    public static double lineHeight(Font font) {
        return font.getLineMetrics("Hg", FRC).getHeight();
    }

    public static double ascent(Font font) {
        return font.getLineMetrics("Hg", FRC).getAscent();
    }

    /** Draws a line of text with its baseline at {@code y}, starting at {@code x}. */
    public static void draw(Graphics2D g, String text, Font font, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (needsMix(text, font)) {
            mixed(text, font).draw(g, (float) x, (float) y);
            return;
        }
        g.setFont(font);
        g.drawString(text, (float) x, (float) y);
    }

    /** Draws text centred on {@code cx}. */
    public static void drawCentred(Graphics2D g, String text, Font font, double cx, double y) {
        draw(g, text, font, cx - width(text, font) / 2, y);
    }

    /** Draws text ending at {@code right}. */
    public static void drawRight(Graphics2D g, String text, Font font, double right, double y) {
        draw(g, text, font, right - width(text, font), y);
    }

    /** The bounds a line of text takes when drawn at (x, baseline y). */
    public static Rectangle2D bounds(String text, Font font, double x, double y) {
        double w = width(text, font);
        LineMetrics m = font.getLineMetrics(text == null || text.isEmpty() ? "Hg" : text, FRC);
        return new Rectangle2D.Double(x, y - m.getAscent(), w, m.getAscent() + m.getDescent());
    }

    /** Greedy word wrap to {@code maxWidth}; a word longer than the width is cut with an ellipsis. */
    public static List<String> wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else {
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(fit(word, font, maxWidth));
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, cut with an ellipsis if needed so it fits {@code maxWidth}. */
    public static String fit(String text, Font font, double maxWidth) {
        if (text == null || width(text, font) <= maxWidth) {
            return text;
        }
        String ell = "\u2026";
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid) + ell, font) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? ell : text.substring(0, lo) + ell;
    }

    /** Quality hints every target gets: anti-aliasing, fractional metrics, pure strokes. */
    public static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}
