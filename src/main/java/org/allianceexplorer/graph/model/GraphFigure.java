package org.allianceexplorer.graph;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.LegendEntry;

/**
 * The relationship graph as a figure: the one painter for screen (through FXGraphics2D), PNG, SVG and PDF.
 * Nodes are parties (party colour, or a hatch with an outline when the party has none; area by seats or
 * ties), labelled with the abbreviation and optionally the native-script name; ties are drawn in the
 * style of their {@link EdgeType}; several ties between two parties bend apart so each stays visible.
 * The whole graph is scaled to fit the body with room for every label, so nothing is clipped.
 * Immutable: safe to paint from any thread.
 */
public final class GraphFigure implements Figure {

    public static final float LABEL_SIZE = 11.5f;
    private static final float SMALL_LABEL = 9.5f;
    private static final float NATIVE_SIZE = 12f;
    /** The native-name line starts this much inside the abbreviation's line (the Naskh face's line is tall). */
    private static final double NATIVE_TIGHT = 3;
    private static final float BADGE_SIZE = 9.5f;
    private static final double MAX_SCALE = 3;
    /** Nodes grow with the zoom only up to this factor; the ties get the extra room. */
    private static final double MAX_NODE_SCALE = 1.25;
    static final double BEND = 13;
    /** Above this many ties, edges are drawn straight and batched by type (fast enough to drag). */
    private static final int FAST_EDGES = 1500;

    /** What changes between frames on screen: hover, selection, native names, pin marks. */
    public record Options(boolean nativeNames, String hovered, String selected, boolean showPins) {
        public static final Options PRINT = new Options(false, null, null, false);

        public Options withHovered(String h) {
            return new Options(nativeNames, h, selected, showPins);
        }
    }

    /** Maps layout units to the page: {@code page = layout * scale + offset}. */
    public record Viewport(double scale, double tx, double ty) {
        public double toPageX(double x) {
            return x * scale + tx;
        }

        public double toPageY(double y) {
            return y * scale + ty;
        }

        public double toLayoutX(double px) {
            return (px - tx) / scale;
        }

        public double toLayoutY(double py) {
            return (py - ty) / scale;
        }
    }

    private final PartyGraph graph;
    private final GraphPositions positions;
    private final FigureInfo info;
    private final Options options;
    private final NodeSizes sizes;
    private final Map<String, PartyNode> nodes;
    private final Viewport fixed;
    private final Topology topology;
    private final Basis basis;
    private FigureData data;
    /** The last placement of labels and badges, for the area and viewport it was made for. */
    private GraphLabels.Placement placed;
    private Rectangle2D placedArea;
    private Viewport placedViewport;

    /**
     * What the sources of a figure are looked up from: the day of its ties, the election whose seats size
     * its nodes ({@code null}: sized by ties), and the sources once looked up.
     */
    record Basis(LocalDate day, String election, List<Source> sources) {
        static final Basis NONE = new Basis(null, null, List.of());

        Basis {
            sources = List.copyOf(sources);
        }
    }

    /** What depends on the graph only, computed once and shared by the variants of a figure (frames of a drag). */
    private static final class Topology {
        final List<List<PartyEdge>> pairs = new ArrayList<>();
        final Map<String, Double> labelWidth = new HashMap<>();
        double labelHalf = -1;
        double labelHalfNative = -1;

        Topology(PartyGraph graph) {
            Map<String, List<PartyEdge>> m = new LinkedHashMap<>();
            for (PartyEdge e : graph.edges()) {
                String a = e.from().compareTo(e.to()) <= 0 ? e.from() : e.to();
                String b = a.equals(e.from()) ? e.to() : e.from();
                m.computeIfAbsent(a + "\u0000" + b, k -> new ArrayList<>()).add(e);
            }
            for (List<PartyEdge> list : m.values()) {
                list.sort(Comparator.comparing((PartyEdge e) -> e.type().ordinal()).thenComparing(PartyEdge::from));
                pairs.add(List.copyOf(list));
            }
        }
    }

    public GraphFigure(PartyGraph graph, GraphPositions positions, FigureInfo info, Options options) {
        this(graph, positions.copy(), info, options, new NodeSizes(graph), graph.byAbbreviation(), null, new Topology(graph),
                Basis.NONE);
    }

    private GraphFigure(PartyGraph graph, GraphPositions positions, FigureInfo info, Options options, NodeSizes sizes,
                        Map<String, PartyNode> nodes, Viewport fixed, Topology topology, Basis basis) {
        this.basis = basis;
        this.graph = graph;
        this.positions = positions;
        this.info = info;
        this.options = options;
        this.sizes = sizes;
        this.nodes = nodes;
        this.fixed = fixed;
        this.topology = topology;
    }

    /** The same figure with other screen options. */
    public GraphFigure with(Options o) {
        GraphFigure f = new GraphFigure(graph, positions, info, o, sizes, nodes, fixed, topology, basis);
        if (o.nativeNames() == options.nativeNames()) {
            // hover and selection do not move labels: keep the placement made for this figure
            synchronized (this) {
                f.placed = placed;
                f.placedArea = placedArea;
                f.placedViewport = placedViewport;
            }
        }
        return f;
    }

    /** The same figure drawn through a fixed viewport (while a node is dragged, so the page does not refit). */
    public GraphFigure withViewport(Viewport v) {
        return new GraphFigure(graph, positions, info, options, sizes, nodes, v, topology, basis);
    }

    /** The same figure with other positions (a dragged node); the graph and sizes are reused. */
    public GraphFigure withPositions(GraphPositions p) {
        return new GraphFigure(graph, p.copy(), info, options, sizes, nodes, fixed, topology, basis);
    }

    /** The same figure with the sources behind it (see {@link GraphSnapshot#sources}), for the report bundle. */
    public GraphFigure withSources(List<Source> s) {
        return withBasis(new Basis(basis.day(), basis.election(), s));
    }

    /**
     * The same figure with the sources of its ties (and of the results that size its nodes) looked up:
     * reads the database, call off the FX thread.
     */
    @Override
    public GraphFigure withSources(Repositories repositories) {
        return withSources(GraphSnapshot.sources(graph, basis.day(), basis.election(), SourcesOfRecords.of(repositories)));
    }

    GraphFigure withBasis(Basis b) {
        return new GraphFigure(graph, positions, info, options, sizes, nodes, fixed, topology, b);
    }

    /**
     * One row per tie shown (type, from, to, weight: seats for a seat deal, else the groupings or relations
     * behind it; detail: the alliances, seats or relations), then one per party shown with what sizes its node.
     */
    @Override
    public synchronized FigureData data() {
        if (data == null) {
            List<List<String>> rows = new ArrayList<>();
            for (PartyEdge e : graph.edges()) {
                rows.add(List.of(e.type().shortName().toLowerCase(java.util.Locale.ROOT), e.from(), e.to(),
                        Integer.toString(e.weight()), String.join("; ", e.reasons())));
            }
            Map<String, Integer> degrees = graph.degrees();
            boolean bySeats = graph.nodes().stream().anyMatch(n -> n.seats() != null);
            for (PartyNode n : graph.nodes()) {
                int size = bySeats ? (n.seats() == null ? 0 : n.seats()) : degrees.getOrDefault(n.abbreviation(), 0);
                rows.add(List.of("party", n.abbreviation(), "", Integer.toString(size),
                        n.name() + " (node size: " + (graph.sizedBy().isBlank() ? "ties" : graph.sizedBy()) + ")"));
            }
            data = new FigureData(List.of("type", "from", "to", "weight", "detail"), rows, basis.sources());
        }
        return data;
    }

    private double labelWidth(String text, Font f) {
        synchronized (topology) {
            return topology.labelWidth.computeIfAbsent(f.getSize2D() + "\u0000" + text, k -> FigureText.width(text, f));
        }
    }

    public PartyGraph graph() {
        return graph;
    }

    public Options options() {
        return options;
    }

    @Override
    public FigureInfo info() {
        return info;
    }

    /** Title, stamp, legend (the tie types present, and the no-colour key when needed) and credits. */
    public static FigureInfo info(PartyGraph g, LocalDate day, boolean latest, String scope) {
        String stamp = day == null ? "Latest" : (latest ? "Latest: " : "As of ") + PartialDate.of(day).display();
        Set<EdgeType> present = EnumSet.noneOf(EdgeType.class);
        g.edges().forEach(e -> present.add(e.type()));
        List<LegendEntry> legend = new ArrayList<>();
        for (EdgeType t : present.isEmpty() ? EnumSet.allOf(EdgeType.class) : present) {
            legend.add(t.legend());
        }
        if (g.nodes().stream().anyMatch(n -> n.colour() == null)) {
            // the key is hatched like the nodes it explains (FigureFrame draws the hatch as vector lines, so SVG keeps it)
            legend.add(new LegendEntry("no party colour on record (hatched)", FigureStyle.LIGHT.muted(),
                    LegendEntry.Swatch.HATCHED_BOX));
        }
        StringBuilder sub = new StringBuilder();
        sub.append(g.nodes().size()).append(g.nodes().size() == 1 ? " party, " : " parties, ")
                .append(g.edges().size()).append(g.edges().size() == 1 ? " tie" : " ties");
        if (scope != null && !scope.isBlank()) {
            sub.append(" \u00b7 ").append(scope);
        }
        if (!g.sizedBy().isBlank()) {
            sub.append(" \u00b7 node size: ").append(g.sizedBy());
        }
        Map<String, Integer> outlets = new TreeMap<>();
        for (PartyEdge e : g.edges()) {
            e.sources().forEach(s -> outlets.merge(s, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(outlets.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder credits = new StringBuilder("Sources behind the ties shown: ");
        if (ranked.isEmpty()) {
            credits.append("the records of the open database.");
        } else {
            int shown = Math.min(10, ranked.size());
            for (int i = 0; i < shown; i++) {
                credits.append(i == 0 ? "" : "; ").append(ranked.get(i).getKey()).append(" (")
                        .append(ranked.get(i).getValue()).append(')');
            }
            if (ranked.size() > shown) {
                credits.append("; and ").append(ranked.size() - shown).append(" more outlets");
            }
            credits.append('.');
        }
        List<String> creditLines = new ArrayList<>();
        creditLines.add(credits.toString());
        if (g.sizedBy().startsWith("seats")) {
            creditLines.add("Node size: " + g.sizedBy() + " (election results in the database).");
        }
        return new FigureInfo("Party relationships", sub.toString(), stamp, legend, creditLines);
    }

    @Override
    public double bodyHeight(double width) {
        double[] b = bounds();
        if (b == null) {
            return 200;
        }
        double aspect = (b[3] - b[1]) / Math.max(1, b[2] - b[0]);
        return Math.max(260, Math.min(width * 0.75, width * Math.max(0.5, aspect) + labelBottom()));
    }

    /** Layout-unit bounds of the nodes with their radii: minX, minY, maxX, maxY; null when empty. */
    private double[] bounds() {
        double[] b = null;
        for (PartyNode n : graph.nodes()) {
            if (!positions.has(n.id())) {
                continue;
            }
            double r = sizes.radius(n);
            double x = positions.x(n.id());
            double y = positions.y(n.id());
            if (b == null) {
                b = new double[] {x - r, y - r, x + r, y + r};
            } else {
                b[0] = Math.min(b[0], x - r);
                b[1] = Math.min(b[1], y - r);
                b[2] = Math.max(b[2], x + r);
                b[3] = Math.max(b[3], y + r);
            }
        }
        return b;
    }

    private boolean labelled() {
        return graph.nodes().size() <= LayoutGraph.LABELLED;
    }

    private double labelBottom() {
        if (!labelled()) {
            return FigureText.lineHeight(FigureFonts.bold(SMALL_LABEL)) + 4;
        }
        double h = FigureText.lineHeight(FigureFonts.bold(LABEL_SIZE)) + 4;
        if (options.nativeNames()) {
            h += FigureText.lineHeight(FigureFonts.forText("\u0627", NATIVE_SIZE, false));
        }
        return h;
    }

    private double labelHalfWidth() {
        synchronized (topology) {
            double cached = options.nativeNames() ? topology.labelHalfNative : topology.labelHalf;
            if (cached >= 0) {
                return cached;
            }
        }
        double w = computeLabelHalfWidth();
        synchronized (topology) {
            if (options.nativeNames()) {
                topology.labelHalfNative = w;
            } else {
                topology.labelHalf = w;
            }
        }
        return w;
    }

    private double computeLabelHalfWidth() {
        double w = 0;
        Font f = FigureFonts.bold(labelled() ? LABEL_SIZE : SMALL_LABEL);
        for (PartyNode n : graph.nodes()) {
            w = Math.max(w, labelWidth(n.abbreviation(), f) / 2 + 4);
            String nativeName = nativeLabel(n);
            if (options.nativeNames() && labelled() && nativeName != null) {
                w = Math.max(w, FigureText.width(nativeName, FigureFonts.forText(nativeName, NATIVE_SIZE, false)) / 2 + 4);
            }
        }
        return w;
    }

    /** Where layout units land in {@code area}: the whole graph, labels included, fits. */
    public Viewport viewport(Rectangle2D area) {
        if (fixed != null) {
            return fixed;
        }
        double[] b = bounds();
        if (b == null) {
            return new Viewport(1, area.getCenterX(), area.getCenterY());
        }
        double padX = labelHalfWidth() + 2;
        double padTop = 6;
        double padBottom = labelBottom() + 2;
        double bw = Math.max(1, b[2] - b[0]);
        double bh = Math.max(1, b[3] - b[1]);
        double s = Math.min((area.getWidth() - 2 * padX) / bw, (area.getHeight() - padTop - padBottom) / bh);
        s = Math.max(0.01, Math.min(MAX_SCALE, s));
        double tx = area.getX() + padX + (area.getWidth() - 2 * padX - bw * s) / 2 - b[0] * s;
        double ty = area.getY() + padTop + (area.getHeight() - padTop - padBottom - bh * s) / 2 - b[1] * s;
        return new Viewport(s, tx, ty);
    }

    /** The drawn radius of a node (page units). */
    private double drawnRadius(PartyNode n, Viewport v) {
        return Math.max(2.5, sizes.radius(n) * Math.min(v.scale(), MAX_NODE_SCALE));
    }

    /** The party under a page point, or {@code null}. */
    public String nodeAt(Rectangle2D area, double px, double py) {
        Viewport v = viewport(area);
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (PartyNode n : graph.nodes()) {
            if (!positions.has(n.id())) {
                continue;
            }
            double dx = v.toPageX(positions.x(n.id())) - px;
            double dy = v.toPageY(positions.y(n.id())) - py;
            double d = Math.hypot(dx, dy);
            double r = Math.max(drawnRadius(n, v), 6) + 2;
            if (d <= r && d < bestD) {
                best = n.abbreviation();
                bestD = d;
            }
        }
        return best;
    }

    /** The tie nearest a page point (within a few units), or {@code null}. */
    public PartyEdge edgeAt(Rectangle2D area, double px, double py) {
        Viewport v = viewport(area);
        PartyEdge best = null;
        double bestD = 6;
        for (Map.Entry<PartyEdge, QuadCurve2D> e : curves(v, null, false).entrySet()) {
            QuadCurve2D c = e.getValue();
            for (int i = 0; i <= 16; i++) {
                Point2D p = at(c, i / 16.0);
                double d = p.distance(px, py);
                if (d < bestD) {
                    bestD = d;
                    best = e.getKey();
                }
            }
        }
        return best;
    }

    /**
     * A tooltip for a tie: the tie and, for a seat deal, the balance both ways, e.g.
     * {@code ANP → MQM-P: 6 seats; MQM-P → ANP: 1}.
     */
    public String describe(PartyEdge e) {
        StringBuilder sb = new StringBuilder();
        if (e.type() == EdgeType.SEAT_DEAL) {
            int back = graph.between(e.from(), e.to()).stream()
                    .filter(o -> o.type() == EdgeType.SEAT_DEAL && o.from().equals(e.to())).mapToInt(PartyEdge::weight).sum();
            sb.append(e.from()).append(" \u2192 ").append(e.to()).append(": ").append(e.weight())
                    .append(e.weight() == 1 ? " seat" : " seats").append("; ").append(e.to()).append(" \u2192 ")
                    .append(e.from()).append(": ").append(back).append('\n')
                    .append("Seats: ").append(String.join(", ", e.reasons()));
        } else {
            sb.append(e.describe());
        }
        if (!e.sources().isEmpty()) {
            sb.append("\nSources: ").append(String.join("; ", e.sources()));
        }
        return sb.toString();
    }

    /** A tooltip for a party: name, seats, ties by type. */
    public String describe(String party) {
        PartyNode n = nodes.get(party);
        if (n == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(n.abbreviation()).append(" \u2014 ").append(n.name());
        if (n.seats() != null) {
            sb.append("\nSeats won: ").append(n.seats());
        }
        for (PartyEdge e : graph.edges()) {
            if (e.touches(party)) {
                sb.append('\n').append(e.describe());
            }
        }
        return sb.toString();
    }

    @Override
    public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
        paintLayer(g, area, style, null, false);
    }

    /**
     * Paints one layer of the body while {@code party} is dragged: with {@code only}, just that party, its ties
     * and its label; without, everything else ({@code party == null}: the whole body). The screen paints the
     * rest once per drag and only the dragged layer per frame.
     */
    public void paintLayer(Graphics2D g, Rectangle2D area, FigureStyle style, String party, boolean only) {
        if (graph.nodes().isEmpty()) {
            if (only) {
                return;
            }
            g.setColor(style.muted());
            Font f = FigureFonts.regular(13);
            FigureText.drawCentred(g, "No ties hold on this day with these filters.", f, area.getCenterX(), area.getCenterY());
            return;
        }
        Viewport v = viewport(area);
        GraphLabels.Placement placed = placement(area, v);
        Set<String> lit = highlighted();
        Composite base = g.getComposite();
        paintEdges(g, v, style, lit, base, party, only);
        paintBadges(g, placed, style, lit, base, party, only);
        paintNodes(g, v, style, lit, base, party, only);
        paintLabels(g, placed, style, lit, base, party, only);
        g.setComposite(base);
    }

    /**
     * Where the labels and seat-deal badges go in {@code area} (page units): none covers a node, a label or
     * another badge. The painter draws exactly this, on screen and in files.
     */
    GraphLabels.Placement placement(Rectangle2D area) {
        return graph.nodes().isEmpty() ? GraphLabels.Placement.EMPTY : placement(area, viewport(area));
    }

    private GraphLabels.Placement placement(Rectangle2D area, Viewport v) {
        synchronized (this) {
            if (placed != null && area.equals(placedArea) && v.equals(placedViewport)) {
                return placed;
            }
        }
        GraphLabels.Placement p = computePlacement(area, v);
        synchronized (this) {
            placed = p;
            placedArea = (Rectangle2D) area.clone();
            placedViewport = v;
        }
        return p;
    }

    private GraphLabels.Placement computePlacement(Rectangle2D area, Viewport v) {
        List<GraphLabels.NodeMark> marks = new ArrayList<>();
        Map<String, GraphLabels.NodeMark> byParty = new HashMap<>();
        for (PartyNode n : graph.nodes()) {
            if (positions.has(n.id())) {
                GraphLabels.NodeMark m = new GraphLabels.NodeMark(n.abbreviation(), v.toPageX(positions.x(n.id())),
                        v.toPageY(positions.y(n.id())), drawnRadius(n, v));
                marks.add(m);
                byParty.put(n.abbreviation(), m);
            }
        }
        boolean small = labelled() && !fast();
        Map<PartyEdge, QuadCurve2D> curves = small || badged() ? curves(v, null, false) : Map.of();
        List<GraphLabels.BadgeRequest> badges = new ArrayList<>();
        if (badged()) {
            Font bf = FigureFonts.bold(BADGE_SIZE);
            double h = FigureText.lineHeight(bf) + 1;
            for (Map.Entry<PartyEdge, QuadCurve2D> en : curves.entrySet()) {
                PartyEdge e = en.getKey();
                if (e.type() == EdgeType.SEAT_DEAL) {
                    double w = Math.max(h, FigureText.width(Integer.toString(e.weight()), bf) + 8);
                    badges.add(new GraphLabels.BadgeRequest(e, en.getValue(), w, h));
                }
            }
            // the heaviest deal first: it gets the middle of its line
            badges.sort(Comparator.comparingInt((GraphLabels.BadgeRequest b) -> -b.edge().weight())
                    .thenComparing(b -> b.edge().from()).thenComparing(b -> b.edge().to()));
        }
        List<PartyNode> order = new ArrayList<>(graph.nodes());
        order.sort(Comparator.comparingDouble((PartyNode n) -> -sizes.radius(n)).thenComparing(PartyNode::abbreviation));
        List<GraphLabels.LabelRequest> labels = new ArrayList<>();
        for (PartyNode n : order) {
            GraphLabels.NodeMark m = byParty.get(n.abbreviation());
            if (m == null || !labelled() && m.r() < 4) {
                continue;
            }
            double[] size = labelSize(n, true);
            double[] alone = labelSize(n, false);
            labels.add(new GraphLabels.LabelRequest(n.abbreviation(), m, size[0], size[1], alone[0], alone[1]));
        }
        return GraphLabels.place(area, marks, badges, labels, small ? curves : null, labelled());
    }

    /** Whether seat-deal ties carry a badge with their number of seats. */
    private boolean badged() {
        return graph.nodes().size() <= 60 && !fast();
    }

    /** The width and height of a party's label block: its abbreviation and, when shown and wanted, its native name. */
    private double[] labelSize(PartyNode n, boolean withNative) {
        Font f = labelFont();
        double w = labelWidth(n.abbreviation(), f);
        double h = FigureText.lineHeight(f);
        String nativeName = withNative ? shownNative(n) : null;
        if (nativeName != null) {
            Font nf = FigureFonts.forText(nativeName, NATIVE_SIZE, false);
            w = Math.max(w, labelWidth(nativeName, nf));
            h += FigureText.lineHeight(nf) - NATIVE_TIGHT;
        }
        return new double[] {w + 4, h};
    }

    /** The width and height of a party's label block in a labelled graph (the layout keeps room for it). */
    static double[] labelBlock(PartyNode n, boolean nativeNames) {
        Font f = FigureFonts.bold(LABEL_SIZE);
        double w = FigureText.width(n.abbreviation(), f);
        double h = FigureText.lineHeight(f);
        String nativeName = nativeNames ? nativeLabel(n) : null;
        if (nativeName != null) {
            Font nf = FigureFonts.forText(nativeName, NATIVE_SIZE, false);
            w = Math.max(w, FigureText.width(nativeName, nf));
            h += FigureText.lineHeight(nf) - NATIVE_TIGHT;
        }
        return new double[] {w + 4, h};
    }

    private Font labelFont() {
        return FigureFonts.bold(labelled() ? LABEL_SIZE : SMALL_LABEL);
    }

    /** The native name drawn under a party's abbreviation, or {@code null}. */
    private String shownNative(PartyNode n) {
        return options.nativeNames() && labelled() ? nativeLabel(n) : null;
    }

    /** The hovered party and its neighbours; {@code null} when nothing is hovered. */
    private Set<String> highlighted() {
        if (options.hovered() == null || !nodes.containsKey(options.hovered())) {
            return null;
        }
        Set<String> s = new java.util.HashSet<>(graph.neighbours(options.hovered()));
        s.add(options.hovered());
        return s;
    }

    private boolean fast() {
        return graph.edges().size() > FAST_EDGES;
    }

    /** The curve of every tie (page units): ties between the same two parties bend apart. */
    private Map<PartyEdge, QuadCurve2D> curves(Viewport v, String party, boolean only) {
        Map<PartyEdge, QuadCurve2D> out = new LinkedHashMap<>();
        boolean straight = fast();
        for (List<PartyEdge> list : topology.pairs) {
            PartyEdge first = list.get(0);
            String a = first.from().compareTo(first.to()) <= 0 ? first.from() : first.to();
            String b = a.equals(first.from()) ? first.to() : first.from();
            if (party != null && (a.equals(party) || b.equals(party)) != only) {
                continue; // not in the layer being painted
            }
            PartyNode na = nodes.get(a);
            PartyNode nb = nodes.get(b);
            if (na == null || nb == null || !positions.has(na.id()) || !positions.has(nb.id())) {
                continue;
            }
            double ax = v.toPageX(positions.x(na.id()));
            double ay = v.toPageY(positions.y(na.id()));
            double bx = v.toPageX(positions.x(nb.id()));
            double by = v.toPageY(positions.y(nb.id()));
            double len = Math.max(1e-6, Math.hypot(bx - ax, by - ay));
            double nx = -(by - ay) / len;
            double ny = (bx - ax) / len;
            int m = list.size();
            for (int i = 0; i < m; i++) {
                PartyEdge e = list.get(i);
                double off = straight ? 0 : (i - (m - 1) / 2.0) * BEND * 2;
                double cx = (ax + bx) / 2 + nx * off;
                double cy = (ay + by) / 2 + ny * off;
                boolean forward = e.from().equals(a);
                double ra = drawnRadius(na, v);
                double rb = drawnRadius(nb, v);
                Point2D p0 = toward(ax, ay, cx, cy, ra);
                Point2D p1 = toward(bx, by, cx, cy, rb + (e.type().directed() && forward ? 1.5 : 0));
                if (e.type().directed() && !forward) {
                    p0 = toward(ax, ay, cx, cy, ra + 1.5);
                }
                out.put(e, forward ? new QuadCurve2D.Double(p0.getX(), p0.getY(), cx, cy, p1.getX(), p1.getY())
                        : new QuadCurve2D.Double(p1.getX(), p1.getY(), cx, cy, p0.getX(), p0.getY()));
            }
        }
        return out;
    }

    private static Point2D toward(double x, double y, double tx, double ty, double dist) {
        double len = Math.hypot(tx - x, ty - y);
        if (len < 1e-9) {
            return new Point2D.Double(x, y);
        }
        return new Point2D.Double(x + (tx - x) / len * dist, y + (ty - y) / len * dist);
    }

    private static Point2D at(QuadCurve2D c, double t) {
        double u = 1 - t;
        return new Point2D.Double(u * u * c.getX1() + 2 * u * t * c.getCtrlX() + t * t * c.getX2(),
                u * u * c.getY1() + 2 * u * t * c.getCtrlY() + t * t * c.getY2());
    }

    /** The line of a tie type: width (page units), dash pattern. Meaning never by colour alone. */
    static Stroke stroke(EdgeType t, int weight, boolean thin) {
        float k = thin ? 0.6f : 1f;
        return switch (t) {
            case ALLIANCE -> new BasicStroke(1.3f * k, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case SEAT_DEAL -> new BasicStroke((float) Math.min(9, 1.4 + 1.1 * Math.sqrt(weight)) * k,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
            case COOPERATION -> new BasicStroke(2.2f * k, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {8f, 4f}, 0f);
            case COALITION -> new BasicStroke(7f * k, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case RIVALRY -> new BasicStroke(2.6f * k, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {0.1f, 5f}, 0f);
            case LINEAGE -> new BasicStroke(1.4f * k, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {3f, 3f}, 0f);
        };
    }

    private static Color edgeColour(EdgeType t, FigureStyle style) {
        Color c = t.colour();
        if (style.background().getRed() < 80) {
            // dark theme: lift the colour so it reads on a dark ground
            float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
            c = Color.getHSBColor(hsb[0], hsb[1] * 0.8f, Math.min(1f, hsb[2] + 0.35f));
        }
        int alpha = t == EdgeType.COALITION ? 90 : 235;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private void paintEdges(Graphics2D g, Viewport v, FigureStyle style, Set<String> lit, Composite base,
                            String party, boolean only) {
        Map<PartyEdge, QuadCurve2D> curves = curves(v, party, only);
        boolean fast = fast();
        if (fast) {
            // thousands of ties: one-pixel lines without anti-aliasing (Java2D's fastest loops), the type told by
            // colour and, for the directed types, arrowheads; the hovered party's ties get their full styles
            Map<EdgeType, List<QuadCurve2D>> lines = new HashMap<>();
            List<PartyEdge> litEdges = new ArrayList<>();
            for (Map.Entry<PartyEdge, QuadCurve2D> en : curves.entrySet()) {
                PartyEdge e = en.getKey();
                if (lit != null && e.touches(options.hovered())) {
                    litEdges.add(e);
                } else {
                    lines.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(en.getValue());
                }
            }
            java.awt.RenderingHints saved = (java.awt.RenderingHints) g.getRenderingHints().clone();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_NORMALIZE);
            g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_SPEED);
            g.setStroke(new BasicStroke(1f));
            int fade = lit == null ? 110 : 30;
            boolean heads = v.scale() > 0.25;
            int[] hx = new int[3];
            int[] hy = new int[3];
            for (EdgeType t : EdgeType.values()) {
                List<QuadCurve2D> list = lines.get(t);
                if (list == null) {
                    continue;
                }
                // opaque, pre-blended with the background: translucent colours leave Java2D's fast line loops
                g.setColor(blend(t.colour(), style.background(), fade / 255.0));
                for (QuadCurve2D q : list) {
                    g.drawLine((int) Math.round(q.getX1()), (int) Math.round(q.getY1()), (int) Math.round(q.getX2()),
                            (int) Math.round(q.getY2()));
                    if (heads && t.directed()) {
                        Path2D h = new Path2D.Double();
                        arrowHead(h, q, 4.5);
                        java.awt.geom.PathIterator it = h.getPathIterator(null);
                        double[] pt = new double[6];
                        for (int k = 0; k < 3 && !it.isDone(); k++, it.next()) {
                            it.currentSegment(pt);
                            hx[k] = (int) Math.round(pt[0]);
                            hy[k] = (int) Math.round(pt[1]);
                        }
                        g.fillPolygon(hx, hy, 3);
                    }
                }
            }
            g.setRenderingHints(saved);
            for (PartyEdge e : litEdges) {
                g.setColor(edgeColour(e.type(), style));
                g.setStroke(stroke(e.type(), 1, false));
                g.draw(curves.get(e));
            }
            g.setStroke(new BasicStroke(1f));
            return;
        }
        for (Map.Entry<PartyEdge, QuadCurve2D> en : curves.entrySet()) {
            PartyEdge e = en.getKey();
            QuadCurve2D c = en.getValue();
            boolean faded = lit != null && !e.touches(options.hovered());
            g.setComposite(faded ? alpha(base, 0.12f) : base);
            Color col = edgeColour(e.type(), style);
            g.setColor(col);
            Stroke s = stroke(e.type(), e.weight(), false);
            g.setStroke(s);
            double head = e.type() == EdgeType.SEAT_DEAL ? 6 + ((BasicStroke) s).getLineWidth() * 1.2 : 9;
            QuadCurve2D shaft = c;
            if (e.type().directed()) {
                // stop the line where the head starts, so the tip stays sharp
                Point2D end = new Point2D.Double(c.getX2(), c.getY2());
                Point2D back = toward(end.getX(), end.getY(), c.getCtrlX(), c.getCtrlY(), head * 0.8);
                shaft = new QuadCurve2D.Double(c.getX1(), c.getY1(), c.getCtrlX(), c.getCtrlY(), back.getX(), back.getY());
            }
            g.draw(shaft);
            if (e.type() == EdgeType.SEAT_DEAL) {
                Path2D h = new Path2D.Double();
                arrowHead(h, c, head);
                g.fill(h);
            } else if (e.type() == EdgeType.LINEAGE) {
                Path2D h = new Path2D.Double();
                arrowHead(h, c, head);
                g.setColor(style.background());
                g.fill(h);
                g.setColor(col);
                g.setStroke(new BasicStroke(1.4f));
                g.draw(h);
            }
        }
        g.setComposite(base);
        g.setStroke(new BasicStroke(1f));
    }

    /** The seat-deal badges where the placement put them, over the ties (those of the layer being painted). */
    private void paintBadges(Graphics2D g, GraphLabels.Placement placed, FigureStyle style, Set<String> lit,
                             Composite base, String party, boolean only) {
        Font f = FigureFonts.bold(BADGE_SIZE);
        for (GraphLabels.Badge b : placed.badges()) {
            PartyEdge e = b.edge();
            if (party != null && e.touches(party) != only) {
                continue;
            }
            boolean faded = lit != null && !e.touches(options.hovered());
            g.setComposite(faded ? alpha(base, 0.12f) : base);
            Rectangle2D r = b.box();
            RoundRectangle2D box = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(),
                    r.getHeight(), r.getHeight());
            g.setColor(style.background());
            g.fill(box);
            g.setColor(edgeColour(e.type(), style));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(box);
            FigureText.drawCentred(g, Integer.toString(e.weight()), f, r.getCenterX(),
                    r.getCenterY() + FigureText.ascent(f) / 2 - 1);
        }
        g.setComposite(base);
        g.setStroke(new BasicStroke(1f));
    }

    private static Color blend(Color c, Color over, double a) {
        return new Color((int) Math.round(c.getRed() * a + over.getRed() * (1 - a)),
                (int) Math.round(c.getGreen() * a + over.getGreen() * (1 - a)),
                (int) Math.round(c.getBlue() * a + over.getBlue() * (1 - a)));
    }

    private static void arrowHead(Path2D out, QuadCurve2D c, double size) {
        double ex = c.getX2();
        double ey = c.getY2();
        double dx = ex - c.getCtrlX();
        double dy = ey - c.getCtrlY();
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            dx = ex - c.getX1();
            dy = ey - c.getY1();
            len = Math.max(1e-9, Math.hypot(dx, dy));
        }
        double ux = dx / len;
        double uy = dy / len;
        double w = size * 0.55;
        out.moveTo(ex, ey);
        out.lineTo(ex - ux * size - uy * w, ey - uy * size + ux * w);
        out.lineTo(ex - ux * size + uy * w, ey - uy * size - ux * w);
        out.closePath();
    }

    private static Composite alpha(Composite base, float a) {
        float b = base instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
        return AlphaComposite.getInstance(AlphaComposite.SRC_OVER, a * b);
    }

    private void paintNodes(Graphics2D g, Viewport v, FigureStyle style, Set<String> lit, Composite base,
                            String party, boolean only) {
        boolean fast = fast();
        Color outline = new Color(style.foreground().getRed(), style.foreground().getGreen(),
                style.foreground().getBlue(), 150);
        // small nodes first, so big ones are not buried
        List<PartyNode> order;
        if (party != null && only) {
            order = nodes.containsKey(party) ? List.of(nodes.get(party)) : List.of();
        } else {
            order = new ArrayList<>(graph.nodes());
            order.sort(Comparator.comparingDouble(sizes::radius));
        }
        for (PartyNode n : order) {
            if (!positions.has(n.id()) || !only && n.abbreviation().equals(party)) {
                continue;
            }
            boolean faded = lit != null && !lit.contains(n.abbreviation());
            g.setComposite(faded ? alpha(base, 0.25f) : base);
            double r = drawnRadius(n, v);
            double x = v.toPageX(positions.x(n.id()));
            double y = v.toPageY(positions.y(n.id()));
            Ellipse2D circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            if (n.colour() == null) {
                g.setColor(style.surface());
                g.fill(circle);
                if (!fast) {
                    hatch(g, circle, style.muted());
                }
                g.setColor(style.muted());
                g.setStroke(new BasicStroke(fast ? 1f : 1.6f));
                g.draw(circle);
            } else if (fast && r < 5) {
                // a small dot in a large graph: no outline, one fill
                g.setColor(FigureStyle.colour(n.colour(), style.muted()));
                g.fill(circle);
            } else {
                g.setColor(FigureStyle.colour(n.colour(), style.muted()));
                g.fill(circle);
                g.setColor(outline);
                g.setStroke(new BasicStroke(fast ? 0.6f : 1f));
                g.draw(circle);
            }
            if (n.abbreviation().equals(options.selected())) {
                g.setComposite(base);
                g.setColor(style.accent());
                g.setStroke(new BasicStroke(3f));
                g.draw(new Ellipse2D.Double(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8));
            }
            if (options.showPins() && positions.pinned(n.id())) {
                g.setColor(style.accent());
                g.fill(new Ellipse2D.Double(x + r * 0.7 - 3, y - r * 0.7 - 3, 6, 6));
            }
        }
        g.setComposite(base);
        g.setStroke(new BasicStroke(1f));
    }

    /** Diagonal lines inside a circle: a pattern drawn as lines, so it is vector in SVG and PDF and works on a canvas. */
    private static void hatch(Graphics2D g, Ellipse2D circle, Color colour) {
        Shape clip = g.getClip();
        g.clip(circle);
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
        g.setStroke(new BasicStroke(0.9f));
        double x0 = circle.getX();
        double y0 = circle.getY();
        double d = circle.getWidth();
        for (double o = -d; o < d; o += 5) {
            g.draw(new java.awt.geom.Line2D.Double(x0 + o, y0 + d, x0 + o + d, y0));
        }
        g.setClip(clip);
    }

    /** The labels where the placement put them: the abbreviation on a halo, the native name under it. */
    private void paintLabels(Graphics2D g, GraphLabels.Placement placed, FigureStyle style, Set<String> lit,
                             Composite base, String party, boolean only) {
        Font f = labelFont();
        Color halo = new Color(style.background().getRed(), style.background().getGreen(), style.background().getBlue(), 215);
        for (GraphLabels.Label l : placed.labels()) {
            if (party != null && l.party().equals(party) != only) {
                continue;
            }
            PartyNode n = nodes.get(l.party());
            boolean faded = lit != null && !lit.contains(l.party());
            g.setComposite(faded ? alpha(base, 0.3f) : base);
            Rectangle2D box = l.box();
            java.awt.geom.Line2D leader = l.leader();
            if (leader != null) {
                g.setColor(style.muted());
                g.setStroke(new BasicStroke(0.8f));
                g.draw(leader);
            }
            g.setColor(halo);
            g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6));
            g.setColor(style.foreground());
            int align = l.align();
            drawAligned(g, l.party(), f, box, align, box.getY() + FigureText.ascent(f));
            String nativeName = l.whole() ? shownNative(n) : null;
            if (nativeName != null) {
                Font nf = FigureFonts.forText(nativeName, NATIVE_SIZE, false);
                double y = box.getY() + FigureText.lineHeight(f) + FigureText.ascent(nf) - NATIVE_TIGHT;
                g.setColor(style.muted());
                drawAligned(g, nativeName, nf, box, align, y);
            }
        }
        g.setComposite(base);
    }

    /** A line of a label in its box: toward the node ({@code -1} from the left edge, {@code 1} to the right) or centred. */
    private static void drawAligned(Graphics2D g, String text, Font f, Rectangle2D box, int align, double baseline) {
        if (align < 0) {
            FigureText.draw(g, text, f, box.getX() + 2, baseline);
        } else if (align > 0) {
            FigureText.drawRight(g, text, f, box.getMaxX() - 2, baseline);
        } else {
            FigureText.drawCentred(g, text, f, box.getCenterX(), baseline);
        }
    }

    /**
     * The native-script name as the bundled font can draw it: characters it has no glyph for (e.g. Latin
     * brackets in the Naskh face) are dropped rather than shown as boxes; {@code null} when none is left.
     */
    static String nativeLabel(PartyNode n) {
        String t = n.nativeName();
        if (t == null || t.isBlank()) {
            return null;
        }
        Font f = FigureFonts.forText(t, NATIVE_SIZE, false);
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (f.canDisplay(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
                sb.appendCodePoint(cp);
            }
        });
        String out = sb.toString().replaceAll("\\s+", " ").strip();
        return out.isEmpty() ? null : out;
    }

    /** The page position of a party's centre (tests, hit-testing), or {@code null} when not placed. */
    public Point2D centre(Rectangle2D area, String party) {
        PartyNode n = nodes.get(party);
        if (n == null || !positions.has(n.id())) {
            return null;
        }
        Viewport v = viewport(area);
        return new Point2D.Double(v.toPageX(positions.x(n.id())), v.toPageY(positions.y(n.id())));
    }
}
