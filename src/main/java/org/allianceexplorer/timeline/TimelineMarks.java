package org.allianceexplorer.timeline;

import static org.allianceexplorer.timeline.TimelineLayout.M;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.timeline.model.TimeAxis;
import org.allianceexplorer.timeline.model.TimelineItem;

/**
 * The timeline's marks, each drawn the same wherever it appears: a span's bar (solid, hatched where a date
 * is partial, dotted where an end is open), the claim markers (a shape per status), the event diamond, the
 * selection ring and the fold triangle; and the strokes they share with the painter.
 */
final class TimelineMarks {

    static final Stroke THIN = new BasicStroke(1f);
    static final Stroke HAIR = new BasicStroke(0.6f);
    static final Stroke MID = new BasicStroke(1.5f);
    static final Stroke THICK = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke CURSOR_STROKE = new BasicStroke(2f);
    static final Stroke DOTTED =
            new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.5f, 4f}, 0f);
    static final Stroke DASHED =
            new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    private TimelineMarks() {}

    /**
     * Draws a span: solid where its dates are known, hatched over the month or year a partial date may mean, a
     * dotted tail for no end date, a dotted lead for an unknown start. Returns the drawn bounds (clamped to
     * the axis), or {@code null} when nothing of it is in view.
     */
    static Rectangle2D span(
            Graphics2D g,
            TimeAxis axis,
            TimelinePalette pal,
            TimelineItem it,
            double y,
            double h,
            Color colour,
            long openEnd) {
        double left = axis.left();
        double right = axis.right();
        double startLo = it.start();
        double startHi = it.from() == null || it.from().precision() == PartialDate.Precision.DAY
                ? startLo
                : it.from().latest().toEpochDay() + 1;
        double endHi;
        double endLo;
        if (it.openEnd()) {
            endLo = Math.max(openEnd + 1, startHi);
            endHi = endLo;
        } else {
            endHi = it.to().latest().toEpochDay() + 1;
            endLo = it.to().precision() == PartialDate.Precision.DAY
                    ? endHi
                    : it.to().earliest().toEpochDay();
        }
        if (startHi > endLo) { // start and end periods overlap: all of it is uncertain
            startHi = endHi;
            endLo = endHi;
        }
        double xs = axis.x(startLo);
        double xe = axis.x(endHi);
        double tail = it.openEnd() ? 26 : 0;
        double lead = it.from() == null ? 26 : 0;
        if (xe + tail < left || xs - lead > right) {
            return null;
        }
        double xa = clamp(xs, left, right);
        double xb = clamp(axis.x(startHi), left, right);
        double xc = clamp(axis.x(endLo), left, right);
        double xd = clamp(xe, left, right);
        if (xc > xb) {
            g.setColor(colour);
            g.fill(new Rectangle2D.Double(xb, y, Math.max(xc - xb, 1), h));
        }
        if (xb > xa) {
            hatch(g, xa, y, xb - xa, h, colour);
        }
        if (xd > xc) {
            hatch(g, xc, y, xd - xc, h, colour);
        }
        if (xb - xa < 0.5 && xc - xb < 0.5 && xd - xc < 0.5 && xs >= left && xs <= right) {
            g.setColor(colour);
            g.fill(new Rectangle2D.Double(xs, y, 1.5, h));
        }
        // a fill too close to the background (a black bar on the dark theme) gets an outline, and so do its ends
        Color outline = pal.style.outlineFor(new Color(colour.getRGB()));
        Color ink = colour;
        if (outline != null) {
            ink = TimelinePalette.withAlpha(outline, colour.getAlpha());
            if (xd > xa) {
                g.setColor(ink);
                g.setStroke(THIN);
                g.draw(new Rectangle2D.Double(xa + 0.5, y + 0.5, Math.max(0, xd - xa - 1), Math.max(0, h - 1)));
            }
        }
        g.setStroke(DOTTED);
        g.setColor(ink);
        if (tail > 0 && xe < right) {
            double t1 = Math.min(right, xe + tail);
            g.draw(new Line2D.Double(xe + 3, y + h / 2, t1, y + h / 2));
        }
        if (lead > 0 && xs > left) {
            double l0 = Math.max(left, xs - lead);
            g.draw(new Line2D.Double(l0, y + h / 2, xs - 3, y + h / 2));
        }
        double bx0 = Math.min(xa, lead > 0 ? Math.max(left, xs - lead) : xa);
        double bx1 = tail > 0 ? Math.min(right, Math.max(xd, xe + tail)) : xd;
        return new Rectangle2D.Double(bx0, y, Math.max(1.5, bx1 - bx0), h);
    }

    /** Diagonal hatching with an outline: drawn as lines (vector in SVG and PDF, and on any canvas). */
    static void hatch(Graphics2D g, double x, double y, double w, double h, Color colour) {
        g.setColor(TimelinePalette.withAlpha(colour, Math.min(colour.getAlpha(), 60)));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(colour);
        g.setStroke(THIN);
        double step = 4;
        Path2D.Double p = new Path2D.Double();
        for (double c = x - h + (((x - h) % step) + step) % step * 0; c < x + w; c += step) {
            double t0 = Math.max(0, x - c);
            double t1 = Math.min(h, x + w - c);
            if (t0 < t1) {
                p.moveTo(c + t0, y + h - t0);
                p.lineTo(c + t1, y + h - t1);
            }
        }
        g.draw(p);
        g.draw(new Rectangle2D.Double(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1)));
    }

    /** The ring around the selected marker. */
    static void ring(Graphics2D g, Color accent, double x, double cy) {
        g.setColor(accent);
        g.setStroke(CURSOR_STROKE);
        g.draw(new Ellipse2D.Double(x - M - 4, cy - M - 4, 2 * M + 8, 2 * M + 8));
    }

    /** A claim marker: each status its own shape (and colour). */
    static void marker(Graphics2D g, ClaimStatus s, double x, double y, Color c) {
        g.setColor(c);
        switch (s) {
            case REPORTED -> g.fill(new Ellipse2D.Double(x - M, y - M, 2 * M, 2 * M));
            case CONFIRMED -> g.fill(new Rectangle2D.Double(x - M + 0.5, y - M + 0.5, 2 * M - 1, 2 * M - 1));
            case DENIED -> {
                g.setStroke(THICK);
                g.draw(new Line2D.Double(x - M + 1, y - M + 1, x + M - 1, y + M - 1));
                g.draw(new Line2D.Double(x - M + 1, y + M - 1, x + M - 1, y - M + 1));
            }
            case SWITCHED -> {
                g.setStroke(THICK);
                g.draw(new Line2D.Double(x - M, y, x + M - 3, y));
                Path2D head = new Path2D.Double();
                head.moveTo(x + M + 1, y);
                head.lineTo(x + M - 5, y - 4.5);
                head.lineTo(x + M - 5, y + 4.5);
                head.closePath();
                g.fill(head);
            }
            case COLLAPSED -> {
                Path2D t = new Path2D.Double();
                t.moveTo(x, y - M - 0.5);
                t.lineTo(x + M + 0.5, y + M - 0.5);
                t.lineTo(x - M - 0.5, y + M - 0.5);
                t.closePath();
                g.fill(t);
            }
        }
    }

    /** An event's marker. */
    static void diamond(Graphics2D g, double x, double y, Color c) {
        g.setColor(c);
        Path2D d = new Path2D.Double();
        d.moveTo(x, y - M - 1);
        d.lineTo(x + M + 1, y);
        d.lineTo(x, y + M + 1);
        d.lineTo(x - M - 1, y);
        d.closePath();
        g.fill(d);
    }

    /** A lane's fold triangle: pointing right when folded, down when open. */
    static void chevron(Graphics2D g, Color c, double cx, double cy, boolean collapsed) {
        Path2D p = new Path2D.Double();
        if (collapsed) {
            p.moveTo(cx - 2.5, cy - 4);
            p.lineTo(cx + 2.5, cy);
            p.lineTo(cx - 2.5, cy + 4);
        } else {
            p.moveTo(cx - 4, cy - 2.5);
            p.lineTo(cx + 4, cy - 2.5);
            p.lineTo(cx, cy + 2.5);
        }
        p.closePath();
        g.setColor(c);
        g.fill(p);
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
