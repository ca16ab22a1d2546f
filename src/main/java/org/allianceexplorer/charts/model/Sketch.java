package org.allianceexplorer.charts;

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

/**
 * A chart body laid out once, as a list of marks in body coordinates (0,0 = top left of the body): the
 * same list measures the body's height, paints it on any target, and lets tests check every text box.
 * Colours are either a role of the {@link FigureStyle} (so both themes work) or data (party colours).
 */
final class Sketch {

    /** What colour a mark takes: a role of the style, or a fixed (data) colour. */
    enum Role { FOREGROUND, MUTED, GRID, ACCENT, BACKGROUND, SURFACE }

    /** A colour: a style role, or a data colour when {@code colour} is set. */
    record Ink(Role role, Color colour) {
        static final Ink FG = new Ink(Role.FOREGROUND, null);
        static final Ink MUTED = new Ink(Role.MUTED, null);
        static final Ink GRID = new Ink(Role.GRID, null);
        static final Ink ACCENT = new Ink(Role.ACCENT, null);
        static final Ink SURFACE = new Ink(Role.SURFACE, null);

        static Ink of(Color c) {
            return new Ink(null, c);
        }

        Color resolve(FigureStyle s) {
            if (colour != null) {
                return colour;
            }
            return switch (role) {
                case FOREGROUND -> s.foreground();
                case MUTED -> s.muted();
                case GRID -> s.grid();
                case ACCENT -> s.accent();
                case BACKGROUND -> s.background();
                case SURFACE -> s.surface();
            };
        }
    }

    /** A line of text with its baseline at {@code y}; {@code onFill} makes it black or white on that colour. */
    record Text(String text, Font font, double x, double y, Ink ink, Color onFill) {
        Rectangle2D bounds() {
            return FigureText.bounds(text, font, x, y);
        }
    }

    /** A bar: filled (solid or hatched) and outlined, or only outlined ({@code fill == null}). */
    record Box(Rectangle2D rect, Ink fill, boolean hatched, Ink outline) {
    }

    /** A rule: solid or dashed. */
    record Rule(double x1, double y1, double x2, double y2, Ink ink, float width, boolean dashed) {
    }

    /** A badge: a small rounded box with a letter, e.g. an alliance mark. */
    record Badge(Rectangle2D rect, Color fill, String letter, Font font) {
    }

    private final List<Object> marks = new ArrayList<>();
    private double height;

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
        Text t = new Text(text, font, x, y, Ink.FG, fill);
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
        box(new Rectangle2D.Double(b.getX() - 2, b.getY(), b.getWidth() + 4, b.getHeight()),
                new Ink(Role.BACKGROUND, null), false, null);
        return text(text, font, x, y, ink);
    }

    void badge(Rectangle2D r, Color fill, String letter, Font font) {
        add(new Badge(r, fill, letter, font));
    }

    private void add(Object mark) {
        marks.add(mark);
        if (mark instanceof Text t) {
            extend(t.bounds().getMaxY());
        } else if (mark instanceof Box b) {
            extend(b.rect().getMaxY());
        } else if (mark instanceof Rule r) {
            extend(Math.max(r.y1(), r.y2()));
        } else if (mark instanceof Badge b) {
            extend(b.rect().getMaxY());
        }
    }

    /** Every text, in body coordinates (for tests and hit checks). */
    List<Text> texts() {
        return marks.stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    /** Every rule (lines, reference lines), in body coordinates (for tests). */
    List<Rule> rules() {
        return marks.stream().filter(Rule.class::isInstance).map(Rule.class::cast).toList();
    }

    /** Paints the marks with the body's top left at (ox, oy). */
    void paint(Graphics2D g, double ox, double oy, FigureStyle style) {
        for (Object m : marks) {
            if (m instanceof Box b) {
                Rectangle2D r = new Rectangle2D.Double(ox + b.rect().getX(), oy + b.rect().getY(), b.rect().getWidth(),
                        b.rect().getHeight());
                if (b.fill() != null) {
                    Color c = b.fill().resolve(style);
                    if (b.hatched()) {
                        FigureFrame.fillHatched(g, r, c, style.background());
                    } else {
                        g.setColor(c);
                        g.fill(r);
                    }
                }
                if (b.outline() != null) {
                    g.setColor(b.outline().resolve(style));
                    g.setStroke(new BasicStroke(1f));
                    g.draw(r);
                }
            } else if (m instanceof Rule r) {
                g.setColor(r.ink().resolve(style));
                g.setStroke(r.dashed() ? new BasicStroke(r.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 4f}, 0f) : new BasicStroke(r.width()));
                g.draw(new Line2D.Double(ox + r.x1(), oy + r.y1(), ox + r.x2(), oy + r.y2()));
            } else if (m instanceof Badge b) {
                Rectangle2D r = b.rect();
                g.setColor(b.fill());
                g.fill(new RoundRectangle2D.Double(ox + r.getX(), oy + r.getY(), r.getWidth(), r.getHeight(), 5, 5));
                g.setColor(style.foreground());
                g.setStroke(new BasicStroke(0.75f));
                g.draw(new RoundRectangle2D.Double(ox + r.getX(), oy + r.getY(), r.getWidth(), r.getHeight(), 5, 5));
                g.setColor(FigureStyle.textOn(b.fill()));
                double baseline = oy + r.getCenterY() + FigureText.ascent(b.font()) / 2 - 1.5;
                FigureText.drawCentred(g, b.letter(), b.font(), ox + r.getCenterX(), baseline);
            } else if (m instanceof Text t) {
                g.setColor(t.onFill() != null ? FigureStyle.textOn(t.onFill()) : t.ink().resolve(style));
                FigureText.draw(g, t.text(), t.font(), ox + t.x(), oy + t.y());
            }
        }
        g.setStroke(new BasicStroke(1f));
    }
}
