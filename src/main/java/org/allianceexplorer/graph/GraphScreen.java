package org.allianceexplorer.graph;

import java.util.Optional;
import org.allianceexplorer.app.AnimationSource;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.ModelScreen;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.graph.model.GraphFigure;

/** The Relationships screen: who is close to whom, and since when. */
public final class GraphScreen extends ModelScreen<GraphViewModel> {

    public GraphScreen(AppState state, TaskRunner tasks) {
        super(
                "graph",
                GraphScreen.class,
                "mdi2g-graph-outline",
                () -> new GraphViewModel(state, tasks),
                GraphView::new);
    }

    /** The graph as on screen (positions, filters, native names), without hover or pin marks. */
    @Override
    public Optional<Figure> figure() {
        GraphFigure f = viewModel().figure();
        if (f == null) {
            return Optional.empty();
        }
        return Optional.of(f.with(new GraphFigure.Options(f.options().nativeNames(), null, null, false)));
    }

    /** The graph with the filters on screen (election, ego network, scope, tie types) on each frame day. */
    @Override
    public Optional<AnimationSource> animation() {
        return Optional.of(viewModel().animation());
    }

    public GraphViewModel model() {
        return viewModel();
    }
}
