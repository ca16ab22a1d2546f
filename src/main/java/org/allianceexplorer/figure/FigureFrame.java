package org.allianceexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints what every figure has around its body: title and subtitle, the as-of stamp (top right), the
 * legend (below the body, wrapped into rows) and the credits footer (wrapped). Layout is computed from
 * fixed font metrics, so the same figure lays out the same on screen and in every file.
 */
public final class FigureFrame {

    public static final double MARGIN = 16;
    private static final double GAP = 10;
    private static final float TITLE = 17f;
    private static final float SUBTITLE = 11.5f;
    private static final float STAMP = 11.5f;
    private static final float LEGEND = 11f;
    private static final float CREDITS = 9f;
    private static final double SWATCH = 14;

    /** Where the parts of a figure go, for painting and for hit-testing the body on screen. */
    public record Layout(
            double width,
            double height,
            Rectangle2D header,
            Rectangle2D body,
            Rectangle2D legend,
            Rectangle2D footer,
            List<String> titleLines,
            List<String> creditLines,
            List<List<LegendEntry>> legendRows) {}

    private FigureFrame() {}

    /** The height the whole figure takes at {@code width}, with the body at its wanted height. */
    public static double height(Figure f, double width) {
        return layout(f, width, -1).height();
    }

    /** The layout at this size; {@code height < 0} gives the body its wanted height. */
    public static Layout layout(Figure f, double width, double height) {
        FigureInfo info = f.info();
        double inner = width - 2 * MARGIN;
        Font titleFont = FigureFonts.bold(TITLE);
        Font stampFont = FigureFonts.bold(STAMP);
        double stampWidth = info.asOf() == null ? 0 : FigureText.width(info.asOf(), stampFont) + 16;
        List<String> titleLines = FigureText.wrap(info.title(), titleFont, Math.max(60, inner - stampWidth - GAP));
        double headerH = titleLines.size() * FigureText.lineHeight(titleFont);
        if (info.subtitle() != null && !info.subtitle().isBlank()) {
            headerH += FigureText.lineHeight(FigureFonts.regular(SUBTITLE))
                    * wrapAny(info.subtitle(), SUBTITLE, inner).size();
        }
        headerH = Math.max(headerH, info.asOf() == null ? 0 : FigureText.lineHeight(stampFont) + 8);

        List<List<LegendEntry>> rows = legendRows(info.legend(), inner);
        double legendH = rows.isEmpty() ? 0 : rows.size() * (FigureText.lineHeight(FigureFonts.regular(LEGEND)) + 4);

        List<String> credits = new ArrayList<>();
        Font creditFont = FigureFonts.regular(CREDITS);
        for (String c : info.credits()) {
            credits.addAll(wrapAny(c, CREDITS, inner));
        }
        double footerH = credits.size() * FigureText.lineHeight(creditFont);

        double fixed =
                MARGIN + headerH + GAP + (legendH > 0 ? GAP + legendH : 0) + (footerH > 0 ? GAP + footerH : 0) + MARGIN;
        double bodyH = height < 0 ? f.bodyHeight(inner) : Math.max(0, height - fixed);
        double total = height < 0 ? fixed + bodyH : height;

        double y = MARGIN;
        Rectangle2D header = new Rectangle2D.Double(MARGIN, y, inner, headerH);
        y += headerH + GAP;
        Rectangle2D body = new Rectangle2D.Double(MARGIN, y, inner, bodyH);
        y += bodyH;
        Rectangle2D legend = new Rectangle2D.Double(MARGIN, y + (legendH > 0 ? GAP : 0), inner, legendH);
        y += legendH > 0 ? GAP + legendH : 0;
        Rectangle2D footer = new Rectangle2D.Double(MARGIN, y + (footerH > 0 ? GAP : 0), inner, footerH);
        return new Layout(width, total, header, body, legend, footer, titleLines, credits, rows);
    }

    private static List<String> wrapAny(String text, float size, double width) {
        return FigureText.wrap(text, FigureFonts.forText(text, size, false), width);
    }

    private static List<List<LegendEntry>> legendRows(List<LegendEntry> entries, double width) {
        List<List<LegendEntry>> rows = new ArrayList<>();
        List<LegendEntry> row = new ArrayList<>();
        double x = 0;
        for (LegendEntry e : entries) {
            double w = SWATCH + 6 + FigureText.width(e.label(), FigureFonts.forText(e.label(), LEGEND, false)) + 18;
            if (x + w > width && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(e);
            x += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** Paints the whole figure, frame and body, in a box of {@code width} x {@code height}. */
    public static Layout paint(Graphics2D g, Figure f, double width, double height, FigureStyle style) {
        Layout l = layout(f, width, height);
        FigureText.hints(g);
        g.setColor(style.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        paintHeader(g, f.info(), l, style);
        Shape clip = g.getClip();
        g.clip(l.body());
        f.paintBody(g, l.body(), style);
        g.setClip(clip);
        paintLegend(g, l, style);
        paintFooter(g, l, style);
        return l;
    }

    private static void paintHeader(Graphics2D g, FigureInfo info, Layout l, FigureStyle style) {
        Font titleFont = FigureFonts.bold(TITLE);
        double y = l.header().getY() + FigureText.ascent(titleFont);
        g.setColor(style.foreground());
        for (String line : l.titleLines()) {
            FigureText.draw(g, line, titleFont, l.header().getX(), y);
            y += FigureText.lineHeight(titleFont);
        }
        if (info.subtitle() != null && !info.subtitle().isBlank()) {
            Font sub = FigureFonts.forText(info.subtitle(), SUBTITLE, false);
            g.setColor(style.muted());
            double sy = l.header().getY()
                    + l.titleLines().size() * FigureText.lineHeight(titleFont)
                    + FigureText.ascent(sub);
            for (String line : wrapAny(info.subtitle(), SUBTITLE, l.header().getWidth())) {
                FigureText.draw(g, line, sub, l.header().getX(), sy);
                sy += FigureText.lineHeight(sub);
            }
        }
        if (info.asOf() != null) {
            Font stamp = FigureFonts.bold(STAMP);
            double w = FigureText.width(info.asOf(), stamp) + 16;
            double h = FigureText.lineHeight(stamp) + 6;
            double x = l.header().getMaxX() - w;
            RoundRectangle2D box = new RoundRectangle2D.Double(x, l.header().getY(), w, h, 8, 8);
            g.setColor(style.accent());
            g.fill(box);
            g.setColor(style.accentText());
            FigureText.draw(g, info.asOf(), stamp, x + 8, l.header().getY() + 3 + FigureText.ascent(stamp));
        }
    }

    private static void paintLegend(Graphics2D g, Layout l, FigureStyle style) {
        double lh = FigureText.lineHeight(FigureFonts.regular(LEGEND)) + 4;
        List<Rectangle2D> keys = legendKeys(l);
        int k = 0;
        for (List<LegendEntry> row : l.legendRows()) {
            for (LegendEntry e : row) {
                Rectangle2D key = keys.get(k++);
                Font font = FigureFonts.forText(e.label(), LEGEND, false);
                swatch(g, e, key.getX(), key.getY(), style);
                g.setColor(style.foreground());
                double y = key.getY() - (lh - SWATCH) / 2;
                FigureText.draw(
                        g, e.label(), font, key.getX() + SWATCH + 6, y + (lh + FigureText.ascent(font)) / 2 - 2);
            }
        }
    }

    /** Where each legend key (its swatch, {@value #SWATCH} units square) is drawn, in the order of the entries. */
    public static List<Rectangle2D> legendKeys(Layout l) {
        List<Rectangle2D> out = new ArrayList<>();
        double lh = FigureText.lineHeight(FigureFonts.regular(LEGEND)) + 4;
        double y = l.legend().getY();
        for (List<LegendEntry> row : l.legendRows()) {
            double x = l.legend().getX();
            for (LegendEntry e : row) {
                out.add(new Rectangle2D.Double(x, y + (lh - SWATCH) / 2, SWATCH, SWATCH));
                x += SWATCH + 6 + FigureText.width(e.label(), FigureFonts.forText(e.label(), LEGEND, false)) + 18;
            }
            y += lh;
        }
        return out;
    }

    /** Draws a legend key at (x, y), {@value #SWATCH} units square. Also used by figures for in-chart keys. */
    public static void swatch(Graphics2D g, LegendEntry e, double x, double y, FigureStyle style) {
        double s = SWATCH;
        Color c = e.colour(style);
        g.setColor(c);
        double cy = y + s / 2;
        switch (e.swatch()) {
            case BOX -> g.fill(new Rectangle2D.Double(x, y + 2, s, s - 4));
            case OUTLINED_BOX -> {
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new Rectangle2D.Double(x + 0.75, y + 2.75, s - 1.5, s - 5.5));
            }
            case HATCHED_BOX -> {
                Rectangle2D box = new Rectangle2D.Double(x, y + 2, s, s - 4);
                fillHatched(g, box, c, style.background());
                g.setColor(c);
                g.draw(box);
            }
            case LINE -> line(g, x, cy, s, new BasicStroke(2.5f));
            case DASHED_LINE ->
                line(
                        g,
                        x,
                        cy,
                        s,
                        new BasicStroke(
                                2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
            case DOTTED_LINE ->
                line(
                        g,
                        x,
                        cy,
                        s,
                        new BasicStroke(
                                2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.5f, 4f}, 0f));
            case ARROW -> {
                line(g, x, cy, s - 4, new BasicStroke(2f));
                Path2D head = new Path2D.Double();
                head.moveTo(x + s, cy);
                head.lineTo(x + s - 6, cy - 4);
                head.lineTo(x + s - 6, cy + 4);
                head.closePath();
                g.fill(head);
            }
            case DOT -> g.fill(new Ellipse2D.Double(x + 2, y + 2, s - 4, s - 4));
            case DIAMOND -> {
                Path2D d = new Path2D.Double();
                d.moveTo(x + s / 2, y + 1);
                d.lineTo(x + s - 1, cy);
                d.lineTo(x + s / 2, y + s - 1);
                d.lineTo(x + 1, cy);
                d.closePath();
                g.fill(d);
            }
            case TRIANGLE -> {
                Path2D t = new Path2D.Double();
                t.moveTo(x + s / 2, y + 1);
                t.lineTo(x + s - 1, y + s - 2);
                t.lineTo(x + 1, y + s - 2);
                t.closePath();
                g.fill(t);
            }
            case SQUARE -> g.fill(new Rectangle2D.Double(x + 2, y + 2, s - 4, s - 4));
            case CROSS -> {
                g.setStroke(new BasicStroke(2.5f));
                g.draw(new Line2D.Double(x + 2, y + 2, x + s - 2, y + s - 2));
                g.draw(new Line2D.Double(x + 2, y + s - 2, x + s - 2, y + 2));
            }
            case RULE -> {
                g.setStroke(new BasicStroke(2f));
                g.draw(new Line2D.Double(x + s / 2, y, x + s / 2, y + s));
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void line(Graphics2D g, double x, double cy, double len, BasicStroke stroke) {
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x, cy, x + len, cy));
    }

    /**
     * Fills {@code shape} with diagonal lines of {@code colour} over {@code background}: a pattern, so meaning
     * survives greyscale print. Drawn as vector lines (not a texture), so SVG and PDF keep it sharp.
     */
    public static void fillHatched(Graphics2D g, Shape shape, Color colour, Color background) {
        Shape clip = g.getClip();
        Paint paint = g.getPaint();
        Stroke stroke = g.getStroke();
        g.setColor(background);
        g.fill(shape);
        g.clip(shape);
        Rectangle2D b = shape.getBounds2D();
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.2f));
        for (double d = -b.getHeight(); d < b.getWidth(); d += 5) {
            g.draw(new Line2D.Double(b.getX() + d, b.getMaxY(), b.getX() + d + b.getHeight(), b.getY()));
        }
        g.setClip(clip);
        g.setPaint(paint);
        g.setStroke(stroke);
    }

    private static void paintFooter(Graphics2D g, Layout l, FigureStyle style) {
        double y = l.footer().getY();
        g.setColor(style.muted());
        for (String line : l.creditLines()) {
            Font f = FigureFonts.forText(line, CREDITS, false);
            FigureText.draw(g, line, f, l.footer().getX(), y + FigureText.ascent(f));
            y += FigureText.lineHeight(f);
        }
    }
}
