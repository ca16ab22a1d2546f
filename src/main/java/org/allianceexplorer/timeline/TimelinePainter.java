// Over 600 lines: one paint of the timeline for screen and every export (axis, labels, lanes, bands, markers) that
// records what it drew where for hit-testing; the labels and the layout are already classes of their own.
package org.allianceexplorer.timeline;

import static org.allianceexplorer.timeline.TimelineLayout.AXIS_H;
import static org.allianceexplorer.timeline.TimelineLayout.HANDLE;
import static org.allianceexplorer.timeline.TimelineLayout.HEADER_H;
import static org.allianceexplorer.timeline.TimelineLayout.LABEL;
import static org.allianceexplorer.timeline.TimelineLayout.M;
import static org.allianceexplorer.timeline.TimelineLayout.MAJOR;
import static org.allianceexplorer.timeline.TimelineLayout.NAME_LINE_H;
import static org.allianceexplorer.timeline.TimelineLayout.RIGHT_PAD;
import static org.allianceexplorer.timeline.TimelineLayout.SMALL;
import static org.allianceexplorer.timeline.TimelineLayout.SWATCH_W;
import static org.allianceexplorer.timeline.TimelineLayout.TICK;
import static org.allianceexplorer.timeline.TimelineLayout.trackY;
import static org.allianceexplorer.timeline.TimelineMarks.CURSOR_STROKE;
import static org.allianceexplorer.timeline.TimelineMarks.DASHED;
import static org.allianceexplorer.timeline.TimelineMarks.DOTTED;
import static org.allianceexplorer.timeline.TimelineMarks.HAIR;
import static org.allianceexplorer.timeline.TimelineMarks.MID;
import static org.allianceexplorer.timeline.TimelineMarks.THIN;
import static org.allianceexplorer.timeline.TimelineMarks.clamp;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.timeline.TimelineFigure.Viewport;
import org.allianceexplorer.timeline.TimelineLabels.ClaimLabel;
import org.allianceexplorer.timeline.TimelineLabels.SpanLabel;
import org.allianceexplorer.timeline.model.DensityBins;
import org.allianceexplorer.timeline.model.LabelPlacer;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.TextMetrics;
import org.allianceexplorer.timeline.model.TimeAxis;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * One paint of the timeline in a {@link TimelineLayout}: a header (time axis, election names, the as-of
 * handle), a label column, and the lanes in the window. Asks the model's interval index only for what is in
 * view, draws at most one marker per pixel per track, and leaves the labels to {@link TimelineLabels}.
 * Afterwards it knows what it drew where: the {@link Hit}s, the texts, the axis and areas.
 */
final class TimelinePainter {

    private final TimelineModel model;
    private final Viewport vp;
    private final TimelineLayout geo;

    private final List<Hit> hits = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private TimeAxis axis;
    private double cursorX = Double.NaN;
    private Rectangle2D lanesArea;
    private Rectangle2D columnArea;
    private int drawnMarks;
    private List<LabelPlacer.Placed> placed = List.of();

    TimelinePainter(TimelineModel model, Viewport vp, TimelineLayout layout) {
        this.model = model;
        this.vp = vp;
        this.geo = layout;
    }

    /** What was drawn, with where, in paint order. */
    List<Hit> hits() {
        return hits;
    }

    List<String> labels() {
        return labels;
    }

    List<LabelPlacer.Placed> placed() {
        return placed;
    }

    TimeAxis axis() {
        return axis;
    }

    double cursorX() {
        return cursorX;
    }

    Rectangle2D lanesArea() {
        return lanesArea;
    }

    Rectangle2D columnArea() {
        return columnArea;
    }

    int drawnMarks() {
        return drawnMarks;
    }

    void paint(Graphics2D g, Rectangle2D area, FigureStyle style) {
        FigureText.hints(g);
        TimelinePalette pal = TimelinePalette.of(style);
        double colW = geo.colW;
        double tx0 = area.getX() + colW;
        double tx1 = area.getMaxX() - RIGHT_PAD;
        double top = area.getY();
        double lanesTop = top + HEADER_H;
        double lanesBottom = area.getMaxY();
        double offset = vp.forFile() ? 0 : Math.max(0, vp.scrollY());
        axis = new TimeAxis(vp.range(), tx0, tx1 - tx0, TICK, MAJOR);
        lanesArea = new Rectangle2D.Double(tx0, lanesTop, tx1 - tx0, Math.max(0, lanesBottom - lanesTop));
        columnArea = new Rectangle2D.Double(area.getX(), lanesTop, colW, Math.max(0, lanesBottom - lanesTop));

        g.setColor(style.background());
        g.fill(area);
        g.setColor(pal.stripe);
        g.fill(new Rectangle2D.Double(area.getX(), top, area.getWidth(), HEADER_H));

        LabelPlacer placer =
                new LabelPlacer(new Rectangle2D.Double(tx0, top, tx1 - tx0, Math.max(1, lanesBottom - top)), 3);
        placed = placer.placed();
        TimelineLabels names = new TimelineLabels(g, pal, placer, axis, hits, labels);
        long qFrom = (long) Math.floor(vp.range().from()) - 1;
        long qTo = (long) Math.ceil(vp.range().to()) + 1;
        long asOfDay = vp.asOf() == null ? Long.MAX_VALUE : vp.asOf().toEpochDay();
        List<TimeAxis.Tick> ticks = axis.ticks();

        // as-of handle first: it must always be visible
        Rectangle2D handle = asOfHandle(g, pal, placer, top, tx0, tx1, false);

        // lanes: stripes, grid, rules, items
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(area.getX(), lanesTop, area.getWidth(), Math.max(0, lanesBottom - lanesTop)));
        int first = geo.firstRowBelow(offset);
        int last = first - 1;
        for (int r = first; r < geo.rowLane.length; r++) {
            Lane lane = model.lanes().get(geo.rowLane[r]);
            double y = lanesTop + geo.rowY[r] - offset;
            if (y >= lanesBottom) {
                break;
            }
            last = r;
            if (lane.kind() == Lane.Kind.ALLIANCE || lane.kind() == Lane.Kind.GROUP) {
                g.setColor(pal.stripe);
                g.fill(new Rectangle2D.Double(area.getX(), y, area.getWidth(), geo.rowH[r]));
            }
            if (lane.depth() == 0) {
                g.setColor(style.grid());
                g.setStroke(HAIR);
                g.draw(new Line2D.Double(area.getX(), y, area.getMaxX(), y));
            }
        }
        g.setStroke(HAIR);
        g.setColor(TimelinePalette.withAlpha(style.grid(), 170));
        for (TimeAxis.Tick t : ticks) {
            if (t.x() >= tx0 && t.x() <= tx1) {
                g.draw(new Line2D.Double(t.x(), lanesTop, t.x(), lanesBottom));
            }
        }
        // election rules behind everything else: every label drawn later sits on a halo, so no rule crosses text
        List<Election> shownElections = new ArrayList<>();
        g.setStroke(DASHED);
        g.setColor(pal.rule);
        for (Election e : model.elections()) {
            double x = axis.x(e.pollingDay().earliest().toEpochDay() + 0.5);
            if (x >= tx0 && x <= tx1) {
                g.draw(new Line2D.Double(x, top + AXIS_H, x, lanesBottom));
                shownElections.add(e);
            }
        }

        List<TimelineItem> buffer = new ArrayList<>();
        List<SpanLabel> spanLabels = new ArrayList<>();
        List<ClaimLabel> claimLabels = new ArrayList<>();
        double eventsY = Double.NaN;
        long openEnd = model.extentEnd().toEpochDay();
        for (int r = first; r <= last; r++) {
            int i = geo.rowLane[r];
            Lane lane = model.lanes().get(i);
            double y = lanesTop + geo.rowY[r] - offset;
            buffer.clear();
            model.query(i, qFrom, qTo, buffer::add);
            switch (lane.kind()) {
                case ALLIANCE, MEMBER, PARTY ->
                    drawSpans(g, pal, lane, y, buffer, openEnd, asOfDay, lanesTop, spanLabels);
                case SEAT -> drawClaims(g, pal, lane, y, buffer, asOfDay, placer, lanesTop, claimLabels);
                case DENSITY -> drawDensity(g, pal, lane, y, model.items(i), asOfDay);
                case EVENTS -> {
                    drawEvents(g, pal, y, buffer, asOfDay, placer);
                    eventsY = y;
                }
                default -> {}
            }
        }

        // as-of cursor over the items (and under the labels' halos)
        if (vp.asOf() != null) {
            double x = axis.x(vp.asOf().toEpochDay() + 1);
            if (x >= tx0 - 0.5 && x <= tx1 + 0.5) {
                cursorX = x;
                g.setStroke(CURSOR_STROKE);
                g.setColor(style.accent());
                g.draw(new Line2D.Double(x, lanesTop, x, lanesBottom));
                hits.add(new Hit.AsOf(new Rectangle2D.Double(x - 4, lanesTop, 8, Math.max(0, lanesBottom - lanesTop))));
            }
        }

        // labels, most important first (election names sit in the header band, outside this clip)
        names.placeElections(shownElections, top, LABEL);
        if (!Double.isNaN(eventsY) && eventsY + TimelineModel.EVENT_ROW_H / 2 - 7 >= lanesTop) {
            names.events(eventsY, area.getX(), asOfDay, geo.eventLabels);
        }
        for (SpanLabel s : spanLabels) {
            names.span(s);
        }
        for (ClaimLabel c : claimLabels) {
            names.claim(c, asOfDay);
        }
        g.setClip(clip);

        // label column
        g.setColor(style.background());
        g.fill(new Rectangle2D.Double(area.getX(), lanesTop, colW - 6, Math.max(0, lanesBottom - lanesTop)));
        g.clip(new Rectangle2D.Double(area.getX(), lanesTop, colW, Math.max(0, lanesBottom - lanesTop)));
        for (int r = first; r <= last; r++) {
            Lane lane = model.lanes().get(geo.rowLane[r]);
            double y = lanesTop + geo.rowY[r] - offset;
            if (lane.kind() == Lane.Kind.ALLIANCE || lane.kind() == Lane.Kind.GROUP) {
                g.setColor(pal.stripe);
                g.fill(new Rectangle2D.Double(area.getX(), y, colW - 6, geo.rowH[r]));
            }
            laneLabel(g, pal, r, lane, area.getX(), y, colW - 10, lanesTop);
        }
        g.setClip(clip);
        g.setColor(style.grid());
        g.setStroke(THIN);
        g.draw(new Line2D.Double(tx0 - 0.5, top, tx0 - 0.5, lanesBottom));
        g.draw(new Line2D.Double(area.getX(), lanesTop, area.getMaxX(), lanesTop));

        // axis
        paintAxis(g, pal, ticks, top, tx0, tx1);
        names.drawElections(shownElections, top);
        if (handle != null) {
            asOfHandle(g, pal, null, top, tx0, tx1, true);
        }
        if (!vp.forFile()) {
            paintCorner(g, style, area.getX(), top, colW);
        }
    }

    /**
     * The screen's top-left corner: the scale, the number of items and the keys to hatching and open ends
     * (the folded legend may hide them). Not in files: their legend has the keys, and the rest is about the screen.
     */
    private void paintCorner(Graphics2D g, FigureStyle style, double x, double top, double colW) {
        g.setColor(style.muted());
        String scale = "Scale: " + unitName(axis.unit());
        Font sf = SMALL;
        g.setFont(sf);
        FigureText.draw(g, FigureText.fit(scale, sf, colW - 16), sf, x + 8, top + 15);
        String count = model.itemCount() + " items";
        FigureText.draw(g, FigureText.fit(count, sf, colW - 16), sf, x + 8, top + 28);
        TimelineMarks.hatch(g, x + 8, top + 38, 22, 8, style.muted());
        g.setColor(style.muted());
        FigureText.draw(g, FigureText.fit("month or year only", sf, colW - 46), sf, x + 36, top + 45.5);
        g.setStroke(DOTTED);
        g.draw(new Line2D.Double(x + 9, top + 58, x + 29, top + 58));
        FigureText.draw(g, FigureText.fit("no end date", sf, colW - 46), sf, x + 36, top + 61.5);
    }

    private static String unitName(TimeAxis.Unit u) {
        return switch (u) {
            case DAY -> "days";
            case WEEK -> "weeks";
            case MONTH -> "months";
            case QUARTER -> "quarters";
            case YEAR -> "years";
            case YEARS_2 -> "2 years";
            case YEARS_5 -> "5 years";
            case DECADE -> "decades";
            case YEARS_20 -> "20 years";
            case YEARS_50 -> "50 years";
        };
    }

    private void paintAxis(
            Graphics2D g, TimelinePalette pal, List<TimeAxis.Tick> ticks, double top, double tx0, double tx1) {
        FigureStyle style = pal.style;
        g.setStroke(THIN);
        for (TimeAxis.Tick t : ticks) {
            if (t.x() >= tx0 && t.x() <= tx1) {
                g.setColor(style.grid());
                g.draw(new Line2D.Double(t.x(), top + 2, t.x(), top + 18));
            }
            if (t.label() != null) {
                g.setColor(style.foreground());
                FigureText.draw(g, t.label(), TICK, t.labelX(), top + 14);
                labels.add(t.label());
            }
        }
        for (TimeAxis.Tick t : axis.majorTicks()) {
            if (t.x() >= tx0 && t.x() <= tx1) {
                g.setColor(style.muted());
                g.draw(new Line2D.Double(t.x(), top + 18, t.x(), top + AXIS_H - 2));
            }
            if (t.label() != null) {
                g.setColor(style.foreground());
                FigureText.draw(g, t.label(), MAJOR, t.labelX(), top + 32);
                labels.add(t.label());
            }
        }
        g.setColor(style.grid());
        g.draw(new Line2D.Double(tx0, top + AXIS_H, tx1 + RIGHT_PAD, top + AXIS_H));
    }

    /** Reserves (paint = false) or paints the as-of handle; returns its box, or {@code null}. */
    private Rectangle2D asOfHandle(
            Graphics2D g, TimelinePalette pal, LabelPlacer placer, double top, double tx0, double tx1, boolean paint) {
        String text = vp.asOf() == null
                ? "Latest"
                : "As of " + PartialDate.of(vp.asOf()).display();
        double w = TextMetrics.shared().width(text, HANDLE) + 12;
        double h = 15;
        double x;
        if (vp.asOf() == null) {
            x = tx1 - w;
        } else {
            double cx = axis.x(vp.asOf().toEpochDay() + 1);
            if (cx < tx0 - 0.5 || cx > tx1 + 0.5) {
                return null;
            }
            x = Math.max(tx0, Math.min(tx1 - w, cx - w / 2));
        }
        double y = top + HEADER_H - h - 2;
        Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
        if (!paint) {
            placer.reserve(new Rectangle2D.Double(x - 2, y - 1, w + 4, h + 2));
            return box;
        }
        g.setColor(pal.style.accent());
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 7, 7));
        g.setColor(pal.style.accentText());
        FigureText.draw(g, text, HANDLE, x + 6, y + 11);
        labels.add(text);
        if (vp.asOf() != null) {
            double cx = axis.x(vp.asOf().toEpochDay() + 1);
            g.setColor(pal.style.accent());
            g.setStroke(CURSOR_STROKE);
            g.draw(new Line2D.Double(cx, y + h, cx, top + HEADER_H));
        }
        hits.add(new Hit.AsOf(box));
        return box;
    }

    // ------------------------------------------------------------------ lanes

    private void drawSpans(
            Graphics2D g,
            TimelinePalette pal,
            Lane lane,
            double y,
            List<TimelineItem> items,
            long openEnd,
            long asOfDay,
            double lanesTop,
            List<SpanLabel> spanLabels) {
        boolean alliance = lane.kind() == Lane.Kind.ALLIANCE;
        double lastX = Double.NEGATIVE_INFINITY;
        int lastTrack = -1;
        for (TimelineItem it : items) {
            double by = alliance ? y + 5 : y + TimelineModel.PAD / 2 + it.track() * TimelineModel.TRACK_H + 3;
            double bh = alliance ? 14 : TimelineModel.TRACK_H - 6;
            Color base = alliance ? pal.span : pal.party(it.colour());
            if (it.start() > asOfDay) {
                base = TimelinePalette.faded(base);
            }
            double x0 = axis.x(it.start());
            if (x0 - lastX < 0.5 && it.track() == lastTrack && !alliance) {
                continue; // a sliver in the same pixel: one is enough
            }
            Rectangle2D bounds = TimelineMarks.span(g, axis, pal, it, by, bh, base, openEnd);
            if (bounds == null) {
                continue;
            }
            lastX = x0;
            lastTrack = it.track();
            drawnMarks++;
            if (it.ref() != null && it.ref().equals(vp.selected())) {
                g.setColor(pal.style.accent());
                g.setStroke(CURSOR_STROKE);
                g.draw(new Rectangle2D.Double(bounds.getX() - 2, by - 2, bounds.getWidth() + 4, bh + 4));
            }
            hits.add(new Hit.Item(
                    new Rectangle2D.Double(bounds.getX(), by - 1, Math.max(3, bounds.getWidth()), bh + 2), it));
            if (!alliance && lane.kind() == Lane.Kind.MEMBER) {
                continue; // the party is named in the label column
            }
            if (by - 2 >= lanesTop) {
                spanLabels.add(new SpanLabel(it, bounds, by, bh, base, alliance ? pal.stripe : pal.style.background()));
            }
        }
    }

    /**
     * A density band: the lane's claims summed into bars of a day, week, month or year as the zoom allows
     * ({@link DensityBins}), each as tall as its share of the lane's busiest bar (over the whole lane, so that a bar
     * keeps its height while panning), its count above it where there is room; past the as-of date faded, as
     * claims are. Each bar's tooltip says what it counts.
     */
    private void drawDensity(
            Graphics2D g, TimelinePalette pal, Lane lane, double y, List<TimelineItem> all, long asOfDay) {
        FigureStyle style = pal.style;
        DensityBins.Unit unit = DensityBins.unit(axis.pixelsPerDay());
        List<TimelineItem> items = DensityBins.bars(all, unit, lane.label());
        long densest = 1;
        for (TimelineItem it : items) {
            densest = Math.max(densest, it.count());
        }
        double base = y + TimelineModel.DENSITY_H - TimelineModel.PAD;
        double room = TimelineModel.DENSITY_H - 2 * TimelineModel.PAD - 11;
        g.setStroke(MID);
        g.setColor(style.grid());
        g.draw(new Line2D.Double(axis.left(), base, axis.right(), base));
        Color bar = FigureStyle.blend(style.accent(), style.background(), 0.75);
        for (TimelineItem it : items) {
            if (it.end() < vp.range().from() - 1 || it.start() > vp.range().to() + 1) {
                continue;
            }
            double x0 = Math.max(axis.left(), axis.x(it.start()));
            double x1 = Math.min(axis.right(), axis.x(it.end() + 1));
            if (x1 <= x0) {
                continue;
            }
            // a gap of a pixel between neighbours where they are wide enough to have one
            double w = Math.max(1, x1 - x0 - (x1 - x0 >= 4 ? 1 : 0));
            double h = Math.max(1.5, room * it.count() / (double) densest);
            Rectangle2D box = new Rectangle2D.Double(x0, base - h, w, h);
            g.setColor(it.start() > asOfDay ? TimelinePalette.faded(bar) : bar);
            g.fill(box);
            hits.add(new Hit.Item(new Rectangle2D.Double(x0, y, w, TimelineModel.DENSITY_H), it));
            double tw = TextMetrics.shared().width(it.label(), SMALL);
            if (tw + 4 <= w) {
                // on a halo, as every label: the election rules drawn before pass behind the count
                double tx = x0 + (w - tw) / 2;
                double ty = base - h - 2.5;
                Rectangle2D b = FigureText.bounds(it.label(), SMALL, tx, ty);
                g.setColor(style.background());
                g.fill(new Rectangle2D.Double(b.getX() - 1.5, b.getY(), b.getWidth() + 3, b.getHeight()));
                g.setColor(style.muted());
                FigureText.draw(g, it.label(), SMALL, tx, ty);
                labels.add(it.label());
            }
        }
    }

    private void drawClaims(
            Graphics2D g,
            TimelinePalette pal,
            Lane lane,
            double y,
            List<TimelineItem> items,
            long asOfDay,
            LabelPlacer placer,
            double lanesTop,
            List<ClaimLabel> claimLabels) {
        int tracks = lane.tracks();
        double[] minX = new double[tracks];
        double[] maxX = new double[tracks];
        Arrays.fill(minX, Double.POSITIVE_INFINITY);
        Arrays.fill(maxX, Double.NEGATIVE_INFINITY);
        for (TimelineItem it : items) {
            double x = pointX(it);
            minX[it.track()] = Math.min(minX[it.track()], x);
            maxX[it.track()] = Math.max(maxX[it.track()], x);
        }
        g.setStroke(MID);
        g.setColor(pal.style.grid());
        for (int t = 0; t < tracks; t++) {
            if (maxX[t] > minX[t]) {
                double cy = trackY(y, t);
                g.draw(new Line2D.Double(
                        clamp(minX[t], axis.left(), axis.right()), cy, clamp(maxX[t], axis.left(), axis.right()), cy));
            }
        }
        boolean withLabels = axis.pixelsPerDay() >= 1.5 && items.size() < 400;
        double[] lastX = new double[tracks];
        Arrays.fill(lastX, Double.NEGATIVE_INFINITY);
        ClaimStatus[] lastStatus = new ClaimStatus[tracks];
        for (TimelineItem it : items) {
            double x = pointX(it);
            if (x < axis.left() - M || x > axis.right() + M) {
                continue;
            }
            int t = it.track();
            if (Math.abs(x - lastX[t]) < 1 && lastStatus[t] == it.status()) {
                continue;
            }
            lastX[t] = x;
            lastStatus[t] = it.status();
            double cy = trackY(y, t);
            Color c = pal.status(it.status());
            if (it.start() > asOfDay) {
                c = TimelinePalette.faded(c);
            }
            partialDate(g, it, cy, c);
            TimelineMarks.marker(g, it.status(), x, cy, c);
            Rectangle2D box = pointDrawn(g, pal, it, x, cy, 1);
            if (withLabels) {
                placer.reserve(box);
                if (cy - 7 >= lanesTop) {
                    claimLabels.add(new ClaimLabel(it, x, cy));
                }
            }
        }
    }

    private void drawEvents(
            Graphics2D g, TimelinePalette pal, double y, List<TimelineItem> items, long asOfDay, LabelPlacer placer) {
        double cy = y + TimelineModel.EVENT_ROW_H / 2;
        double lastX = Double.NEGATIVE_INFINITY;
        boolean withLabels = items.size() < TimelineLayout.EVENT_LABEL_LIMIT;
        for (TimelineItem it : items) {
            double x = pointX(it);
            if (x < axis.left() - M || x > axis.right() + M) {
                continue;
            }
            if (Math.abs(x - lastX) < 1) {
                continue; // one marker per pixel; the title still gets its label (and a leader to that marker)
            }
            lastX = x;
            Color c = it.start() > asOfDay ? TimelinePalette.faded(pal.style.foreground()) : pal.style.foreground();
            partialDate(g, it, cy, pal.style.muted());
            TimelineMarks.diamond(g, x, cy, c);
            Rectangle2D box = pointDrawn(g, pal, it, x, cy, 2);
            if (withLabels) {
                placer.reserve(box);
            }
        }
    }

    /** A point's marker drawn at (x, cy): counted, ringed when selected, a target {@code pad} beyond it; its box. */
    private Rectangle2D pointDrawn(
            Graphics2D g, TimelinePalette pal, TimelineItem it, double x, double cy, double pad) {
        drawnMarks++;
        Rectangle2D box = new Rectangle2D.Double(x - M - pad, cy - M - pad, 2 * M + 2 * pad, 2 * M + 2 * pad);
        if (it.ref() != null && it.ref().equals(vp.selected())) {
            TimelineMarks.ring(g, pal.style.accent(), x, cy);
        }
        hits.add(new Hit.Item(box, it));
        return box;
    }

    /** Under a point dated only to a month or year: the span that date may mean, hatched. */
    private void partialDate(Graphics2D g, TimelineItem it, double cy, Color colour) {
        if (it.from() != null && it.from().precision() != PartialDate.Precision.DAY) {
            double a = clamp(axis.x(it.start()), axis.left(), axis.right());
            double b = clamp(axis.x(it.end() + 1), axis.left(), axis.right());
            if (b - a > 2) {
                TimelineMarks.hatch(g, a, cy - 3, b - a, 6, colour);
            }
        }
    }

    private double pointX(TimelineItem it) {
        return TimelineLayout.pointX(axis, it);
    }

    // ------------------------------------------------------------------ label column

    private void laneLabel(
            Graphics2D g, TimelinePalette pal, int row, Lane lane, double x0, double y, double w, double lanesTop) {
        FigureStyle style = pal.style;
        double indent = 8 + lane.depth() * 14;
        double x = x0 + indent;
        double first = y
                + (lane.kind() == Lane.Kind.ALLIANCE
                        ? 16
                        : lane.kind() == Lane.Kind.GROUP
                                ? 15
                                : lane.kind() == Lane.Kind.EVENTS
                                        ? 16
                                        : TimelineModel.PAD / 2 + TimelineModel.TRACK_H / 2 + 4);
        if (first < lanesTop + 8) {
            return;
        }
        if (lane.collapsible() && !vp.forFile()) {
            TimelineMarks.chevron(g, style.muted(), x + 4, first - 4, lane.collapsed());
            x += 13;
        }
        Font f = TimelineLayout.laneFont(lane);
        if (TimelineLayout.hasSwatch(lane)) {
            Color c = pal.party(lane.colour());
            Rectangle2D box = new Rectangle2D.Double(x, first - 8.5, 8, 8);
            g.setColor(c);
            g.fill(box);
            Color outline = style.outlineFor(c);
            if (outline != null) {
                g.setColor(outline);
                g.setStroke(THIN);
                g.draw(new Rectangle2D.Double(box.getX() + 0.5, box.getY() + 0.5, 7, 7));
            }
            x += SWATCH_W;
        }
        List<String> name = geo.names.get(row);
        g.setColor(style.foreground());
        for (int i = 0; i < name.size(); i++) {
            FigureText.draw(g, name.get(i), f, x, first + i * NAME_LINE_H);
            labels.add(name.get(i));
        }
        hits.add(new Hit.LaneName(
                new Rectangle2D.Double(x0, y, w, Math.min(geo.rowH[row], 20 + (name.size() - 1) * NAME_LINE_H)), lane));
        if (geo.natives && TimelineLayout.hasNative(lane)) {
            Font nf = TimelineLayout.nativeFont(lane.nativeLabel());
            double nw = TextMetrics.shared().width(lane.nativeLabel(), nf);
            g.setColor(style.muted());
            FigureText.draw(g, lane.nativeLabel(), nf, x0 + w - nw, first + 1);
            labels.add(lane.nativeLabel());
        }
        if (lane.kind() == Lane.Kind.DENSITY && !lane.trackLabels().isEmpty()) {
            String s = FigureText.fit(lane.trackLabels().get(0), SMALL, w - indent);
            if (s != null) {
                g.setColor(style.muted());
                FigureText.draw(g, s, SMALL, x0 + indent, first + NAME_LINE_H);
                labels.add(s);
            }
        }
        if (lane.kind() == Lane.Kind.SEAT) {
            double dx = x0 + indent + geo.seatCodeW;
            for (int t = 0; t < lane.trackLabels().size(); t++) {
                String s = FigureText.fit(lane.trackLabels().get(t), SMALL, x0 + w - dx);
                double by = trackY(y, t) + 3.5;
                if (s != null && by - 8 >= lanesTop) {
                    g.setColor(style.foreground());
                    FigureText.draw(g, s, SMALL, dx, by);
                    labels.add(s);
                }
            }
        }
    }
}
