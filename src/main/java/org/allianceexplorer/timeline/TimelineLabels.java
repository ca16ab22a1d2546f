package org.allianceexplorer.timeline;

import static org.allianceexplorer.timeline.TimelineLayout.AXIS_H;
import static org.allianceexplorer.timeline.TimelineLayout.BAND_H;
import static org.allianceexplorer.timeline.TimelineLayout.M;
import static org.allianceexplorer.timeline.TimelineLayout.SMALL;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.timeline.TimelineLayout.EventLabel;
import org.allianceexplorer.timeline.model.LabelPlacer;
import org.allianceexplorer.timeline.model.TimeAxis;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * The labels of one paint, placed greedily (most important first) so that none overlaps another nor leaves
 * the chart, each drawn on a halo of what lies behind it so that rules, the as-of cursor and leaders pass
 * behind text: election names in the header band, event titles under their markers, names of bars, and a
 * claim's status and date beside its marker. Records what it drew for hit-testing and tests.
 */
final class TimelineLabels {

    /** A bar's label to place: the item, the bar as drawn, its fill and what lies behind the lane (for a halo). */
    record SpanLabel(TimelineItem item, Rectangle2D bar, double y, double h, Color fill, Color ground) {}

    /** A claim marker's label to place. */
    record ClaimLabel(TimelineItem item, double x, double y) {}

    private final Graphics2D g;
    private final TimelinePalette pal;
    private final LabelPlacer placer;
    private final TimeAxis axis;
    private final List<Hit> hits;
    private final List<String> labels;
    private final Map<Election, LabelPlacer.Placed> electionLabels = new HashMap<>();

    /** @param hits and {@code labels}: where what is drawn is recorded */
    TimelineLabels(
            Graphics2D g, TimelinePalette pal, LabelPlacer placer, TimeAxis axis, List<Hit> hits, List<String> labels) {
        this.g = g;
        this.pal = pal;
        this.placer = placer;
        this.axis = axis;
        this.hits = hits;
        this.labels = labels;
    }

    /** Places election names in the two rows of the header band (drawn later by {@link #drawElections}). */
    void placeElections(List<Election> shown, double top, Font f) {
        electionLabels.clear();
        for (boolean shorten : new boolean[] {false, true}) {
            for (Election e : shown) {
                if (electionLabels.containsKey(e)) {
                    continue;
                }
                double x = axis.x(e.pollingDay().earliest().toEpochDay() + 0.5);
                List<String> texts = List.of(
                        e.name() + ", " + e.pollingDay().display(),
                        e.name(),
                        "Election " + e.pollingDay().display(),
                        "Polls " + e.pollingDay().year());
                List<LabelPlacer.Spot> spots = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    double base = top + AXIS_H + 12 + r * 15;
                    spots.add(new LabelPlacer.Spot(x + 4, base, LabelPlacer.Align.LEFT));
                    spots.add(new LabelPlacer.Spot(x - 4, base, LabelPlacer.Align.RIGHT));
                }
                LabelPlacer.Placed p = placer.place(texts, f, spots, shorten ? 5 : Integer.MAX_VALUE, e);
                if (p != null) {
                    electionLabels.put(e, p);
                }
            }
        }
    }

    /** Draws the election names placed, and makes each election's rule in the header band a target. */
    void drawElections(List<Election> shown, double top) {
        for (Election e : shown) {
            LabelPlacer.Placed p = electionLabels.get(e);
            if (p != null) {
                draw(p, pal.style.foreground(), pal.stripe);
                hits.add(new Hit.PollingDay(p.bounds(), e));
            }
            double x = axis.x(e.pollingDay().earliest().toEpochDay() + 0.5);
            hits.add(new Hit.PollingDay(new Rectangle2D.Double(x - 3, top + AXIS_H, 6, BAND_H), e));
        }
    }

    /**
     * Draws the event titles laid out before painting ({@link TimelineLayout}) in rows under the markers, each
     * with a thin leader line from its marker; leaders first, then every title on a halo of the background, so
     * a leader (or a rule) that passes behind a title does not cross its text.
     */
    void events(double laneY, double dx, long asOfDay, List<EventLabel> layout) {
        List<EventLabel> done = new ArrayList<>(layout.size());
        for (EventLabel e : layout) {
            LabelPlacer.Placed p = e.placed();
            done.add(new EventLabel(
                    e.item(), placer.put(p.text(), p.font(), p.x() + dx, p.baseline() + laneY, e.item())));
        }
        double cy = laneY + TimelineModel.EVENT_ROW_H / 2;
        g.setStroke(TimelineMarks.HAIR);
        g.setColor(pal.leader);
        for (EventLabel e : done) {
            double x = TimelineLayout.pointX(axis, e.item());
            g.draw(new Line2D.Double(x, cy + M + 2, x, e.placed().bounds().getMinY() + 1));
        }
        for (EventLabel e : done) {
            draw(e.placed(), faded(pal.style.foreground(), e.item(), asOfDay), pal.style.background());
            hits.add(new Hit.Item(e.placed().bounds(), e.item()));
        }
    }

    /**
     * A bar's label: inside the bar when it fits there, else beside it; a name longer than the room beside its
     * bar is laid across the bar's end on a halo rather than cut; shortened inside the bar only when there is
     * no room for it whole anywhere in its row.
     */
    void span(SpanLabel s) {
        TimelineItem it = s.item();
        Rectangle2D b = s.bar();
        boolean alliance = it.kind() == TimelineItem.Kind.ALLIANCE;
        Font f = FigureFonts.forText(it.label(), alliance ? 10.5f : 10f, alliance);
        double base = s.y() + s.h() / 2 + 3.6;
        double w = placer.width(it.label(), f);
        // inside the bar, on a halo of the bar's own colour (the as-of cursor passes behind the name)
        Color bar = FigureStyle.over(s.fill(), s.ground());
        Color inside = FigureStyle.textOn(bar);
        Rectangle2D barBox = new Rectangle2D.Double(b.getX(), s.y(), b.getWidth(), s.h());
        if (w + 8 <= b.getWidth()) {
            Rectangle2D r = new Rectangle2D.Double(b.getX() + 4, s.y(), w, s.h());
            if (placer.free(r)) {
                draw(placer.put(it.label(), f, b.getX() + 4, base, it), inside, bar, barBox);
                return;
            }
        }
        LabelPlacer.Placed p = placer.place(
                List.of(it.label()),
                f,
                List.of(
                        new LabelPlacer.Spot(b.getMaxX() + 5, base, LabelPlacer.Align.LEFT),
                        new LabelPlacer.Spot(b.getX() - 5, base, LabelPlacer.Align.RIGHT),
                        new LabelPlacer.Spot(b.getMaxX() - 4, base, LabelPlacer.Align.RIGHT),
                        new LabelPlacer.Spot(b.getX() + 4, base, LabelPlacer.Align.LEFT),
                        // the same, slid back into the view where the bar is near its edge
                        new LabelPlacer.Spot(
                                Math.max(placer.view().getMinX(), b.getMaxX() - 4 - w), base, LabelPlacer.Align.LEFT),
                        new LabelPlacer.Spot(
                                Math.min(placer.view().getMaxX(), b.getX() + 4 + w), base, LabelPlacer.Align.RIGHT)),
                Integer.MAX_VALUE,
                it);
        if (p != null) {
            draw(p, pal.style.foreground(), s.ground());
            return;
        }
        if (b.getWidth() > 40) {
            // no room for it whole: shortened inside the bar
            String cut = FigureText.fit(it.label(), f, b.getWidth() - 8);
            if (cut != null && cut.length() > 4) {
                Rectangle2D r = new Rectangle2D.Double(b.getX() + 4, s.y(), placer.width(cut, f), s.h());
                if (placer.free(r)) {
                    draw(placer.put(cut, f, b.getX() + 4, base, it), inside, bar, barBox);
                }
            }
        }
    }

    /** A claim's status and date beside its marker: right of it (the status alone if need be), else left. */
    void claim(ClaimLabel c, long asOfDay) {
        TimelineItem it = c.item();
        String date = shortDate(it.from());
        List<String> texts = List.of(it.label() + " " + date, it.label());
        LabelPlacer.Placed p = placer.place(
                texts,
                SMALL,
                List.of(new LabelPlacer.Spot(c.x() + M + 4, c.y() + 3.5, LabelPlacer.Align.LEFT)),
                Integer.MAX_VALUE,
                it);
        if (p == null) {
            p = placer.place(
                    texts,
                    SMALL,
                    List.of(new LabelPlacer.Spot(c.x() - M - 4, c.y() + 3.5, LabelPlacer.Align.RIGHT)),
                    Integer.MAX_VALUE,
                    it);
        }
        if (p != null) {
            // on a halo: the deal's line and any rule run behind the text, not through it
            draw(p, faded(pal.style.muted(), it, asOfDay), pal.style.background());
        }
    }

    /**
     * Draws a placed label in {@code ink}, on a halo of {@code ground} (what lies behind it) unless that is
     * {@code null}: rules, the as-of cursor and leader lines are drawn before labels, so they pass behind text.
     */
    private void draw(LabelPlacer.Placed p, Color ink, Color ground) {
        draw(p, ink, ground, null);
    }

    /** The same, the halo kept within {@code within} (a bar, for a name written inside it) unless that is {@code null}. */
    private void draw(LabelPlacer.Placed p, Color ink, Color ground, Rectangle2D within) {
        if (ground != null) {
            Rectangle2D b = p.bounds();
            Rectangle2D halo = new Rectangle2D.Double(b.getX() - 1.5, b.getY(), b.getWidth() + 3, b.getHeight());
            g.setColor(ground);
            g.fill(within == null ? halo : halo.createIntersection(within));
        }
        g.setColor(ink);
        FigureText.draw(g, p.text(), p.font(), p.x(), p.baseline());
        labels.add(p.text());
    }

    private static Color faded(Color c, TimelineItem it, long asOfDay) {
        return it.start() > asOfDay ? TimelinePalette.faded(c) : c;
    }

    private static String shortDate(PartialDate d) {
        if (d == null) {
            return "";
        }
        LocalDate e = d.earliest();
        return switch (d.precision()) {
            case DAY -> e.getDayOfMonth() + " " + e.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case MONTH -> e.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + e.getYear();
            case YEAR -> Integer.toString(e.getYear());
        };
    }
}
