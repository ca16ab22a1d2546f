package org.allianceexplorer.graph.model;

import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureView;

/**
 * {@code export --view graph}: the relationship graph as of {@code --as-of} (default: the latest day of
 * the data), seat deals of {@code --election}, the ego network of {@code --party} to {@code --depth};
 * laid out from scratch with the deterministic force layout, so the same request gives the same file.
 */
public final class GraphFigureView implements FigureView {

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public String description() {
        return "Party relationships as of a day: alliances, seat deals, cooperation, coalitions, rivalry, lineage.";
    }

    @Override
    public Figure build(Repositories repositories, ExportRequest request) {
        GraphQuery q = query(repositories, request);
        GraphData data = GraphData.load(repositories, repositories.relationships());
        GraphSnapshot snapshot = GraphSnapshot.compute(data, q, null, new ForceDirectedLayout());
        return snapshot.figure(GraphFigure.Options.PRINT).withSources(repositories);
    }

    /** The graph's query of an export: as of {@code --as-of}, deals of {@code --election}, the ego network asked. */
    static GraphQuery query(Repositories repositories, ExportRequest request) {
        GraphQuery q = GraphQuery.asOf(request.asOf()).withElection(request.election());
        if (!request.parties().isEmpty()) {
            String centre = request.parties().get(0);
            String abbr = repositories
                    .parties()
                    .party(centre)
                    .orElseThrow(() -> new IllegalArgumentException("no party '" + centre + "'"))
                    .abbreviation();
            q = q.withEgo(abbr, request.depth());
        }
        return q;
    }
}
