package org.allianceexplorer.graph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.domain.Source;

/**
 * One computed state of the graph: the query, the day it means, the graph, its layout and measures; in compare
 * mode ({@link #compare}) the union of two days' ties with how each changed ({@code comparison}, else
 * {@code null}). Immutable once built ({@link #positions()} is a private copy); built off the FX thread.
 */
public record GraphSnapshot(
        GraphQuery query,
        LocalDate day,
        boolean latest,
        PartyGraph graph,
        GraphPositions positions,
        List<GraphMeasures.PartyMeasure> measures,
        String sizingElection,
        GraphComparison comparison) {

    public static final GraphSnapshot EMPTY = new GraphSnapshot(
            GraphQuery.asOf(null), null, true, PartyGraph.EMPTY, new GraphPositions(), List.of(), null, null);

    /**
     * Derives the graph for {@code q}, lays it out starting from {@code start} (may be {@code null}; it is
     * read, not changed) and measures it. Pure; call off the FX thread for large graphs.
     */
    public static GraphSnapshot compute(GraphData data, GraphQuery q, GraphPositions start, GraphLayout layout) {
        return compute(data, q, start, layout, false);
    }

    /** As {@link #compute(GraphData, GraphQuery, GraphPositions, GraphLayout)}, making room for native names when shown. */
    public static GraphSnapshot compute(
            GraphData data, GraphQuery q, GraphPositions start, GraphLayout layout, boolean nativeNames) {
        PartyGraph g = EdgeDerivation.derive(data, q);
        GraphPositions p = layout.layout(LayoutGraph.of(g, nativeNames), start == null ? null : start.copy());
        return new GraphSnapshot(
                q,
                EdgeDerivation.day(data, q),
                q.asOf() == null,
                g,
                p,
                GraphMeasures.of(g),
                EdgeDerivation.sizingElection(data, q),
                null);
    }

    /**
     * Compare mode: {@code q}'s graph on {@code from} set against its graph on its own day (a day after
     * {@code from}), laid out together from {@code start} (may be {@code null}).
     */
    public static GraphSnapshot compare(
            GraphData data,
            GraphQuery q,
            LocalDate from,
            GraphPositions start,
            GraphLayout layout,
            boolean nativeNames) {
        if (q.asOf() == null) {
            throw new IllegalArgumentException("compare mode needs a day to compare with " + from);
        }
        GraphComparison c = GraphComparison.of(
                from, q.asOf(), EdgeDerivation.derive(data, q.withAsOf(from)), EdgeDerivation.derive(data, q));
        GraphPositions p = layout.layout(LayoutGraph.of(c.union(), nativeNames), start == null ? null : start.copy());
        return new GraphSnapshot(
                q,
                q.asOf(),
                false,
                c.union(),
                p,
                GraphMeasures.of(c.union()),
                EdgeDerivation.sizingElection(data, q),
                c);
    }

    /** What the filters narrow the graph to, for the subtitle. */
    public String scope() {
        return scope(query);
    }

    /** What {@code query}'s filters narrow the graph to, for a subtitle. */
    static String scope(GraphQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.party() != null) {
            parts.add("ego network of " + query.party() + " (depth " + query.depth() + ")");
        }
        if (query.election() != null) {
            parts.add("deals of " + query.election());
        }
        if (query.assembly() != null) {
            parts.add("assembly " + query.assembly());
        }
        if (query.level() != null || query.region() != null) {
            parts.add(
                    "groupings: " + (query.level() == null ? "" : query.level().label() + " ")
                            + (query.region() == null ? "" : query.region()).trim());
        }
        if (query.types().size() < EdgeType.values().length) {
            parts.add("ties: "
                    + String.join(
                            ", ",
                            query.types().stream()
                                    .sorted()
                                    .map(EdgeType::shortName)
                                    .toList()));
        }
        return String.join(" \u00b7 ", parts);
    }

    /**
     * The sources behind this state (reads the database: call off the FX thread): those of the records behind
     * the ties shown (alliances and memberships, relations, seat deals with the claims made by the day) and,
     * when the nodes are sized by seats, of that election's results.
     */
    public List<Source> sources(GraphData data, SourcesOfRecords query) {
        return GraphFigureData.sources(graph, day, sizingElection, query);
    }

    /** The figure of this state (in compare mode, with the changes marked and keyed). */
    public GraphFigure figure(GraphFigure.Options options) {
        return new GraphFigure(
                graph,
                positions,
                comparison == null ? GraphFigureData.info(graph, day, latest, scope()) : comparison.info(scope()),
                options,
                new GraphFigureData.Basis(day, sizingElection, List.of()),
                comparison == null ? Map.of() : comparison.changes());
    }
}
