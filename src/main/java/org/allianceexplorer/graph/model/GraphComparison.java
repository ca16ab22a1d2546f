package org.allianceexplorer.graph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.LegendEntry;

/**
 * The graph's compare mode: the ties of one day set against those of a later day, on one picture. The graph
 * drawn is the union of both days' (every party of either); each tie is marked {@link EdgeChange#ADDED} (holds
 * on the later day only), {@link EdgeChange#REMOVED} (the earlier only) or {@link EdgeChange#UNCHANGED} (both;
 * a tie is the same tie when its type and ends are, its weight and reasons are the later day's). Pure.
 *
 * @param from    the earlier day
 * @param to      the later day
 * @param union   the ties of both days, each once
 * @param changes each tie of {@code union} with how it changed
 */
public record GraphComparison(LocalDate from, LocalDate to, PartyGraph union, Map<PartyEdge, EdgeChange> changes) {

    public GraphComparison {
        changes = Map.copyOf(changes);
    }

    private record Key(EdgeType type, String from, String to) {
        static Key of(PartyEdge e) {
            return new Key(e.type(), e.from(), e.to());
        }
    }

    /** Compares the graphs of two days (each derived with the same query but its own day). */
    public static GraphComparison of(LocalDate from, LocalDate to, PartyGraph before, PartyGraph after) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "compare needs two days, the second after the first (" + from + ", " + to + ")");
        }
        Map<Key, PartyEdge> earlier = new LinkedHashMap<>();
        before.edges().forEach(e -> earlier.put(Key.of(e), e));
        Map<PartyEdge, EdgeChange> changes = new LinkedHashMap<>();
        List<PartyEdge> edges = new ArrayList<>();
        for (PartyEdge e : after.edges()) {
            edges.add(e);
            changes.put(e, earlier.remove(Key.of(e)) == null ? EdgeChange.ADDED : EdgeChange.UNCHANGED);
        }
        for (PartyEdge e : earlier.values()) {
            edges.add(e);
            changes.put(e, EdgeChange.REMOVED);
        }
        Map<String, PartyNode> nodes = new HashMap<>();
        before.nodes().forEach(n -> nodes.put(n.abbreviation(), n));
        after.nodes().forEach(n -> nodes.put(n.abbreviation(), n));
        List<PartyNode> sorted = new ArrayList<>(nodes.values());
        sorted.sort((a, b) -> a.abbreviation().compareTo(b.abbreviation()));
        String sizedBy = after.sizedBy().isBlank() ? before.sizedBy() : after.sizedBy();
        return new GraphComparison(from, to, new PartyGraph(sorted, edges, sizedBy), changes);
    }

    /**
     * Both days of {@code q}'s graph compared and laid out together from {@code start} (may be {@code null}):
     * the figure of compare mode, for files (the window goes through {@link GraphSnapshot#compare}).
     */
    public static GraphFigure figure(
            GraphData data, GraphQuery q, LocalDate from, LocalDate to, GraphPositions start, GraphLayout layout) {
        return GraphSnapshot.compare(data, q.withAsOf(to), from, start, layout, false)
                .figure(GraphFigure.Options.PRINT);
    }

    /** How many ties changed this way. */
    public int count(EdgeChange kind) {
        return (int) changes.values().stream().filter(k -> k == kind).count();
    }

    /** Title, the two days as the stamp, the change keys and the tie types in the legend, the credits. */
    FigureInfo info(String scope) {
        String a = PartialDate.of(from).display();
        String b = PartialDate.of(to).display();
        FigureInfo base = GraphFigureData.info(union, to, false, scope);
        List<LegendEntry> legend = new ArrayList<>();
        for (EdgeChange k : EdgeChange.values()) {
            legend.add(k.legend(a, b));
        }
        legend.addAll(base.legend());
        String sub = count(EdgeChange.ADDED) + " ties added, " + count(EdgeChange.REMOVED) + " ended, "
                + count(EdgeChange.UNCHANGED) + " unchanged \u00b7 " + base.subtitle();
        return new FigureInfo("What changed: party relationships", sub, a + " \u2013 " + b, legend, base.credits());
    }
}
