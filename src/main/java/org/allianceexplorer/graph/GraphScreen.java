package org.allianceexplorer.graph;

import java.util.Optional;
import javafx.scene.Node;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.graph.model.GraphFigure;

/** The Relationships screen: who is close to whom, and since when. */
public final class GraphScreen implements Screen {

    private final GraphViewModel model;
    private final GraphView view;

    public GraphScreen(AppState state, TaskRunner tasks) {
        model = new GraphViewModel(state, tasks);
        view = new GraphView(model);
    }

    @Override
    public String id() {
        return "graph";
    }

    @Override
    public String title() {
        return "Relationships";
    }

    @Override
    public String icon() {
        return "mdi2g-graph-outline";
    }

    @Override
    public Node view() {
        return view;
    }

    /** The graph as on screen (positions, filters, native names), without hover or pin marks. */
    @Override
    public Optional<Figure> figure() {
        GraphFigure f = model.figure();
        if (f == null) {
            return Optional.empty();
        }
        return Optional.of(f.with(new GraphFigure.Options(f.options().nativeNames(), null, null, false)));
    }

    public GraphViewModel model() {
        return model;
    }
}
