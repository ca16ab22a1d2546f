package org.allianceexplorer.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.LegendEntry;
import org.allianceexplorer.timeline.model.LabelPlacer;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.LaneMode;
import org.allianceexplorer.timeline.model.TextMetrics;
import org.allianceexplorer.timeline.model.TimeAxis;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * The one painter of the timeline, for the screen (through FXGraphics2D onto a canvas) and for PNG, SVG and
 * PDF alike. Paints a header (time axis, election names, the as-of handle), a label column, and the lanes of a
 * {@link TimelineModel} in the window of a {@link Viewport}; asks the model's interval index only for what is
 * in view, draws at most one marker per pixel per track, and places labels greedily so they never overlap
 * nor leave the view. After painting it knows what it drew where ({@link #hitAt}), for hover and clicks.
 */
public final class TimelineFigure implements Figure {

    /**
     * What is shown.
     *
     * @param range    the time window
     * @param asOf     the as-of day (cursor), {@code null} for latest
     * @param scrollY  how far the lanes are scrolled up (screen only)
     * @param forFile  a file (export): every lane, nothing scrolled, and none of the screen's controls (fold
     *                 triangles, the scale and item count); otherwise the scrolled window
     * @param compact  leave out lanes with nothing in the time window
     * @param selected the selected record, highlighted
     */
    public record Viewport(TimeRange range, LocalDate asOf, double scrollY, boolean forFile, boolean compact,
                           RecordRef selected) {

        public static Viewport export(TimeRange range, LocalDate asOf) {
            return new Viewport(range, asOf, 0, true, true, null);
        }
    }

    /** Something drawn, with where: a {@link TimelineItem}, a {@link Lane}, an {@link Election} or {@link #CURSOR}. */
    public record Hit(Rectangle2D bounds, Object target) {
    }

    public static final Object CURSOR = new Object() {
        @Override
        public String toString() {
            return "as-of cursor";
        }
    };

    static final double AXIS_H = 38;
    static final double BAND_H = 34;
    static final double HEADER_H = AXIS_H + BAND_H;
    static final double RIGHT_PAD = 14;

    private static final Font TICK = FigureFonts.regular(10.5f);
    private static final Font MAJOR = FigureFonts.bold(11f);
    private static final Font LABEL = FigureFonts.regular(10.5f);
    private static final Font SMALL = FigureFonts.regular(9.5f);
    private static final Font BOLD = FigureFonts.bold(11f);
    private static final Font HANDLE = FigureFonts.bold(10f);
    private static final Stroke THIN = new BasicStroke(1f);
    private static final Stroke HAIR = new BasicStroke(0.6f);
    private static final Stroke MID = new BasicStroke(1.5f);
    private static final Stroke THICK = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke CURSOR_STROKE = new BasicStroke(2f);
    private static final Stroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {0.5f, 4f}, 0f);
    private static final Stroke DASHED = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final double M = 4.5;

    private final TimelineModel model;
    private final Viewport vp;
    private final String title;
    private final List<Source> sources;
    private FigureInfo info;
    private FigureData data;

    private final List<Hit> hits = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private TimeAxis axis;
    private double cursorX = Double.NaN;
    private Rectangle2D lanesArea;
    private Rectangle2D columnArea;
    private int drawnMarks;
    private List<LabelPlacer.Placed> placed = List.of();
    private int[] shown;
    private Geometry geo;

    public TimelineFigure(TimelineModel model, Viewport viewport) {
        this(model, viewport, null);
    }

    /** @param title the figure's title, or {@code null} for the default */
    public TimelineFigure(TimelineModel model, Viewport viewport, String title) {
        this(model, viewport, title, List.of());
    }

    private TimelineFigure(TimelineModel model, Viewport viewport, String title, List<Source> sources) {
        this.model = model;
        this.vp = viewport;
        this.title = title;
        this.sources = List.copyOf(sources);
    }

    /**
     * The same figure with the sources of what it shows looked up (reads the database: call off the FX
     * thread, while building the figure): the citations of the alliances, memberships, events and elections
     * in the window, the sources of the claims, and the results' sources of the elections polled in it.
     */
    @Override
    public TimelineFigure withSources(Repositories repositories) {
        return withSources(SourcesOfRecords.of(repositories));
    }

    /** The same, through this query. */
    public TimelineFigure withSources(SourcesOfRecords query) {
        List<RecordRef> records = new ArrayList<>();
        List<Source> results = new ArrayList<>();
        forEachShown((lane, it) -> records.add(it.ref()));
        for (Election e : electionsShown()) {
            records.add(new RecordRef(RecordKind.ELECTIONS, e.id(), e.name()));
            if (model.data().resultElections().contains(e.name())) {
                results.addAll(query.ofResults(e.code(), null));
            }
        }
        return new TimelineFigure(model, vp, title, SourcesOfRecords.merge(query.of(records, null), results));
    }

    /**
     * One row per item in the window (alliance, membership, claim, event) and per election polled in it:
     * kind, lane, label, start and end as known (ISO, partial dates kept partial; no end: open or unknown),
     * claim status. Sources: those looked up by {@link #withSources} (none otherwise).
     */
    @Override
    public synchronized FigureData data() {
        if (data == null) {
            List<List<String>> rows = new ArrayList<>();
            forEachShown((lane, it) -> {
                String laneName = lane.label();
                if (lane.kind() == Lane.Kind.MEMBER) {
                    String parent = parentLabel(lane);
                    laneName = parent == null ? laneName : parent + " / " + laneName;
                }
                String label = it.label();
                if (it.kind() == TimelineItem.Kind.CLAIM && it.track() < lane.trackLabels().size()) {
                    label = lane.trackLabels().get(it.track());
                }
                rows.add(List.of(it.kind().name().toLowerCase(Locale.ROOT), laneName, label == null ? "" : label,
                        it.from() == null ? "" : it.from().iso(), it.to() == null ? "" : it.to().iso(),
                        it.status() == null ? "" : it.status().label()));
            });
            for (Election e : electionsShown()) {
                rows.add(List.of("election", "", e.name(), e.pollingDay().iso(), e.pollingDay().iso(), ""));
            }
            data = new FigureData(List.of("kind", "lane", "label", "start", "end", "status"), rows, sources);
        }
        return data;
    }

    /** The label of the top-level lane above a nested one. */
    private String parentLabel(Lane nested) {
        String parent = null;
        for (Lane l : model.lanes()) {
            if (l == nested) {
                return parent;
            }
            if (l.depth() == 0) {
                parent = l.label();
            }
        }
        return parent;
    }

    /** Calls {@code sink} with every item in the window on the lanes shown, top to bottom, by start. */
    private void forEachShown(java.util.function.BiConsumer<Lane, TimelineItem> sink) {
        long from = (long) Math.floor(vp.range().from());
        long to = (long) Math.ceil(vp.range().to());
        for (int i : shown()) {
            Lane lane = model.lanes().get(i);
            model.query(i, from, to, it -> sink.accept(lane, it));
        }
    }

    /** The elections whose polling day lies in the window. */
    private List<Election> electionsShown() {
        long from = (long) Math.floor(vp.range().from());
        long to = (long) Math.ceil(vp.range().to());
        List<Election> out = new ArrayList<>();
        for (Election e : model.elections()) {
            long d = e.pollingDay().earliest().toEpochDay();
            if (d >= from && d <= to) {
                out.add(e);
            }
        }
        return out;
    }

    /** The same figure scrolled to {@code scrollY} (screen), keeping the layout already worked out. */
    public TimelineFigure scrolledTo(double scrollY) {
        TimelineFigure f = new TimelineFigure(model, new Viewport(vp.range(), vp.asOf(), scrollY, vp.forFile(),
                vp.compact(), vp.selected()), title, sources);
        f.shown = shown;
        f.geo = geo;
        return f;
    }

    public TimelineModel model() {
        return model;
    }

    public Viewport viewport() {
        return vp;
    }

    // ------------------------------------------------------------------ frame

    @Override
    public FigureInfo info() {
        if (info == null) {
            info = buildInfo();
        }
        return info;
    }

    private FigureInfo buildInfo() {
        TimeRange r = vp.range();
        StringBuilder t = new StringBuilder(title != null ? title : "Alliances, seat deals and events");
        if (title == null && !model.filter().parties().isEmpty()) {
            t.append(": ").append(String.join(", ", new TreeSet<>(model.filter().parties())));
        }
        StringBuilder sub = new StringBuilder(PartialDate.of(r.firstDay()).display() + " \u2013 "
                + PartialDate.of(r.lastDay()).display());
        sub.append(" \u00b7 ").append(model.mode() == LaneMode.BY_ALLIANCE ? "lanes by alliance" : "lanes by party");
        List<String> filters = new ArrayList<>();
        model.filter().kinds().forEach(k -> filters.add(k.label()));
        model.filter().levels().forEach(l -> filters.add(l.label() + " level"));
        model.filter().assemblies().forEach(a -> filters.add(a + " seats"));
        if (!filters.isEmpty()) {
            Collections.sort(filters);
            sub.append(" \u00b7 only ").append(String.join(", ", filters));
        }
        String asOf = vp.asOf() == null ? "Latest" : "As of " + PartialDate.of(vp.asOf()).display();
        return new FigureInfo(t.toString(), sub.toString(), asOf, legend(), credits());
    }

    /** The legend as printed (files). */
    static List<LegendEntry> legend() {
        return legend(FigureStyle.print());
    }

    /**
     * The legend in the colours of {@code style}, the painter's own: the screen asks for it in the theme's
     * style, so no colour is matched back to its meaning. The partial-date key is the hatch the bars carry.
     */
    static List<LegendEntry> legend(FigureStyle style) {
        List<LegendEntry> l = new ArrayList<>();
        TimelinePalette p = TimelinePalette.of(style);
        boolean dark = TimelinePalette.isDark(style);
        l.add(new LegendEntry("alliance, membership (bar in party colour)", p.span, LegendEntry.Swatch.BOX));
        l.add(new LegendEntry(HATCHED_KEY, style.muted(), LegendEntry.Swatch.HATCHED_BOX));
        l.add(new LegendEntry("no end date", style.muted(), LegendEntry.Swatch.DOTTED_LINE));
        for (ClaimStatus s : ClaimStatus.values()) {
            l.add(new LegendEntry("claim " + s.label(), TimelinePalette.status(s, dark), TimelinePalette.swatch(s)));
        }
        l.add(new LegendEntry("event", style.foreground(), LegendEntry.Swatch.DIAMOND));
        l.add(new LegendEntry("election (polling day)", style.foreground(), LegendEntry.Swatch.RULE));
        l.add(new LegendEntry("as-of date; later items faded", style.accent(), LegendEntry.Swatch.LINE));
        return l;
    }

    static final String HATCHED_KEY = "hatched: a start or end known only to the month or year (the span it may fall in)";

    /** Credits for what is in the window: outlets of the claims shown, results where an election shown has them. */
    private List<String> credits() {
        long from = (long) Math.floor(vp.range().from());
        long to = (long) Math.ceil(vp.range().to());
        Set<String> outlets = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int claims = 0;
        boolean events = false;
        boolean spans = false;
        for (int i = 0; i < model.lanes().size(); i++) {
            Lane lane = model.lanes().get(i);
            List<TimelineItem> items = model.items(i);
            int[] n = {0};
            if (lane.kind() == Lane.Kind.SEAT) {
                model.index(i).query(from, to, k -> {
                    String o = items.get(k).outlet();
                    if (o != null && !o.isBlank()) {
                        outlets.add(o);
                    }
                    n[0]++;
                });
                claims += n[0];
            } else if (lane.kind() == Lane.Kind.EVENTS) {
                events |= model.index(i).any(from, to);
            } else if (!items.isEmpty()) {
                spans |= model.index(i).any(from, to);
            }
        }
        List<String> out = new ArrayList<>();
        if (!outlets.isEmpty()) {
            out.add("Seat-deal claims (" + claims + " shown) as reported by: " + String.join("; ", outlets) + ".");
        }
        List<String> results = new ArrayList<>();
        for (Election e : model.elections()) {
            long d = e.pollingDay().earliest().toEpochDay();
            if (d >= from && d <= to && model.data().resultElections().contains(e.name())) {
                results.add(e.name());
            }
        }
        if (!results.isEmpty()) {
            out.add("Results (" + String.join(", ", results) + "): " + (model.data().resultCredits().isEmpty()
                    ? "as loaded in the database" : String.join("; ", model.data().resultCredits())) + ".");
        }
        if (events || spans) {
            out.add((spans && events ? "Alliances, memberships and events" : spans ? "Alliances and memberships"
                    : "Events") + ": the sources cited for each record in the database (shown in the detail pane).");
        }
        out.add("Made with Alliance Explorer.");
        return out;
    }

    @Override
    public double bodyHeight(double width) {
        return HEADER_H + geometry(width).height + 6;
    }

    /** The height of the lanes shown at this body width (all, or in compact mode those with something in the window). */
    public double lanesHeight(double width) {
        return geometry(width).height;
    }

    /** The lanes shown, top to bottom, as model lane indexes. */
    public int[] shownLanes() {
        return shown().clone();
    }

    private int[] shown() {
        if (shown != null) {
            return shown;
        }
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
        shown = out;
        return out;
    }

    // ------------------------------------------------------------------ geometry (before painting)

    /** A wrapped lane name's next line. */
    static final double NAME_LINE_H = 13;
    /** Lines a lane name may take in the label column. */
    static final int MAX_NAME_LINES = 3;
    /** Rows of event titles at most (whole titles first; beyond, titles are shortened or left to their tooltip). */
    static final int MAX_EVENT_ROWS = 12;
    static final double MIN_COLUMN = 165;
    static final double MAX_COLUMN = 300;
    private static final Font SEAT_CODE = FigureFonts.bold(10.5f);
    private static final double SWATCH_W = 12;

    /**
     * Where things go at one body width, worked out before painting so that the heights a file is laid out
     * with, the label column and the event titles all agree: the column's width (wide enough for every lane's
     * unbreakable text; the Urdu names of the parties all shown when they fit beside every one of them, else
     * none), each shown lane's top and height (a long name wraps onto more lines and its lane grows; the
     * events lane grows to hold its titles), and the rows of the event titles.
     */
    private static final class Geometry {
        double width;
        double colW;
        boolean natives;
        double seatCodeW;
        TimeAxis axis;
        int[] rowLane;
        double[] rowY;
        double[] rowH;
        List<List<String>> names;
        double height;
        int eventRows = TimelineModel.EVENT_LABEL_ROWS;
        /** The event titles, placed relative to the events lane's top (x as on an area starting at 0). */
        List<LabelPlacer.Placed> eventLabels = List.of();
    }

    private Geometry geometry(double width) {
        if (geo != null && geo.width == width) {
            return geo;
        }
        Geometry g = new Geometry();
        g.width = width;
        column(g, width);
        double tx0 = g.colW;
        double tx1 = width - RIGHT_PAD;
        g.axis = new TimeAxis(vp.range(), tx0, tx1 - tx0, TICK, MAJOR);
        int[] rows = shown();
        g.rowLane = rows;
        g.rowY = new double[rows.length];
        g.rowH = new double[rows.length];
        g.names = new ArrayList<>(rows.length);
        double y = 0;
        for (int k = 0; k < rows.length; k++) {
            Lane lane = model.lanes().get(rows[k]);
            List<String> name = laneName(g, lane);
            g.names.add(name);
            double h = lane.height() + Math.max(0, name.size() - 1) * NAME_LINE_H;
            if (lane.kind() == Lane.Kind.EVENTS) {
                layoutEvents(g, rows[k]);
                h = Math.max(h, TimelineModel.EVENT_ROW_H + g.eventRows * TimelineModel.EVENT_LABEL_H
                        + TimelineModel.PAD);
            }
            g.rowY[k] = y;
            g.rowH[k] = h;
            y += h;
        }
        g.height = y;
        geo = g;
        return g;
    }

    private static Font laneFont(Lane lane) {
        return switch (lane.kind()) {
            case ALLIANCE, GROUP, EVENTS, PARTY -> BOLD;
            case SEAT -> SEAT_CODE;
            default -> LABEL;
        };
    }

    private static Font nativeFont(String text) {
        return FigureFonts.forText(text, 11f, false);
    }

    private static boolean hasNative(Lane lane) {
        return lane.nativeLabel() != null && !lane.nativeLabel().isBlank();
    }

    private static boolean hasSwatch(Lane lane) {
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
     * move it) needs for its unbreakable text: a party's abbreviation, a seat's deals, the longest word of a
     * name that wraps; with the Urdu names when all of them fit within about a quarter of the width.
     */
    private void column(Geometry g, double width) {
        TextMetrics tm = TextMetrics.shared();
        double limit = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, width * 0.24));
        double seat = 46;
        for (Lane l : model.lanes()) {
            if (l.kind() == Lane.Kind.SEAT) {
                seat = Math.max(seat, tm.width(l.label(), SEAT_CODE) + 6);
            }
        }
        double plain = MIN_COLUMN;
        double withNatives = MIN_COLUMN;
        for (Lane l : model.lanes()) {
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
        g.seatCodeW = seat;
        g.natives = withNatives <= limit;
        g.colW = g.natives ? withNatives : Math.min(plain, limit);
    }

    /** A lane's name as drawn in the column: wrapped to its room (at most {@link #MAX_NAME_LINES} lines). */
    private List<String> laneName(Geometry g, Lane lane) {
        Font f = laneFont(lane);
        double room = g.colW - 10 - nameStart(lane);
        if (g.natives && hasNative(lane)) {
            room -= 8 + TextMetrics.shared().width(lane.nativeLabel(), nativeFont(lane.nativeLabel()));
        }
        if (lane.kind() == Lane.Kind.SEAT) {
            return List.of(FigureText.fit(lane.label(), f, g.seatCodeW - 4));
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
     * anywhere in up to {@link #MAX_EVENT_ROWS} rows, then shortened ones; the lane takes as many rows as
     * used (on screen at least {@link TimelineModel#EVENT_LABEL_ROWS}, so it does not jump while panning).
     */
    private void layoutEvents(Geometry g, int laneIndex) {
        List<TimelineItem> items = new ArrayList<>();
        model.query(laneIndex, (long) Math.floor(vp.range().from()) - 1, (long) Math.ceil(vp.range().to()) + 1,
                items::add);
        int min = vp.forFile() ? 1 : TimelineModel.EVENT_LABEL_ROWS;
        if (items.size() >= EVENT_LABEL_LIMIT) {
            g.eventRows = min;
            return;
        }
        double left = g.axis.left();
        double right = g.axis.right();
        double top = TimelineModel.EVENT_ROW_H;
        LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(left, top, right - left,
                MAX_EVENT_ROWS * TimelineModel.EVENT_LABEL_H + 4), 3);
        LabelPlacer.Placed[] done = new LabelPlacer.Placed[items.size()];
        int used = 0;
        for (boolean shorten : new boolean[] {false, true}) {
            for (int k = 0; k < items.size(); k++) {
                TimelineItem it = items.get(k);
                double x = g.axis.x((it.start() + it.end() + 1) / 2.0);
                if (done[k] != null || x < left - M || x > right + M) {
                    continue;
                }
                Font f = FigureFonts.forText(it.label(), 10f, false);
                double w = placer.width(it.label(), f);
                for (int r = 0; r < MAX_EVENT_ROWS && done[k] == null; r++) {
                    double base = top + r * TimelineModel.EVENT_LABEL_H + 10.5;
                    // from the marker rightwards or leftwards; a title longer than the room on either side is
                    // slid along until it fits, still under its marker (its leader comes down into it)
                    done[k] = placer.place(List.of(it.label()), f, List.of(
                                    new LabelPlacer.Spot(x - 3, base, LabelPlacer.Align.LEFT),
                                    new LabelPlacer.Spot(x + 3, base, LabelPlacer.Align.RIGHT),
                                    new LabelPlacer.Spot(Math.max(left, Math.min(x - 3, right - w)), base,
                                            LabelPlacer.Align.LEFT)),
                            shorten ? 6 : Integer.MAX_VALUE, it);
                    if (done[k] != null) {
                        used = Math.max(used, r + 1);
                    }
                }
            }
        }
        g.eventRows = Math.max(min, used);
        g.eventLabels = List.copyOf(placer.placed());
    }

    /** The first shown row whose bottom is below {@code y} (lane coordinates). */
    private static int firstRowBelow(Geometry g, double y) {
        int lo = 0;
        int hi = g.rowLane.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (g.rowY[mid] + g.rowH[mid] <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------ results of the last paint

    /** What was drawn at (x, y) in the last paint (topmost first), or {@code null}. */
    public Object hitAt(double x, double y) {
        for (int i = hits.size() - 1; i >= 0; i--) {
            Hit h = hits.get(i);
            if (h.bounds().contains(x, y)) {
                return h.target();
            }
        }
        return null;
    }

    /** Everything hit-testable from the last paint, in paint order. */
    public List<Hit> hits() {
        return Collections.unmodifiableList(hits);
    }

    /** The texts of the labels drawn in the last paint (axis, lanes, items, elections). */
    public List<String> labels() {
        return Collections.unmodifiableList(labels);
    }

    /** The labels the placer put in the chart in the last paint (not the axis nor the label column). */
    public List<LabelPlacer.Placed> placedLabels() {
        return Collections.unmodifiableList(placed);
    }

    /** The axis of the last paint ({@code null} before). */
    public TimeAxis axis() {
        return axis;
    }

    /** The x of the as-of cursor in the last paint (NaN when it was not drawn). */
    public double cursorX() {
        return cursorX;
    }

    /** The lanes' region of the last paint. */
    public Rectangle2D lanesArea() {
        return lanesArea;
    }

    /** The label column of the last paint. */
    public Rectangle2D columnArea() {
        return columnArea;
    }

    /** How many markers and bars the last paint drew. */
    public int drawnMarks() {
        return drawnMarks;
    }

    /** The width of the label column in the last paint (or the last geometry worked out). */
    public double columnWidth() {
        return geo == null ? MIN_COLUMN : geo.colW;
    }

    /** Whether the last paint showed the parties' names in their own script (all of them, or none). */
    public boolean nativeNamesShown() {
        return geo != null && geo.natives;
    }

    // ------------------------------------------------------------------ painting

    @Override
    public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
        hits.clear();
        labels.clear();
        drawnMarks = 0;
        cursorX = Double.NaN;
        FigureText.hints(g);
        TimelinePalette pal = TimelinePalette.of(style);
        Geometry geo = geometry(area.getWidth());
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

        LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(tx0, top, tx1 - tx0,
                Math.max(1, lanesBottom - top)), 3);
        placed = placer.placed();
        long qFrom = (long) Math.floor(vp.range().from()) - 1;
        long qTo = (long) Math.ceil(vp.range().to()) + 1;
        long asOfDay = vp.asOf() == null ? Long.MAX_VALUE : vp.asOf().toEpochDay();
        List<TimeAxis.Tick> ticks = axis.ticks();

        // as-of handle first: it must always be visible
        Rectangle2D handle = asOfHandle(g, pal, placer, top, tx0, tx1, false);

        // lanes: stripes, grid, rules, items
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(area.getX(), lanesTop, area.getWidth(), Math.max(0, lanesBottom - lanesTop)));
        int first = firstRowBelow(geo, offset);
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
                case ALLIANCE, MEMBER, PARTY -> drawSpans(g, pal, lane, y, buffer, openEnd, asOfDay, lanesTop, spanLabels);
                case SEAT -> drawClaims(g, pal, lane, y, buffer, asOfDay, placer, lanesTop, claimLabels);
                case EVENTS -> {
                    drawEvents(g, pal, y, buffer, asOfDay, placer);
                    eventsY = y;
                }
                default -> { }
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
                hits.add(new Hit(new Rectangle2D.Double(x - 4, lanesTop, 8, Math.max(0, lanesBottom - lanesTop)), CURSOR));
            }
        }

        // labels, most important first (election names sit in the header band, outside this clip)
        placeElections(g, pal, placer, shownElections, top, LABEL, false);
        if (!Double.isNaN(eventsY) && eventsY + TimelineModel.EVENT_ROW_H / 2 - 7 >= lanesTop) {
            placeEvents(g, pal, placer, eventsY, area.getX(), asOfDay, geo.eventLabels);
        }
        for (SpanLabel s : spanLabels) {
            placeSpanLabel(g, pal, placer, s);
        }
        for (ClaimLabel c : claimLabels) {
            placeClaimLabel(g, pal, placer, c, asOfDay);
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
            laneLabel(g, pal, geo, r, lane, area.getX(), y, colW - 10, lanesTop);
        }
        g.setClip(clip);
        g.setColor(style.grid());
        g.setStroke(THIN);
        g.draw(new Line2D.Double(tx0 - 0.5, top, tx0 - 0.5, lanesBottom));
        g.draw(new Line2D.Double(area.getX(), lanesTop, area.getMaxX(), lanesTop));

        // axis
        paintAxis(g, pal, ticks, top, tx0, tx1);
        placeElections(g, pal, placer, shownElections, top, LABEL, true);
        if (handle != null) {
            asOfHandle(g, pal, null, top, tx0, tx1, true);
        }
        if (!vp.forFile()) {
            paintCorner(g, style, pal, area.getX(), top, colW);
        }
    }

    /**
     * The screen's top-left corner: the scale, the number of items and the keys to hatching and open ends
     * (the folded legend may hide them). Not in files: their legend has the keys, and the rest is about the screen.
     */
    private void paintCorner(Graphics2D g, FigureStyle style, TimelinePalette pal, double x, double top, double colW) {
        g.setColor(style.muted());
        String scale = "Scale: " + unitName(axis.unit());
        Font sf = SMALL;
        g.setFont(sf);
        FigureText.draw(g, FigureText.fit(scale, sf, colW - 16), sf, x + 8, top + 15);
        String count = model.itemCount() + " items";
        FigureText.draw(g, FigureText.fit(count, sf, colW - 16), sf, x + 8, top + 28);
        hatch(g, x + 8, top + 38, 22, 8, style.muted(), pal);
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

    private void paintAxis(Graphics2D g, TimelinePalette pal, List<TimeAxis.Tick> ticks, double top, double tx0,
                           double tx1) {
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
    private Rectangle2D asOfHandle(Graphics2D g, TimelinePalette pal, LabelPlacer placer, double top, double tx0,
                                   double tx1, boolean paint) {
        String text = vp.asOf() == null ? "Latest" : "As of " + PartialDate.of(vp.asOf()).display();
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
        hits.add(new Hit(box, CURSOR));
        return box;
    }

    // ------------------------------------------------------------------ spans

    /** A bar's label to place: the item, the bar as drawn, its fill and what lies behind the lane (for a halo). */
    private record SpanLabel(TimelineItem item, Rectangle2D bar, double y, double h, Color fill, Color ground) {
    }

    /** A claim marker's label to place. */
    private record ClaimLabel(TimelineItem item, double x, double y) {
    }

    private void drawSpans(Graphics2D g, TimelinePalette pal, Lane lane, double y, List<TimelineItem> items,
                           long openEnd, long asOfDay, double lanesTop, List<SpanLabel> spanLabels) {
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
            Rectangle2D bounds = span(g, pal, it, by, bh, base, openEnd);
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
            hits.add(new Hit(new Rectangle2D.Double(bounds.getX(), by - 1, Math.max(3, bounds.getWidth()), bh + 2), it));
            if (!alliance && lane.kind() == Lane.Kind.MEMBER) {
                continue; // the party is named in the label column
            }
            if (by - 2 >= lanesTop) {
                spanLabels.add(new SpanLabel(it, bounds, by, bh, base, alliance ? pal.stripe : pal.style.background()));
            }
        }
    }

    /**
     * Draws a span: solid where its dates are known, hatched over the month or year a partial date may mean, a
     * dotted tail for no end date, a dotted lead for an unknown start. Returns the drawn bounds (clamped to
     * the axis), or {@code null} when nothing of it is in view.
     */
    private Rectangle2D span(Graphics2D g, TimelinePalette pal, TimelineItem it, double y, double h, Color colour,
                             long openEnd) {
        double left = axis.left();
        double right = axis.right();
        double startLo = it.start();
        double startHi = it.from() == null || it.from().precision() == PartialDate.Precision.DAY ? startLo
                : it.from().latest().toEpochDay() + 1;
        double endHi;
        double endLo;
        if (it.openEnd()) {
            endLo = Math.max(openEnd + 1, startHi);
            endHi = endLo;
        } else {
            endHi = it.to().latest().toEpochDay() + 1;
            endLo = it.to().precision() == PartialDate.Precision.DAY ? endHi : it.to().earliest().toEpochDay();
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
            hatch(g, xa, y, xb - xa, h, colour, pal);
        }
        if (xd > xc) {
            hatch(g, xc, y, xd - xc, h, colour, pal);
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
    private static void hatch(Graphics2D g, double x, double y, double w, double h, Color colour, TimelinePalette pal) {
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

    /**
     * A bar's label: inside the bar when it fits there, else beside it; a name longer than the room beside its
     * bar is laid across the bar's end on a halo rather than cut; shortened inside the bar only when there is
     * no room for it whole anywhere in its row.
     */
    private void placeSpanLabel(Graphics2D g, TimelinePalette pal, LabelPlacer placer, SpanLabel s) {
        TimelineItem it = s.item();
        Rectangle2D b = s.bar();
        boolean alliance = it.kind() == TimelineItem.Kind.ALLIANCE;
        Font f = FigureFonts.forText(it.label(), alliance ? 10.5f : 10f, alliance);
        double base = s.y() + s.h() / 2 + 3.6;
        double w = placer.width(it.label(), f);
        // inside the bar, on a halo of the bar's own colour (the as-of cursor passes behind the name)
        Color bar = opaque(s.fill(), s.ground());
        Color inside = FigureStyle.textOn(bar);
        Rectangle2D barBox = new Rectangle2D.Double(b.getX(), s.y(), b.getWidth(), s.h());
        if (w + 8 <= b.getWidth()) {
            Rectangle2D r = new Rectangle2D.Double(b.getX() + 4, s.y(), w, s.h());
            if (placer.free(r)) {
                drawLabel(g, placer.put(it.label(), f, b.getX() + 4, base, it), inside, bar, barBox);
                return;
            }
        }
        LabelPlacer.Placed p = placer.place(List.of(it.label()), f, List.of(
                new LabelPlacer.Spot(b.getMaxX() + 5, base, LabelPlacer.Align.LEFT),
                new LabelPlacer.Spot(b.getX() - 5, base, LabelPlacer.Align.RIGHT),
                new LabelPlacer.Spot(b.getMaxX() - 4, base, LabelPlacer.Align.RIGHT),
                new LabelPlacer.Spot(b.getX() + 4, base, LabelPlacer.Align.LEFT),
                // the same, slid back into the view where the bar is near its edge
                new LabelPlacer.Spot(Math.max(placer.view().getMinX(), b.getMaxX() - 4 - w), base, LabelPlacer.Align.LEFT),
                new LabelPlacer.Spot(Math.min(placer.view().getMaxX(), b.getX() + 4 + w), base, LabelPlacer.Align.RIGHT)),
                Integer.MAX_VALUE, it);
        if (p != null) {
            drawLabel(g, p, pal.style.foreground(), s.ground());
            return;
        }
        if (b.getWidth() > 40) {
            // no room for it whole: shortened inside the bar
            String cut = FigureText.fit(it.label(), f, b.getWidth() - 8);
            if (cut != null && cut.length() > 4) {
                Rectangle2D r = new Rectangle2D.Double(b.getX() + 4, s.y(), placer.width(cut, f), s.h());
                if (placer.free(r)) {
                    drawLabel(g, placer.put(cut, f, b.getX() + 4, base, it), inside, bar, barBox);
                }
            }
        }
    }

    private static Color opaque(Color c, Color bg) {
        double a = c.getAlpha() / 255.0;
        return new Color((int) (c.getRed() * a + bg.getRed() * (1 - a)), (int) (c.getGreen() * a + bg.getGreen() * (1 - a)),
                (int) (c.getBlue() * a + bg.getBlue() * (1 - a)));
    }

    // ------------------------------------------------------------------ claims and events

    private void drawClaims(Graphics2D g, TimelinePalette pal, Lane lane, double y, List<TimelineItem> items,
                            long asOfDay, LabelPlacer placer, double lanesTop, List<ClaimLabel> claimLabels) {
        int tracks = lane.tracks();
        double[] minX = new double[tracks];
        double[] maxX = new double[tracks];
        java.util.Arrays.fill(minX, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(maxX, Double.NEGATIVE_INFINITY);
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
                g.draw(new Line2D.Double(clamp(minX[t], axis.left(), axis.right()), cy,
                        clamp(maxX[t], axis.left(), axis.right()), cy));
            }
        }
        boolean withLabels = axis.pixelsPerDay() >= 1.5 && items.size() < 400;
        double[] lastX = new double[tracks];
        java.util.Arrays.fill(lastX, Double.NEGATIVE_INFINITY);
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
            if (it.from() != null && it.from().precision() != PartialDate.Precision.DAY) {
                double a = clamp(axis.x(it.start()), axis.left(), axis.right());
                double b = clamp(axis.x(it.end() + 1), axis.left(), axis.right());
                if (b - a > 2) {
                    hatch(g, a, cy - 3, b - a, 6, c, pal);
                }
            }
            marker(g, it.status(), x, cy, c, pal.style.background());
            drawnMarks++;
            Rectangle2D box = new Rectangle2D.Double(x - M - 1, cy - M - 1, 2 * M + 2, 2 * M + 2);
            if (it.ref() != null && it.ref().equals(vp.selected())) {
                ring(g, pal, x, cy);
            }
            hits.add(new Hit(box, it));
            if (withLabels) {
                placer.reserve(box);
                if (cy - 7 >= lanesTop) {
                    claimLabels.add(new ClaimLabel(it, x, cy));
                }
            }
        }
    }

    private static double trackY(double laneY, int track) {
        return laneY + TimelineModel.PAD / 2 + track * TimelineModel.TRACK_H + TimelineModel.TRACK_H / 2;
    }

    /** Where a point is drawn: the middle of its day, or of the month or year a partial date may mean. */
    private double pointX(TimelineItem it) {
        return axis.x((it.start() + it.end() + 1) / 2.0);
    }

    private void ring(Graphics2D g, TimelinePalette pal, double x, double cy) {
        g.setColor(pal.style.accent());
        g.setStroke(CURSOR_STROKE);
        g.draw(new Ellipse2D.Double(x - M - 4, cy - M - 4, 2 * M + 8, 2 * M + 8));
    }

    /** A claim marker: each status its own shape (and colour). */
    static void marker(Graphics2D g, ClaimStatus s, double x, double y, Color c, Color background) {
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

    private static void diamond(Graphics2D g, double x, double y, Color c) {
        g.setColor(c);
        Path2D d = new Path2D.Double();
        d.moveTo(x, y - M - 1);
        d.lineTo(x + M + 1, y);
        d.lineTo(x, y + M + 1);
        d.lineTo(x - M - 1, y);
        d.closePath();
        g.fill(d);
    }

    /** Titles of more events than this in the window are left to their tooltips. */
    static final int EVENT_LABEL_LIMIT = 600;

    private void drawEvents(Graphics2D g, TimelinePalette pal, double y, List<TimelineItem> items, long asOfDay,
                            LabelPlacer placer) {
        double cy = y + TimelineModel.EVENT_ROW_H / 2;
        double lastX = Double.NEGATIVE_INFINITY;
        boolean withLabels = items.size() < EVENT_LABEL_LIMIT;
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
            if (it.from() != null && it.from().precision() != PartialDate.Precision.DAY) {
                double a = clamp(axis.x(it.start()), axis.left(), axis.right());
                double b = clamp(axis.x(it.end() + 1), axis.left(), axis.right());
                if (b - a > 2) {
                    hatch(g, a, cy - 3, b - a, 6, pal.style.muted(), pal);
                }
            }
            diamond(g, x, cy, c);
            drawnMarks++;
            Rectangle2D box = new Rectangle2D.Double(x - M - 2, cy - M - 2, 2 * M + 4, 2 * M + 4);
            if (it.ref() != null && it.ref().equals(vp.selected())) {
                ring(g, pal, x, cy);
            }
            hits.add(new Hit(box, it));
            if (withLabels) {
                placer.reserve(box);
            }
        }
    }

    /**
     * Draws the event titles laid out before painting ({@link #layoutEvents}) in rows under the markers, each
     * with a thin leader line from its marker; leaders first, then every title on a halo of the background, so
     * a leader (or a rule) that passes behind a title does not cross its text.
     */
    private void placeEvents(Graphics2D g, TimelinePalette pal, LabelPlacer placer, double laneY, double dx,
                             long asOfDay, List<LabelPlacer.Placed> layout) {
        List<LabelPlacer.Placed> done = new ArrayList<>(layout.size());
        for (LabelPlacer.Placed e : layout) {
            done.add(placer.put(e.text(), e.font(), e.x() + dx, e.baseline() + laneY, e.owner()));
        }
        double cy = laneY + TimelineModel.EVENT_ROW_H / 2;
        g.setStroke(HAIR);
        g.setColor(pal.leader);
        for (LabelPlacer.Placed p : done) {
            double x = pointX((TimelineItem) p.owner());
            g.draw(new Line2D.Double(x, cy + M + 2, x, p.bounds().getMinY() + 1));
        }
        for (LabelPlacer.Placed p : done) {
            TimelineItem it = (TimelineItem) p.owner();
            drawLabel(g, p, faded(pal.style.foreground(), it, asOfDay), pal.style.background());
            hits.add(new Hit(p.bounds(), it));
        }
    }

    /** A claim's status and date beside its marker: right of it (the status alone if need be), else left. */
    private void placeClaimLabel(Graphics2D g, TimelinePalette pal, LabelPlacer placer, ClaimLabel c, long asOfDay) {
        TimelineItem it = c.item();
        String date = shortDate(it.from());
        List<String> texts = List.of(it.label() + " " + date, it.label());
        LabelPlacer.Placed p = placer.place(texts, SMALL, List.of(
                new LabelPlacer.Spot(c.x() + M + 4, c.y() + 3.5, LabelPlacer.Align.LEFT)), Integer.MAX_VALUE, it);
        if (p == null) {
            p = placer.place(texts, SMALL, List.of(
                    new LabelPlacer.Spot(c.x() - M - 4, c.y() + 3.5, LabelPlacer.Align.RIGHT)), Integer.MAX_VALUE, it);
        }
        if (p != null) {
            // on a halo: the deal's line and any rule run behind the text, not through it
            drawLabel(g, p, faded(pal.style.muted(), it, asOfDay), pal.style.background());
        }
    }

    private final java.util.Map<Election, LabelPlacer.Placed> electionLabels = new java.util.HashMap<>();

    /** Places election names in the two rows of the header band ({@code draw} false), or draws them. */
    private void placeElections(Graphics2D g, TimelinePalette pal, LabelPlacer placer, List<Election> shown, double top,
                                Font f, boolean draw) {
        if (draw) {
            for (Election e : shown) {
                LabelPlacer.Placed p = electionLabels.get(e);
                if (p != null) {
                    drawLabel(g, p, pal.style.foreground(), pal.stripe);
                    hits.add(new Hit(p.bounds(), e));
                }
                double x = axis.x(e.pollingDay().earliest().toEpochDay() + 0.5);
                hits.add(new Hit(new Rectangle2D.Double(x - 3, top + AXIS_H, 6, BAND_H), e));
            }
            return;
        }
        electionLabels.clear();
        for (boolean shorten : new boolean[] {false, true}) {
            for (Election e : shown) {
                if (electionLabels.containsKey(e)) {
                    continue;
                }
                double x = axis.x(e.pollingDay().earliest().toEpochDay() + 0.5);
                List<String> texts = List.of(e.name() + ", " + e.pollingDay().display(), e.name(),
                        "Election " + e.pollingDay().display(), "Polls " + e.pollingDay().year());
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

    /**
     * Draws a placed label in {@code ink}, on a halo of {@code ground} (what lies behind it) unless that is
     * {@code null}: rules, the as-of cursor and leader lines are drawn before labels, so they pass behind text.
     */
    private void drawLabel(Graphics2D g, LabelPlacer.Placed p, Color ink, Color ground) {
        drawLabel(g, p, ink, ground, null);
    }

    /** The same, the halo kept within {@code within} (a bar, for a name written inside it) unless that is {@code null}. */
    private void drawLabel(Graphics2D g, LabelPlacer.Placed p, Color ink, Color ground, Rectangle2D within) {
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

    // ------------------------------------------------------------------ label column

    private void laneLabel(Graphics2D g, TimelinePalette pal, Geometry geo, int row, Lane lane, double x0, double y,
                           double w, double lanesTop) {
        FigureStyle style = pal.style;
        double indent = 8 + lane.depth() * 14;
        double x = x0 + indent;
        double first = y + (lane.kind() == Lane.Kind.ALLIANCE ? 16 : lane.kind() == Lane.Kind.GROUP ? 15
                : lane.kind() == Lane.Kind.EVENTS ? 16 : TimelineModel.PAD / 2 + TimelineModel.TRACK_H / 2 + 4);
        if (first < lanesTop + 8) {
            return;
        }
        if (lane.collapsible() && !vp.forFile()) {
            chevron(g, style.muted(), x + 4, first - 4, lane.collapsed());
            x += 13;
        }
        Font f = laneFont(lane);
        if (hasSwatch(lane)) {
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
        hits.add(new Hit(new Rectangle2D.Double(x0, y, w, Math.min(geo.rowH[row], 20 + (name.size() - 1) * NAME_LINE_H)),
                lane));
        if (geo.natives && hasNative(lane)) {
            Font nf = nativeFont(lane.nativeLabel());
            double nw = TextMetrics.shared().width(lane.nativeLabel(), nf);
            g.setColor(style.muted());
            FigureText.draw(g, lane.nativeLabel(), nf, x0 + w - nw, first + 1);
            labels.add(lane.nativeLabel());
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

    private static void chevron(Graphics2D g, Color c, double cx, double cy, boolean collapsed) {
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

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
