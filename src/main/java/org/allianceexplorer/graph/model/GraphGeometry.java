package org.allianceexplorer.graph.model;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureText;

/**
 * Where the graph figure's parts go on the page, and what is under a point: the viewport that fits the whole
 * graph into the body with room for every label, the drawn radius of each node, the curve of each tie (several
 * ties between two parties bend apart), the placement of labels and seat-deal badges ({@link GraphLabels}) and
 * hit-testing. {@link GraphPainter} draws exactly this, on screen and in files. Immutable apart from caches
 * (guarded); safe to use from any thread.
 */
final class GraphGeometry {

    static final float LABEL_SIZE = 11.5f;
    static final float SMALL_LABEL = 9.5f;
    static final float NATIVE_SIZE = 12f;
    /** The native-name line starts this much inside the abbreviation's line (the Naskh face's line is tall). */
    static final double NATIVE_TIGHT = 3;

    static final float BADGE_SIZE = 9.5f;
    private static final double MAX_SCALE = 3;
    /** Nodes grow with the zoom only up to this factor; the ties get the extra room. */
    private static final double MAX_NODE_SCALE = 1.25;

    static final double BEND = 13;
    /** Above this many ties, edges are drawn straight and batched by type (fast enough to drag). */
    private static final int FAST_EDGES = 1500;

    /** What depends on the graph only, computed once and shared by the variants of a figure (frames of a drag). */
    static final class Topology {
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
                list.sort(Comparator.comparing((PartyEdge e) -> e.type().ordinal())
                        .thenComparing(PartyEdge::from));
                pairs.add(List.copyOf(list));
            }
        }
    }

    /**
     * The box a viewport fits, in layout units: the nodes with their radii, and the room their labels need beside
     * and below. An animation fits every frame to the union of its frames' extents, so parties stay put on the page.
     */
    record Extent(double minX, double minY, double maxX, double maxY, double padX, double padBottom) {

        /** The box holding both. */
        Extent union(Extent o) {
            return o == null
                    ? this
                    : new Extent(
                            Math.min(minX, o.minX),
                            Math.min(minY, o.minY),
                            Math.max(maxX, o.maxX),
                            Math.max(maxY, o.maxY),
                            Math.max(padX, o.padX),
                            Math.max(padBottom, o.padBottom));
        }
    }

    final PartyGraph graph;
    final GraphPositions positions;
    final NodeSizes sizes;
    final Map<String, PartyNode> nodes;
    final boolean nativeNames;
    private final Viewport fixed;
    /** The extent the viewport fits instead of this graph's own, or null. */
    private final Extent shared;

    private final Topology topology;
    /** The last placement of labels and badges, for the area and viewport it was made for. */
    private GraphLabels.Placement placed;

    private Rectangle2D placedArea;
    private Viewport placedViewport;

    GraphGeometry(PartyGraph graph, GraphPositions positions, boolean nativeNames) {
        this(
                graph,
                positions,
                new NodeSizes(graph),
                graph.byAbbreviation(),
                nativeNames,
                null,
                null,
                new Topology(graph));
    }

    private GraphGeometry(
            PartyGraph graph,
            GraphPositions positions,
            NodeSizes sizes,
            Map<String, PartyNode> nodes,
            boolean nativeNames,
            Viewport fixed,
            Extent shared,
            Topology topology) {
        this.graph = graph;
        this.positions = positions;
        this.sizes = sizes;
        this.nodes = nodes;
        this.nativeNames = nativeNames;
        this.fixed = fixed;
        this.shared = shared;
        this.topology = topology;
    }

    /** The same geometry with native names shown or not (labels are placed again). */
    GraphGeometry withNativeNames(boolean n) {
        return n == nativeNames ? this : new GraphGeometry(graph, positions, sizes, nodes, n, fixed, shared, topology);
    }

    /** The same geometry through a fixed viewport. */
    GraphGeometry withViewport(Viewport v) {
        return new GraphGeometry(graph, positions, sizes, nodes, nativeNames, v, shared, topology);
    }

    /** The same geometry with other positions (a private copy is kept). */
    GraphGeometry withPositions(GraphPositions p) {
        return new GraphGeometry(graph, p.copy(), sizes, nodes, nativeNames, fixed, shared, topology);
    }

    /** The same geometry fitted to {@code e} rather than to its own extent (a frame of an animation). */
    GraphGeometry withExtent(Extent e) {
        return new GraphGeometry(graph, positions, sizes, nodes, nativeNames, fixed, e, topology);
    }

    /** This graph's own extent; null when no node is placed. */
    Extent extent() {
        double[] b = bounds();
        return b == null ? null : new Extent(b[0], b[1], b[2], b[3], labelHalfWidth() + 2, labelBottom() + 2);
    }

    double bodyHeight(double width) {
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

    boolean labelled() {
        return graph.nodes().size() <= LayoutGraph.LABELLED;
    }

    /** True for thousands of ties: straight one-pixel lines, no badges, no hatching. */
    boolean fast() {
        return graph.edges().size() > FAST_EDGES;
    }

    /** Whether seat-deal ties carry a badge with their number of seats. */
    private boolean badged() {
        return graph.nodes().size() <= 60 && !fast();
    }

    private double labelBottom() {
        if (!labelled()) {
            return FigureText.lineHeight(FigureFonts.bold(SMALL_LABEL)) + 4;
        }
        double h = FigureText.lineHeight(FigureFonts.bold(LABEL_SIZE)) + 4;
        if (nativeNames) {
            h += FigureText.lineHeight(FigureFonts.forText("\u0627", NATIVE_SIZE, false));
        }
        return h;
    }

    private double labelWidth(String text, Font f) {
        synchronized (topology) {
            return topology.labelWidth.computeIfAbsent(f.getSize2D() + "\u0000" + text, k -> FigureText.width(text, f));
        }
    }

    private double labelHalfWidth() {
        synchronized (topology) {
            double cached = nativeNames ? topology.labelHalfNative : topology.labelHalf;
            if (cached >= 0) {
                return cached;
            }
        }
        double w = computeLabelHalfWidth();
        synchronized (topology) {
            if (nativeNames) {
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
            if (nativeNames && labelled() && nativeName != null) {
                w = Math.max(
                        w, FigureText.width(nativeName, FigureFonts.forText(nativeName, NATIVE_SIZE, false)) / 2 + 4);
            }
        }
        return w;
    }

    /** Where layout units land in {@code area}: the whole graph, labels included, fits. */
    Viewport viewport(Rectangle2D area) {
        if (fixed != null) {
            return fixed;
        }
        Extent e = shared != null ? shared : extent();
        if (e == null) {
            return new Viewport(1, area.getCenterX(), area.getCenterY());
        }
        double padX = e.padX();
        double padTop = 6;
        double padBottom = e.padBottom();
        double bw = Math.max(1, e.maxX() - e.minX());
        double bh = Math.max(1, e.maxY() - e.minY());
        double s = Math.min((area.getWidth() - 2 * padX) / bw, (area.getHeight() - padTop - padBottom) / bh);
        s = Math.max(0.01, Math.min(MAX_SCALE, s));
        double tx = area.getX() + padX + (area.getWidth() - 2 * padX - bw * s) / 2 - e.minX() * s;
        double ty = area.getY() + padTop + (area.getHeight() - padTop - padBottom - bh * s) / 2 - e.minY() * s;
        return new Viewport(s, tx, ty);
    }

    /** The drawn radius of a node (page units). */
    double drawnRadius(PartyNode n, Viewport v) {
        return Math.max(2.5, sizes.radius(n) * Math.min(v.scale(), MAX_NODE_SCALE));
    }

    /** The page position of a party's centre, or {@code null} when not placed. */
    Point2D centre(Rectangle2D area, String party) {
        PartyNode n = nodes.get(party);
        if (n == null || !positions.has(n.id())) {
            return null;
        }
        Viewport v = viewport(area);
        return new Point2D.Double(v.toPageX(positions.x(n.id())), v.toPageY(positions.y(n.id())));
    }

    /** What is under a page point: a node (within its radius and a little), else the nearest tie within a few units. */
    Hit hitAt(Rectangle2D area, double px, double py) {
        String party = nodeAt(area, px, py);
        if (party != null) {
            return new Hit.Node(party);
        }
        PartyEdge edge = edgeAt(area, px, py);
        return edge == null ? null : new Hit.Tie(edge);
    }

    /** The party under a page point, or {@code null}. */
    String nodeAt(Rectangle2D area, double px, double py) {
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
    private PartyEdge edgeAt(Rectangle2D area, double px, double py) {
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

    /** The hovered party and its neighbours; {@code null} when nothing (or no party of this graph) is hovered. */
    Set<String> highlighted(String hovered) {
        if (hovered == null || !nodes.containsKey(hovered)) {
            return null;
        }
        Set<String> s = new HashSet<>(graph.neighbours(hovered));
        s.add(hovered);
        return s;
    }

    /**
     * Where the labels and seat-deal badges go in {@code area} (page units): none covers a node, a label or
     * another badge. The painter draws exactly this, on screen and in files.
     */
    GraphLabels.Placement placement(Rectangle2D area) {
        return graph.nodes().isEmpty() ? GraphLabels.Placement.EMPTY : placement(area, viewport(area));
    }

    GraphLabels.Placement placement(Rectangle2D area, Viewport v) {
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
                GraphLabels.NodeMark m = new GraphLabels.NodeMark(
                        n.abbreviation(),
                        v.toPageX(positions.x(n.id())),
                        v.toPageY(positions.y(n.id())),
                        drawnRadius(n, v));
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
            badges.sort(Comparator.comparingInt(
                            (GraphLabels.BadgeRequest b) -> -b.edge().weight())
                    .thenComparing(b -> b.edge().from())
                    .thenComparing(b -> b.edge().to()));
        }
        List<PartyNode> order = new ArrayList<>(graph.nodes());
        order.sort(
                Comparator.comparingDouble((PartyNode n) -> -sizes.radius(n)).thenComparing(PartyNode::abbreviation));
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

    Font labelFont() {
        return FigureFonts.bold(labelled() ? LABEL_SIZE : SMALL_LABEL);
    }

    /** The native name drawn under a party's abbreviation, or {@code null}. */
    String shownNative(PartyNode n) {
        return nativeNames && labelled() ? nativeLabel(n) : null;
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

    /**
     * The curve of every tie (page units): ties between the same two parties bend apart. With {@code party},
     * only the ties of the layer being painted: with {@code only}, that party's; without, all others.
     */
    Map<PartyEdge, QuadCurve2D> curves(Viewport v, String party, boolean only) {
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
                out.put(
                        e,
                        forward
                                ? new QuadCurve2D.Double(p0.getX(), p0.getY(), cx, cy, p1.getX(), p1.getY())
                                : new QuadCurve2D.Double(p1.getX(), p1.getY(), cx, cy, p0.getX(), p0.getY()));
            }
        }
        return out;
    }

    /** The point {@code dist} from (x, y) toward (tx, ty). */
    static Point2D toward(double x, double y, double tx, double ty, double dist) {
        double len = Math.hypot(tx - x, ty - y);
        if (len < 1e-9) {
            return new Point2D.Double(x, y);
        }
        return new Point2D.Double(x + (tx - x) / len * dist, y + (ty - y) / len * dist);
    }

    private static Point2D at(QuadCurve2D c, double t) {
        double u = 1 - t;
        return new Point2D.Double(
                u * u * c.getX1() + 2 * u * t * c.getCtrlX() + t * t * c.getX2(),
                u * u * c.getY1() + 2 * u * t * c.getCtrlY() + t * t * c.getY2());
    }
}
