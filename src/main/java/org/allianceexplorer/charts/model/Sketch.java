package org.allianceexplorer.charts.model;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.Ink;

/**
 * A chart body laid out once, as a list of marks in body coordinates (0,0 = top left of the body): the
 * same list measures the body's height, paints it on any target, and lets tests check every text box.
 * Colours are {@link Ink}s: a role of the {@link FigureStyle} (so both themes work) or data (party colours).
 */
final class Sketch {

    /** A mark of the body: where its bottom is (for the body's height), and how it paints. */
    sealed interface Mark permits Text, Rule, Boxed {
        double bottom();

        void paint(Graphics2D g, double ox, double oy, FigureStyle style);
    }

    /** A mark that fills a rectangle: its bottom is the rectangle's. */
    sealed interface Boxed extends Mark permits Box, Badge {
        Rectangle2D rect();

        @Override
        default double bottom() {
            return rect().getMaxY();
        }
    }

    /** A line of text with its baseline at {@code y}; {@code onFill} makes it black or white on that colour. */
    record Text(String text, Font font, double x, double y, Ink ink, Color onFill) implements Mark {
        Rectangle2D bounds() {
            return FigureText.bounds(text, font, x, y);
        }

        @Override
        public double bottom() {
            return bounds().getMaxY();
        }

        @Override
        public void paint(Graphics2D g, double ox, double oy, FigureStyle style) {
            g.setColor(onFill != null ? FigureStyle.textOn(onFill) : ink.resolve(style));
            FigureText.draw(g, text, font, ox + x, oy + y);
        }
    }

    /** A bar: filled (solid or hatched) and outlined, or only outlined ({@code fill == null}). */
    record Box(Rectangle2D rect, Ink fill, boolean hatched, Ink outline) implements Boxed {
        @Override
        public void paint(Graphics2D g, double ox, double oy, FigureStyle style) {
            Rectangle2D r =
                    new Rectangle2D.Double(ox + rect.getX(), oy + rect.getY(), rect.getWidth(), rect.getHeight());
            if (fill != null) {
                Color c = fill.resolve(style);
                if (hatched) {
                    FigureFrame.fillHatched(g, r, c, style.background());
                } else {
                    g.setColor(c);
                    g.fill(r);
                }
            }
            if (outline != null) {
                g.setColor(outline.resolve(style));
                g.setStroke(new BasicStroke(1f));
                g.draw(r);
            }
        }
    }

    /** A rule: solid or dashed. */
    record Rule(double x1, double y1, double x2, double y2, Ink ink, float width, boolean dashed) implements Mark {
        @Override
        public double bottom() {
            return Math.max(y1, y2);
        }

        @Override
        public void paint(Graphics2D g, double ox, double oy, FigureStyle style) {
            g.setColor(ink.resolve(style));
            g.setStroke(
                    dashed
                            ? new BasicStroke(
                                    width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                            : new BasicStroke(width));
            g.draw(new Line2D.Double(ox + x1, oy + y1, ox + x2, oy + y2));
        }
    }

    /** A badge: a small rounded box with a letter, e.g. an alliance mark. */
    record Badge(Rectangle2D rect, Color fill, String letter, Font font) implements Boxed {
        @Override
        public void paint(Graphics2D g, double ox, double oy, FigureStyle style) {
            RoundRectangle2D box = new RoundRectangle2D.Double(
                    ox + rect.getX(), oy + rect.getY(), rect.getWidth(), rect.getHeight(), 5, 5);
            g.setColor(fill);
            g.fill(box);
            g.setColor(style.foreground());
            g.setStroke(new BasicStroke(0.75f));
            g.draw(box);
            g.setColor(FigureStyle.textOn(fill));
            double baseline = oy + rect.getCenterY() + FigureText.ascent(font) / 2 - 1.5;
            FigureText.drawCentred(g, letter, font, ox + rect.getCenterX(), baseline);
        }
    }

    private final List<Mark> marks = new ArrayList<>();
    private double height;

    /** A body that only says {@code text} (muted, centred on {@code cx}, fitted to {@code width}): nothing to draw. */
    static Sketch notice(String text, double width, double cx) {
        Sketch s = new Sketch();
        Font label = ChartInk.regular(ChartInk.LABEL, "");
        s.textCentred(FigureText.fit(text, label, width), label, cx, 30, Ink.MUTED);
        s.extend(44);
        return s;
    }

    double height() {
        return height;
    }

    /** Grows the height to include {@code y}. */
    void extend(double y) {
        height = Math.max(height, y);
    }

    Text text(String text, Font font, double x, double y, Ink ink) {
        Text t = new Text(text, font, x, y, ink, null);
        add(t);
        return t;
    }

    Text textRight(String text, Font font, double right, double y, Ink ink) {
        return text(text, font, right - FigureText.width(text, font), y, ink);
    }

    Text textCentred(String text, Font font, double cx, double y, Ink ink) {
        return text(text, font, cx - FigureText.width(text, font) / 2, y, ink);
    }

    /** Text on a filled mark: black or white, whichever reads on {@code fill}. */
    Text textOn(String text, Font font, double x, double y, Color fill) {
        Text t = new Text(text, font, x, y, Ink.FOREGROUND, fill);
        add(t);
        return t;
    }

    void box(Rectangle2D r, Ink fill, boolean hatched, Ink outline) {
        add(new Box(r, fill, hatched, outline));
    }

    void rule(double x1, double y1, double x2, double y2, Ink ink, float width, boolean dashed) {
        add(new Rule(x1, y1, x2, y2, ink, width, dashed));
    }

    /** A rule painted under every other mark (grid lines, reference lines). */
    void underlay(double x1, double y1, double x2, double y2, Ink ink, float width, boolean dashed) {
        marks.add(0, new Rule(x1, y1, x2, y2, ink, width, dashed));
        extend(Math.max(y1, y2));
    }

    /** Text on a patch of background, so lines beneath it do not cross it. */
    Text haloText(String text, Font font, double x, double y, Ink ink) {
        Rectangle2D b = FigureText.bounds(text, font, x, y);
        box(
                new Rectangle2D.Double(b.getX() - 2, b.getY(), b.getWidth() + 4, b.getHeight()),
                Ink.BACKGROUND,
                false,
                null);
        return text(text, font, x, y, ink);
    }

    /**
     * {@code intro} and then {@code items}, wrapped beside it in at most three lines of muted {@code font}, from
     * {@code y} (the top of the first line); returns the bottom of the last.
     */
    double introduced(String intro, List<String> items, Font font, double width, double y) {
        double indent = FigureText.width(intro, font);
        List<String> lines = ChartInk.wrapItems(items, font, width - indent, 3);
        for (int i = 0; i < lines.size(); i++) {
            y += FigureText.ascent(font);
            if (i == 0) {
                text(intro, font, 0, y, Ink.MUTED);
            }
            text(lines.get(i), font, indent, y, Ink.MUTED);
            y += FigureText.lineHeight(font) - FigureText.ascent(font);
        }
        return y;
    }

    void badge(Rectangle2D r, Color fill, String letter, Font font) {
        add(new Badge(r, fill, letter, font));
    }

    private void add(Mark mark) {
        marks.add(mark);
        extend(mark.bottom());
    }

    /** Every text, in body coordinates (for tests and hit checks). */
    List<Text> texts() {
        return marks(Text.class);
    }

    /** Every rule (lines, reference lines), in body coordinates (for tests). */
    List<Rule> rules() {
        return marks(Rule.class);
    }

    private <M extends Mark> List<M> marks(Class<M> type) {
        return marks.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Paints the marks with the body's top left at (ox, oy). */
    void paint(Graphics2D g, double ox, double oy, FigureStyle style) {
        for (Mark m : marks) {
            m.paint(g, ox, oy, style);
        }
        g.setStroke(new BasicStroke(1f));
    }
}
