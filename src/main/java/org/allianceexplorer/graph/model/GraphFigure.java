package org.allianceexplorer.graph.model;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.FigureStyle;

/**
 * The relationship graph as a figure: the one painter for screen (through FXGraphics2D), PNG, SVG and PDF.
 * Nodes are parties (party colour, or a hatch with an outline when the party has none; area by seats or
 * ties), labelled with the abbreviation and optionally the native-script name; ties are drawn in the
 * style of their {@link EdgeType}; several ties between two parties bend apart so each stays visible.
 * The whole graph is scaled to fit the body with room for every label, so nothing is clipped.
 *
 * <p>In parts: {@link GraphGeometry} (where everything goes, what is under a point), {@link GraphPainter}
 * (drawing it), {@link GraphFigureData} (frame, rows and sources). Immutable: safe to paint from any thread.
 */
public final class GraphFigure implements Figure {

    private static final I18n.Messages T = I18n.of(GraphFigure.class);

    /** What changes between frames on screen: hover, selection, native names, pin marks. */
    public record Options(boolean nativeNames, String hovered, String selected, boolean showPins) {
        public static final Options PRINT = new Options(false, null, null, false);

        public Options withHovered(String h) {
            return new Options(nativeNames, h, selected, showPins);
        }
    }

    private final GraphGeometry geometry;
    private final FigureInfo info;
    private final Options options;
    private final GraphFigureData.Basis basis;
    /** Compare mode: how each tie changed between two days ({@link GraphComparison}); empty otherwise. */
    private final Map<PartyEdge, EdgeChange> changes;

    private FigureData data;

    public GraphFigure(PartyGraph graph, GraphPositions positions, FigureInfo info, Options options) {
        this(graph, positions, info, options, GraphFigureData.Basis.NONE);
    }

    GraphFigure(
            PartyGraph graph, GraphPositions positions, FigureInfo info, Options options, GraphFigureData.Basis basis) {
        this(graph, positions, info, options, basis, Map.of());
    }

    GraphFigure(
            PartyGraph graph,
            GraphPositions positions,
            FigureInfo info,
            Options options,
            GraphFigureData.Basis basis,
            Map<PartyEdge, EdgeChange> changes) {
        this(new GraphGeometry(graph, positions.copy(), options.nativeNames()), info, options, basis, changes);
    }

    private GraphFigure(
            GraphGeometry geometry,
            FigureInfo info,
            Options options,
            GraphFigureData.Basis basis,
            Map<PartyEdge, EdgeChange> changes) {
        this.geometry = geometry;
        this.info = info;
        this.options = options;
        this.basis = basis;
        this.changes = Map.copyOf(changes);
    }

    /** The same figure with other screen options; hover and selection keep the placement of labels made for it. */
    public GraphFigure with(Options o) {
        return new GraphFigure(geometry.withNativeNames(o.nativeNames()), info, o, basis, changes);
    }

    /** The same figure drawn through a fixed viewport (while a node is dragged, so the page does not refit). */
    public GraphFigure withViewport(Viewport v) {
        return new GraphFigure(geometry.withViewport(v), info, options, basis, changes);
    }

    /** The same figure with other positions (a dragged node); the graph and sizes are reused. */
    public GraphFigure withPositions(GraphPositions p) {
        return new GraphFigure(geometry.withPositions(p), info, options, basis, changes);
    }

    /** The same figure fitted to {@code e} rather than to its own extent: a frame of a {@link GraphAnimation}. */
    GraphFigure withExtent(GraphGeometry.Extent e) {
        return new GraphFigure(geometry.withExtent(e), info, options, basis, changes);
    }

    /** The box this figure's own graph fits into (layout units); null when empty. */
    GraphGeometry.Extent extent() {
        return geometry.extent();
    }

    /** The same figure with the sources behind it (see {@link GraphSnapshot#sources}), for the report bundle. */
    public GraphFigure withSources(List<Source> s) {
        return new GraphFigure(geometry, info, options, basis.withSources(s), changes);
    }

    /**
     * The same figure with the sources of its ties (and of the results that size its nodes) looked up:
     * reads the database, call off the FX thread.
     */
    @Override
    public GraphFigure withSources(Repositories repositories) {
        return withSources(
                GraphFigureData.sources(geometry.graph, basis.day(), basis.election(), repositories.sourcesOf()));
    }

    /** Title, stamp, legend (the tie types present, and the no-colour key when needed) and credits. */
    public static FigureInfo info(PartyGraph g, LocalDate day, boolean latest, String scope) {
        return GraphFigureData.info(g, day, latest, scope);
    }

    /**
     * One row per tie shown (type, from, to, weight: seats for a seat deal, else the groupings or relations
     * behind it; detail: the alliances, seats or relations), then one per party shown with what sizes its node.
     */
    @Override
    public synchronized FigureData data() {
        if (data == null) {
            data = GraphFigureData.data(geometry.graph, basis, changes);
        }
        return data;
    }

    public PartyGraph graph() {
        return geometry.graph;
    }

    public Options options() {
        return options;
    }

    /** In compare mode, how the tie changed between the two days; {@code null} otherwise. */
    public EdgeChange change(PartyEdge e) {
        return changes.get(e);
    }

    @Override
    public FigureInfo info() {
        return info;
    }

    @Override
    public double bodyHeight(double width) {
        return geometry.bodyHeight(width);
    }

    /** Where layout units land in {@code area}: the whole graph, labels included, fits. */
    public Viewport viewport(Rectangle2D area) {
        return geometry.viewport(area);
    }

    /**
     * Where the labels and seat-deal badges go in {@code area} (page units): none covers a node, a label or
     * another badge. The painter draws exactly this, on screen and in files.
     */
    GraphLabels.Placement placement(Rectangle2D area) {
        return geometry.placement(area);
    }

    /** What is under a page point of the body {@code area}: a party's node, else a tie near it; {@code null}: nothing. */
    public Hit hitAt(Rectangle2D area, double px, double py) {
        return geometry.hitAt(area, px, py);
    }

    /** The party under a page point, or {@code null}. */
    public String nodeAt(Rectangle2D area, double px, double py) {
        return geometry.nodeAt(area, px, py);
    }

    /** The page position of a party's centre (tests, hit-testing), or {@code null} when not placed. */
    public Point2D centre(Rectangle2D area, String party) {
        return geometry.centre(area, party);
    }

    /** The tooltip of what was hit: {@link #describe(String)} for a party, {@link #describe(PartyEdge)} for a tie. */
    public String describe(Hit hit) {
        return hit instanceof Hit.Tie t ? describe(t.edge()) : describe(hit.party());
    }

    /**
     * A tooltip for a tie: the tie and, for a seat deal, the balance both ways, e.g.
     * {@code ANP → MQM-P: 6 seats; MQM-P → ANP: 1}.
     */
    public String describe(PartyEdge e) {
        StringBuilder sb = new StringBuilder();
        if (e.type() == EdgeType.SEAT_DEAL) {
            int back = geometry.graph.between(e.from(), e.to()).stream()
                    .filter(o -> o.type() == EdgeType.SEAT_DEAL && o.from().equals(e.to()))
                    .mapToInt(PartyEdge::weight)
                    .sum();
            sb.append(T.t("tip.deal", e.from(), e.to(), e.weight(), back))
                    .append('\n')
                    .append(T.t("tip.dealSeats", String.join(", ", e.reasons())));
        } else {
            sb.append(e.describe());
        }
        if (!e.sources().isEmpty()) {
            sb.append('\n').append(T.t("tip.sources", String.join("; ", e.sources())));
        }
        return sb.toString();
    }

    /** A tooltip for a party: name, seats, ties by type. */
    public String describe(String party) {
        PartyNode n = geometry.nodes.get(party);
        if (n == null) {
            return "";
        }
        StringBuilder sb =
                new StringBuilder(n.abbreviation()).append(" \u2014 ").append(n.name());
        if (n.seats() != null) {
            sb.append('\n').append(T.t("tip.seatsWon", n.seats()));
        }
        for (PartyEdge e : geometry.graph.edges()) {
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
        new GraphPainter(geometry, options, changes).paintLayer(g, area, style, party, only);
    }
}
