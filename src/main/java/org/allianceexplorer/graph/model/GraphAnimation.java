package org.allianceexplorer.graph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.allianceexplorer.data.Cancellation;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.figure.FigureAnimation;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.LegendEntry;

/**
 * The relationship graph in motion: the graph of one query on each of a list of days, every frame the figure
 * that the window and the PNG export show for its day, with the parties where they were.
 *
 * <p>Where the parties go: the layout runs once, over the union of the range (every party and tie of any
 * frame), so each party has one place for the whole animation and the eye can follow ties coming and going.
 * Each frame then starts from the frame before (from the union's places for a party not yet shown) and only
 * moves its parties apart where their sizes on that day would make them overlap; a party whose ties and size
 * are as in the frame before is pinned, so only what changed moves. (Laying out every frame from
 * the one before, as the window's Play does, was tried first: over a few years the parties wandered across the
 * page and the picture turned round; the union keeps them put.)
 *
 * <p>Built in two passes. The first derives and places every frame and keeps the positions (not the graphs) and
 * what the frames share; {@link #frame} derives a frame's graph again and places it with the kept positions. What
 * the frames share keeps the picture still where nothing changed: the page is fitted to the box of all frames
 * (not to each graph, which would zoom and pan the page whenever a party far out comes or goes), and the legend
 * (every tie type of the range) and the credits (the outlets behind the ties of the whole range) are the same on
 * every frame, so the body never changes size.
 */
public final class GraphAnimation implements FigureAnimation {

    /** Frames are 16:9, whatever the graph's own shape: a video's shape, the same for every frame. */
    public static final double ASPECT = 9.0 / 16.0;

    /**
     * A frame's layout: no force steps, only the parties of the frame moved apart where their sizes on the day
     * make them overlap (the union's places are kept otherwise).
     */
    private static final GraphLayout SETTLE = new ForceDirectedLayout(new SeededPlacement(), 0);

    private final GraphData data;
    private final GraphQuery query;
    private final List<LocalDate> days;
    /** Per frame: the ids of its parties, and their x, y in pairs. */
    private final List<long[]> ids;

    private final List<double[]> xy;
    private final List<LegendEntry> legend;
    private final List<String> credits;
    private final GraphGeometry.Extent extent;

    private GraphAnimation(
            GraphData data,
            GraphQuery query,
            List<LocalDate> days,
            List<long[]> ids,
            List<double[]> xy,
            List<LegendEntry> legend,
            List<String> credits,
            GraphGeometry.Extent extent) {
        this.data = data;
        this.query = query;
        this.days = List.copyOf(days);
        this.ids = ids;
        this.xy = xy;
        this.legend = List.copyOf(legend);
        this.credits = List.copyOf(credits);
        this.extent = extent;
    }

    /**
     * Places the graph of {@code query} (its as-of day aside) on each of {@code days}: the union of the range laid
     * out once with {@code layout}, then each frame settled from the one before. {@code progress} hears of each
     * frame placed. Pure but for {@link Cancellation}: stops when the job is cancelled.
     */
    public static GraphAnimation of(
            GraphData data, GraphQuery query, List<LocalDate> days, GraphLayout layout, Progress progress) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("an animation needs one day or more");
        }
        List<long[]> ids = new ArrayList<>();
        List<double[]> xy = new ArrayList<>();
        Set<EdgeType> present = EnumSet.noneOf(EdgeType.class);
        boolean uncoloured = false;
        // every distinct tie of the range (type and ends) with the outlets behind it, for the credits
        Map<String, PartyEdge> ties = new LinkedHashMap<>();
        Set<String> sizedBy = new LinkedHashSet<>();
        GraphGeometry.Extent extent = null;
        // every party of the range has its place from the start: the layout of all the frames' parties and ties
        GraphPositions before = layout.layout(LayoutGraph.of(union(data, query, days), false), null);
        PartyGraph previous = null;
        for (int i = 0; i < days.size(); i++) {
            Cancellation.check();
            progress.frame(i + 1, days.size());
            GraphQuery q = query.withAsOf(days.get(i));
            GraphPositions start = before.copy();
            start.unpinAll();
            if (previous != null) {
                pinUnchanged(previous, EdgeDerivation.derive(data, q), start);
            }
            GraphSnapshot s = GraphSnapshot.compute(data, q, start, SETTLE);
            PartyGraph g = s.graph();
            long[] frameIds = new long[g.nodes().size()];
            double[] frameXy = new double[2 * frameIds.length];
            for (int k = 0; k < frameIds.length; k++) {
                long id = g.nodes().get(k).id();
                frameIds[k] = id;
                frameXy[2 * k] = s.positions().x(id);
                frameXy[2 * k + 1] = s.positions().y(id);
            }
            ids.add(frameIds);
            xy.add(frameXy);
            g.edges().forEach(e -> {
                present.add(e.type());
                ties.putIfAbsent(key(e), e);
            });
            uncoloured |= GraphFigureData.uncoloured(g);
            if (g.sizedBy().startsWith("seats")) {
                sizedBy.add(g.sizedBy());
            }
            GraphGeometry.Extent e = new GraphGeometry(g, s.positions(), false).extent();
            extent = e == null ? extent : e.union(extent);
            before = s.positions();
            previous = g;
        }
        List<String> credits = new ArrayList<>();
        credits.add(GraphFigureData.credits(
                "Sources behind the ties shown, " + PartialDate.of(days.get(0)).display() + " to "
                        + PartialDate.of(days.get(days.size() - 1)).display() + ": ",
                GraphFigureData.outlets(ties.values())));
        sizedBy.forEach(s -> credits.add(GraphFigureData.sizeCredit(s)));
        return new GraphAnimation(
                data, query, days, ids, xy, GraphFigureData.legend(present, uncoloured), credits, extent);
    }

    /**
     * Every party and every distinct tie (type and ends) of the frames, the parties sized by their ties in the
     * union: what the layout arranges once for the whole range.
     */
    static PartyGraph union(GraphData data, GraphQuery query, List<LocalDate> days) {
        Map<Long, PartyNode> nodes = new TreeMap<>();
        Map<String, PartyEdge> edges = new LinkedHashMap<>();
        for (LocalDate day : days) {
            Cancellation.check();
            PartyGraph g = EdgeDerivation.derive(data, query.withAsOf(day));
            for (PartyNode n : g.nodes()) {
                nodes.putIfAbsent(
                        n.id(), new PartyNode(n.id(), n.abbreviation(), n.name(), n.nativeName(), n.colour(), null));
            }
            g.edges().forEach(e -> edges.putIfAbsent(key(e), e));
        }
        List<PartyNode> sorted = new ArrayList<>(nodes.values());
        sorted.sort(Comparator.comparing(PartyNode::abbreviation));
        return new PartyGraph(sorted, new ArrayList<>(edges.values()), "");
    }

    /**
     * Pins, in {@code p}, the parties of {@code now} that are as they were in {@code before}: the same ties (type,
     * ends, weight) and the same size. Settling then moves only parties that changed, or made room for.
     */
    static void pinUnchanged(PartyGraph before, PartyGraph now, GraphPositions p) {
        NodeSizes was = new NodeSizes(before);
        NodeSizes is = new NodeSizes(now);
        Map<String, Set<String>> tiesBefore = tiesByParty(before);
        Map<String, Set<String>> tiesNow = tiesByParty(now);
        for (PartyNode n : now.nodes()) {
            PartyNode old = before.node(n.abbreviation());
            if (old != null
                    && p.has(n.id())
                    && was.radius(old) == is.radius(n)
                    && tiesBefore
                            .getOrDefault(n.abbreviation(), Set.of())
                            .equals(tiesNow.getOrDefault(n.abbreviation(), Set.of()))) {
                p.pin(n.id(), true);
            }
        }
    }

    private static Map<String, Set<String>> tiesByParty(PartyGraph g) {
        Map<String, Set<String>> out = new HashMap<>();
        for (PartyEdge e : g.edges()) {
            String tie = key(e) + "\u0000" + e.weight();
            out.computeIfAbsent(e.from(), k -> new HashSet<>()).add(tie);
            out.computeIfAbsent(e.to(), k -> new HashSet<>()).add(tie);
        }
        return out;
    }

    private static String key(PartyEdge e) {
        return e.type() + "\u0000" + e.from() + "\u0000" + e.to();
    }

    @Override
    public List<LocalDate> days() {
        return days;
    }

    /** Frames are {@link #ASPECT} of their width high. */
    @Override
    public double height(double width) {
        return Math.round(width * ASPECT);
    }

    @Override
    public String subject() {
        return "the relationship graph";
    }

    /**
     * Frame {@code index}: the graph on its day, at the positions of the first pass, fitted to the box of all frames,
     * with the shared legend and credits and its own subtitle and "As of" stamp.
     */
    @Override
    public GraphFigure frame(int index) {
        LocalDate day = days.get(index);
        GraphQuery q = query.withAsOf(day);
        PartyGraph g = EdgeDerivation.derive(data, q);
        GraphPositions p = positions(index);
        String election = EdgeDerivation.sizingElection(data, q);
        FigureInfo info = GraphFigureData.info(g, day, false, GraphSnapshot.scope(q), legend, credits);
        return new GraphFigure(
                        g, p, info, GraphFigure.Options.PRINT, new GraphFigureData.Basis(day, election, List.of()))
                .withExtent(extent);
    }

    /** Where the parties of frame {@code index} are (layout units), as laid out in the first pass. */
    public GraphPositions positions(int index) {
        GraphPositions p = new GraphPositions();
        long[] frameIds = ids.get(index);
        double[] frameXy = xy.get(index);
        for (int k = 0; k < frameIds.length; k++) {
            p.set(frameIds[k], frameXy[2 * k], frameXy[2 * k + 1]);
        }
        return p;
    }
}
