package org.allianceexplorer.timeline.model;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.figure.CellGrid;
import org.allianceexplorer.figure.FigureText;

/**
 * Greedy label placement: each label, in order of importance, takes the first of its candidate spots where
 * it lies wholly inside the view and meets no label (or reserved box) placed before it; failing that, it is
 * shortened with an ellipsis to the room free at its first spot, or dropped. Collisions are tested against
 * a grid of buckets, so placing n labels costs about O(n).
 */
public final class LabelPlacer {

    /** Where a label may go: {@code x} is its left edge ({@link Align#LEFT}) or right edge, {@code baseline} its baseline. */
    public record Spot(double x, double baseline, Align align) {}

    public enum Align {
        LEFT,
        RIGHT
    }

    /** A placed label: its (possibly shortened) text, font, baseline origin and bounds. */
    public record Placed(String text, Font font, double x, double baseline, Rectangle2D bounds, Object owner) {}

    private static final double CELL = 64;

    private final Rectangle2D view;
    private final double pad;
    private final CellGrid<Rectangle2D> cells;
    private final List<Placed> placed = new ArrayList<>();
    private final TextMetrics metrics;

    public LabelPlacer(Rectangle2D view, double pad) {
        this(view, pad, TextMetrics.shared());
    }

    LabelPlacer(Rectangle2D view, double pad, TextMetrics metrics) {
        this.view = view;
        this.pad = pad;
        this.metrics = metrics;
        cells = new CellGrid<>(view, CELL);
    }

    public Rectangle2D view() {
        return view;
    }

    /** The labels placed so far, in order. */
    public List<Placed> placed() {
        return placed;
    }

    /** Reserves a box (a marker, a handle) that labels must not cover. */
    public void reserve(Rectangle2D r) {
        add(r);
    }

    /** True when {@code r} is inside the view and meets nothing placed or reserved. */
    public boolean free(Rectangle2D r) {
        if (r.getMinX() < view.getMinX()
                || r.getMaxX() > view.getMaxX()
                || r.getMinY() < view.getMinY()
                || r.getMaxY() > view.getMaxY()) {
            return false;
        }
        int c0 = cells.col(r.getMinX() - pad);
        int c1 = cells.col(r.getMaxX() + pad);
        int r0 = cells.row(r.getMinY());
        int r1 = cells.row(r.getMaxY());
        for (int rr = r0; rr <= r1; rr++) {
            for (int cc = c0; cc <= c1; cc++) {
                List<Rectangle2D> list = cells.at(rr, cc);
                if (list == null) {
                    continue;
                }
                for (Rectangle2D o : list) {
                    if (o.getMaxX() + pad > r.getMinX()
                            && o.getMinX() - pad < r.getMaxX()
                            && o.getMaxY() > r.getMinY()
                            && o.getMinY() < r.getMaxY()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Places a label: tries each text (longest first) at each spot, then the first text shortened to fit the
     * free room at the first spot (never shorter than {@code minChars} characters plus an ellipsis).
     *
     * @return the placed label, or {@code null} when it was dropped
     */
    public Placed place(List<String> texts, Font font, List<Spot> spots, int minChars, Object owner) {
        if (texts.isEmpty() || spots.isEmpty()) {
            return null;
        }
        double ascent = metrics.ascent(font);
        double descent = metrics.descent(font);
        for (String text : texts) {
            double w = metrics.width(text, font);
            for (Spot s : spots) {
                double left = s.align() == Align.LEFT ? s.x() : s.x() - w;
                Rectangle2D r = new Rectangle2D.Double(left, s.baseline() - ascent, w, ascent + descent);
                if (free(r)) {
                    return commit(text, font, left, s.baseline(), r, owner);
                }
            }
        }
        String text = texts.get(0);
        if (text.codePointCount(0, text.length()) <= minChars) {
            return null;
        }
        for (Spot s : spots) {
            double room = room(s, ascent, descent);
            double minWidth = metrics.width(text.substring(0, Math.min(text.length(), minChars)) + "\u2026", font);
            if (room < minWidth) {
                continue;
            }
            String cut = FigureText.fit(text, font, room);
            if (cut == null || cut.equals("\u2026") || cut.length() < minChars + 1) {
                continue;
            }
            double w = metrics.width(cut, font);
            double left = s.align() == Align.LEFT ? s.x() : s.x() - w;
            Rectangle2D r = new Rectangle2D.Double(left, s.baseline() - ascent, w, ascent + descent);
            if (free(r)) {
                return commit(cut, font, left, s.baseline(), r, owner);
            }
        }
        return null;
    }

    /** The free width from a spot to the nearest box or view edge in its direction, on its line. */
    private double room(Spot s, double ascent, double descent) {
        double top = s.baseline() - ascent;
        double bottom = s.baseline() + descent;
        if (top < view.getMinY() || bottom > view.getMaxY()) {
            return 0;
        }
        boolean right = s.align() == Align.LEFT;
        double limit = right ? view.getMaxX() : view.getMinX();
        if (right ? s.x() < view.getMinX() : s.x() > view.getMaxX()) {
            return 0;
        }
        int r0 = cells.row(top);
        int r1 = cells.row(bottom);
        int cFrom = right ? cells.col(s.x()) : 0;
        int cTo = right ? cells.cols() - 1 : cells.col(s.x());
        for (int rr = r0; rr <= r1; rr++) {
            for (int cc = cFrom; cc <= cTo; cc++) {
                List<Rectangle2D> list = cells.at(rr, cc);
                if (list == null) {
                    continue;
                }
                for (Rectangle2D o : list) {
                    if (o.getMaxY() <= top || o.getMinY() >= bottom) {
                        continue;
                    }
                    if (right && o.getMaxX() + pad > s.x()) {
                        if (o.getMinX() - pad <= s.x()) {
                            return 0;
                        }
                        limit = Math.min(limit, o.getMinX() - pad);
                    } else if (!right && o.getMinX() - pad < s.x()) {
                        if (o.getMaxX() + pad >= s.x()) {
                            return 0;
                        }
                        limit = Math.max(limit, o.getMaxX() + pad);
                    }
                }
            }
        }
        return Math.max(0, (right ? limit - s.x() : s.x() - limit) - 0.5);
    }

    /** Takes a box for a label whose spot the caller chose (after {@link #free}). */
    public Placed put(String text, Font font, double x, double baseline, Object owner) {
        double ascent = metrics.ascent(font);
        Rectangle2D r =
                new Rectangle2D.Double(x, baseline - ascent, metrics.width(text, font), ascent + metrics.descent(font));
        return commit(text, font, x, baseline, r, owner);
    }

    public double width(String text, Font font) {
        return metrics.width(text, font);
    }

    private Placed commit(String text, Font font, double x, double baseline, Rectangle2D r, Object owner) {
        add(r);
        Placed p = new Placed(text, font, x, baseline, r, owner);
        placed.add(p);
        return p;
    }

    private void add(Rectangle2D r) {
        cells.add(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY(), r);
    }
}
