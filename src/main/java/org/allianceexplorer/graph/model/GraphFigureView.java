package org.allianceexplorer.graph.model;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.AnimatedFigureView;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureAnimation;

/**
 * {@code export --view graph}: the relationship graph as of {@code --as-of} (default: the latest day of
 * the data), seat deals of {@code --election}, the ego network of {@code --party} to {@code --depth};
 * laid out from scratch with the deterministic force layout, so the same request gives the same file.
 * With {@code --format gif}, the same graph on each frame day ({@link GraphAnimation}).
 */
public final class GraphFigureView implements AnimatedFigureView {

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
        GraphData data = GraphData.load(repositories, repositories.relationships());
        GraphSnapshot snapshot =
                GraphSnapshot.compute(data, query(repositories, request), null, new ForceDirectedLayout());
        return snapshot.figure(GraphFigure.Options.PRINT).withSources(repositories);
    }

    /** The graph of the request on each day, the data read once, each frame laid out from the one before. */
    @Override
    public GraphAnimation animate(
            Repositories repositories, ExportRequest request, List<LocalDate> days, FigureAnimation.Progress progress) {
        GraphQuery q = query(repositories, request);
        GraphData data = GraphData.load(repositories, repositories.relationships());
        return GraphAnimation.of(data, q, days, new ForceDirectedLayout(), progress);
    }

    /** The query of a request: its day, election and ego network (the first party, to the depth asked). */
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
