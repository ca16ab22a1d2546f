package org.allianceexplorer.graph.model;

import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureView;

/**
 * {@code export --view graph-compare --from DAY --to DAY}: the relationship graph's compare mode, the ties of
 * {@code --to} set against those of {@code --from} (added, ended, unchanged), with the graph's filters
 * ({@code --election}, {@code --party} and {@code --depth}); laid out with the deterministic force layout.
 */
public final class GraphCompareFigureView implements FigureView {

    @Override
    public String name() {
        return "graph-compare";
    }

    @Override
    public String description() {
        return "What changed between --from and --to: ties added, ended and unchanged on one graph.";
    }

    @Override
    public Figure build(Repositories repositories, ExportRequest request) {
        if (request.from() == null || request.to() == null) {
            throw new IllegalArgumentException("--view graph-compare needs --from and --to (the two days compared)");
        }
        if (!request.from().isBefore(request.to())) {
            throw new IllegalArgumentException("--to must be after --from to compare two days");
        }
        GraphQuery q = GraphFigureView.query(repositories, request);
        GraphData data = GraphData.load(repositories, repositories.relationships());
        return GraphComparison.figure(data, q, request.from(), request.to(), null, new ForceDirectedLayout())
                .withSources(repositories);
    }
}
