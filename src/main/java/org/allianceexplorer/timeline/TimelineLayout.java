package org.allianceexplorer.timeline;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.timeline.TimelineFigure.Viewport;
import org.allianceexplorer.timeline.model.LabelPlacer;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.TextMetrics;
import org.allianceexplorer.timeline.model.TimeAxis;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * Where things go at one body width, worked out before painting so that the heights a file is laid out
 * with, the label column and the event titles all agree: the column's width (wide enough for every lane's
 * unbreakable text; the Urdu names of the parties all shown when they fit beside every one of them, else
 * none), each shown lane's top and height (a long name wraps onto more lines and its lane grows; the
 * events lane grows to hold its titles), and the rows of the event titles. Also the sizes, fonts and
 * positions the painter shares with it.
 */
final class TimelineLayout {

    static final double AXIS_H = 38;
    static final double BAND_H = 34;
    static final double HEADER_H = AXIS_H + BAND_H;
    static final double RIGHT_PAD = 14;
    /** Half a marker's size. */
    static final double M = 4.5;

    static final Font TICK = FigureFonts.regular(10.5f);
    static final Font MAJOR = FigureFonts.bold(11f);
    static final Font LABEL = FigureFonts.regular(10.5f);
    static final Font SMALL = FigureFonts.regular(9.5f);
    static final Font BOLD = FigureFonts.bold(11f);
    static final Font HANDLE = FigureFonts.bold(10f);
    static final Font SEAT_CODE = FigureFonts.bold(10.5f);

    /** A wrapped lane name's next line. */
    static final double NAME_LINE_H = 13;
    /** Lines a lane name may take in the label column. */
    static final int MAX_NAME_LINES = 3;
    /** Rows of event titles at most (whole titles first; beyond, titles are shortened or left to their tooltip). */
    static final int MAX_EVENT_ROWS = 12;
    /** Titles of more events than this in the window are left to their tooltips. */
    static final int EVENT_LABEL_LIMIT = 600;

    static final double MIN_COLUMN = 165;
    static final double MAX_COLUMN = 300;
    static final double SWATCH_W = 12;

    /** An event's title as laid out, relative to the events lane's top (x as on an area starting at 0). */
    record EventLabel(TimelineItem item, LabelPlacer.Placed placed) {}

    private final TimelineModel model;
    private final Viewport vp;
    final double width;
    final double colW;
    final boolean natives;
    final double seatCodeW;
    final TimeAxis axis;
    /** The shown lanes, top to bottom, as model lane indexes; their tops and heights (from the first lane's top). */
    final int[] rowLane;

    final double[] rowY;
    final double[] rowH;
    /** Each shown lane's name, as wrapped in the column. */
    final List<List<String>> names;

    final double height;
    /** Rows of event titles the events lane holds. */
    final int eventRows;

    final List<EventLabel> eventLabels;

    /** The label column: its width, whether it shows the Urdu names, the room for a seat's code. */
    private record Column(double width, boolean natives, double seatCodeW) {}

    /** The event titles: how many rows they take and where they go. */
    private record Events(int rows, List<EventLabel> labels) {}

    /** @param shown the lanes shown ({@link #shownLanes}) */
    TimelineLayout(TimelineModel model, Viewport vp, int[] shown, double width) {
        this.model = model;
        this.vp = vp;
        this.width = width;
        // on screen every lane counts (panning must not move the column); a file is measured by what it shows
        Column column = column(model, vp.forFile() ? shown : null, width);
        colW = column.width();
        natives = column.natives();
        seatCodeW = column.seatCodeW();
        double tx0 = colW;
        double tx1 = width - RIGHT_PAD;
        axis = new TimeAxis(vp.range(), tx0, tx1 - tx0, TICK, MAJOR);
        int[] rows = shown;
        rowLane = rows;
        rowY = new double[rows.length];
        rowH = new double[rows.length];
        names = new ArrayList<>(rows.length);
        Events events = new Events(TimelineModel.EVENT_LABEL_ROWS, List.of());
        double y = 0;
        for (int k = 0; k < rows.length; k++) {
            Lane lane = model.lanes().get(rows[k]);
            List<String> name = laneName(lane);
            names.add(name);
            double h = lane.height() + Math.max(0, name.size() - 1) * NAME_LINE_H;
            if (lane.kind() == Lane.Kind.EVENTS) {
                events = layoutEvents(rows[k]);
                h = Math.max(
                        h, TimelineModel.EVENT_ROW_H + events.rows() * TimelineModel.EVENT_LABEL_H + TimelineModel.PAD);
            }
            rowY[k] = y;
            rowH[k] = h;
            y += h;
        }
        height = y;
        eventRows = events.rows();
        eventLabels = events.labels();
    }

    /** The lanes shown, top to bottom, as model lane indexes: all, or in compact mode those with something in the window. */
    static int[] shownLanes(TimelineModel model, Viewport vp) {
        List<Lane> lanes = model.lanes();
        int n = lanes.size();
        boolean[] show = new boolean[n];
        long from = (long) Math.floor(vp.range().from()) - 1;
        long to = (long) Math.ceil(vp.range().to()) + 1;
        for (int i = 0; i < n; i++) {
            show[i] = !vp.compact() || model.index(i).any(from, to);
        }
        if (vp.compact()) {
            // a header stays while anything under it is shown
            for (int i = n - 1; i >= 0; i--) {
                Lane l = lanes.get(i);
                if ((l.kind() == Lane.Kind.ALLIANCE || l.kind() == Lane.Kind.GROUP) && !show[i]) {
                    for (int j = i + 1; j < n && lanes.get(j).depth() > 0; j++) {
                        if (show[j]) {
                            show[i] = true;
                            break;
                        }
                    }
                }
            }
        }
        int count = 0;
        for (boolean b : show) {
            count += b ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (show[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    static Font laneFont(Lane lane) {
        return switch (lane.kind()) {
            case ALLIANCE, GROUP, EVENTS, PARTY -> BOLD;
            case SEAT -> SEAT_CODE;
            default -> LABEL;
        };
    }

    static Font nativeFont(String text) {
        return FigureFonts.forText(text, 11f, false);
    }

    static boolean hasNative(Lane lane) {
        return lane.nativeLabel() != null && !lane.nativeLabel().isBlank();
    }

    static boolean hasSwatch(Lane lane) {
        return lane.colour() != null || lane.kind() == Lane.Kind.MEMBER || lane.kind() == Lane.Kind.PARTY;
    }

    /** Where a lane's name starts in the column: indent, fold triangle (screen only), colour swatch. */
    private double nameStart(Lane lane) {
        return nameStart(lane, !vp.forFile());
    }

    private static double nameStart(Lane lane, boolean withTriangle) {
        double x = 8 + lane.depth() * 14;
        if (lane.collapsible() && withTriangle) {
            x += 13;
        }
        if (hasSwatch(lane)) {
            x += SWATCH_W;
        }
        return x;
    }

    /**
     * The column's width: what every lane of the model (not only those in the window, so panning does not
     * move it; for a file, {@code only} the lanes it shows) needs for its unbreakable text: a party's abbreviation, a seat's deals, the longest word of a
     * name that wraps; with the Urdu names when all of them fit within about a quarter of the width.
     */
    private static Column column(TimelineModel model, int[] only, double width) {
        TextMetrics tm = TextMetrics.shared();
        double limit = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, width * 0.24));
        List<Lane> measured = model.lanes();
        if (only != null) {
            measured = new ArrayList<>();
            for (int i : only) {
                measured.add(model.lanes().get(i));
            }
        }
        double seat = 46;
        for (Lane l : measured) {
            if (l.kind() == Lane.Kind.SEAT) {
                seat = Math.max(seat, tm.width(l.label(), SEAT_CODE) + 6);
            }
        }
        double plain = MIN_COLUMN;
        double withNatives = MIN_COLUMN;
        for (Lane l : measured) {
            // room for the fold triangle in files too: a file is then laid out as the screen at its width
            double start = nameStart(l, true);
            Font f = laneFont(l);
            double need;
            double nat;
            switch (l.kind()) {
                case SEAT -> {
                    double deals = 0;
                    for (String t : l.trackLabels()) {
                        deals = Math.max(deals, tm.width(t, SMALL));
                    }
                    need = 8 + l.depth() * 14 + seat + deals;
                    nat = need;
                }
                case MEMBER, PARTY -> {
                    need = start + tm.width(l.label(), f);
                    nat = hasNative(l) ? need + 8 + tm.width(l.nativeLabel(), nativeFont(l.nativeLabel())) : need;
                }
                default -> {
                    double word = 0;
                    for (String w : l.label().split("\\s+")) {
                        word = Math.max(word, tm.width(w, f));
                    }
                    need = start + word;
                    nat = need;
                }
            }
            plain = Math.max(plain, need + 10);
            withNatives = Math.max(withNatives, nat + 10);
        }
        boolean natives = withNatives <= limit;
        return new Column(natives ? withNatives : Math.min(plain, limit), natives, seat);
    }

    /** A lane's name as drawn in the column: wrapped to its room (at most {@link #MAX_NAME_LINES} lines). */
    private List<String> laneName(Lane lane) {
        Font f = laneFont(lane);
        double room = colW - 10 - nameStart(lane);
        if (natives && hasNative(lane)) {
            room -= 8 + TextMetrics.shared().width(lane.nativeLabel(), nativeFont(lane.nativeLabel()));
        }
        if (lane.kind() == Lane.Kind.SEAT) {
            return List.of(FigureText.fit(lane.label(), f, seatCodeW - 4));
        }
        if (lane.kind() == Lane.Kind.MEMBER) {
            return List.of(FigureText.fit(lane.label(), f, room));
        }
        List<String> lines = FigureText.wrap(lane.label(), f, Math.max(20, room));
        if (lines.size() > MAX_NAME_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_NAME_LINES - 1));
            cut.add(FigureText.fit(String.join(" ", lines.subList(MAX_NAME_LINES - 1, lines.size())), f, room));
            lines = cut;
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /**
     * Places the event titles in rows under their markers, relative to the lane's top: whole titles first,
     * anywhere in up to {@link #MAX_EVENT_ROWS} rows (twice that in a file), then shortened ones; the lane takes as many rows as
     * used (on screen at least {@link TimelineModel#EVENT_LABEL_ROWS}, so it does not jump while panning).
     */
    private Events layoutEvents(int laneIndex) {
        List<TimelineItem> items = new ArrayList<>();
        model.query(
                laneIndex,
                (long) Math.floor(vp.range().from()) - 1,
                (long) Math.ceil(vp.range().to()) + 1,
                items::add);
        int min = vp.forFile() ? 1 : TimelineModel.EVENT_LABEL_ROWS;
        if (items.size() >= EVENT_LABEL_LIMIT) {
            return new Events(min, List.of());
        }
        double left = axis.left();
        double right = axis.right();
        double top = TimelineModel.EVENT_ROW_H;
        // a file has no screen to fit: twice the rows, so that every title can be whole
        int maxRows = vp.forFile() ? 2 * MAX_EVENT_ROWS : MAX_EVENT_ROWS;
        LabelPlacer placer = new LabelPlacer(
                new Rectangle2D.Double(left, top, right - left, maxRows * TimelineModel.EVENT_LABEL_H + 4), 3);
        LabelPlacer.Placed[] done = new LabelPlacer.Placed[items.size()];
        List<EventLabel> placed = new ArrayList<>();
        int used = 0;
        for (boolean shorten : new boolean[] {false, true}) {
            for (int k = 0; k < items.size(); k++) {
                TimelineItem it = items.get(k);
                double x = axis.x((it.start() + it.end() + 1) / 2.0);
                if (done[k] != null || x < left - M || x > right + M) {
                    continue;
                }
                Font f = FigureFonts.forText(it.label(), 10f, false);
                double w = placer.width(it.label(), f);
                for (int r = 0; r < maxRows && done[k] == null; r++) {
                    double base = top + r * TimelineModel.EVENT_LABEL_H + 10.5;
                    // from the marker rightwards or leftwards; a title longer than the room on either side is
                    // slid along until it fits, still under its marker (its leader comes down into it)
                    done[k] = placer.place(
                            List.of(it.label()),
                            f,
                            List.of(
                                    new LabelPlacer.Spot(x - 3, base, LabelPlacer.Align.LEFT),
                                    new LabelPlacer.Spot(x + 3, base, LabelPlacer.Align.RIGHT),
                                    new LabelPlacer.Spot(
                                            Math.max(left, Math.min(x - 3, right - w)), base, LabelPlacer.Align.LEFT)),
                            shorten ? 6 : Integer.MAX_VALUE,
                            it);
                    if (done[k] != null) {
                        placed.add(new EventLabel(it, done[k]));
                        used = Math.max(used, r + 1);
                    }
                }
            }
        }
        return new Events(Math.max(min, used), List.copyOf(placed));
    }

    /** The first shown row whose bottom is below {@code y} (lane coordinates). */
    int firstRowBelow(double y) {
        int lo = 0;
        int hi = rowLane.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowY[mid] + rowH[mid] <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The middle of a track of a lane whose top is at {@code laneY}. */
    static double trackY(double laneY, int track) {
        return laneY + TimelineModel.PAD / 2 + track * TimelineModel.TRACK_H + TimelineModel.TRACK_H / 2;
    }

    /** Where a point is drawn: the middle of its day, or of the month or year a partial date may mean. */
    static double pointX(TimeAxis axis, TimelineItem it) {
        return axis.x((it.start() + it.end() + 1) / 2.0);
    }
}
