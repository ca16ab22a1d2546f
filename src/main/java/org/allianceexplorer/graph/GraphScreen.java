package org.allianceexplorer.graph;

import java.util.Optional;
import org.allianceexplorer.app.AbstractScreen;
import org.allianceexplorer.app.AnimationSource;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Lazy;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.graph.model.GraphFigure;

/** The Relationships screen: who is close to whom, and since when. */
public final class GraphScreen extends AbstractScreen {

    private static final I18n.Messages T = I18n.of(GraphScreen.class);

    /** Made when the screen is first shown (or its model first asked for), not with the window. */
    private final Lazy<GraphViewModel> model;

    public GraphScreen(AppState state, TaskRunner tasks) {
        this(Lazy.of(() -> new GraphViewModel(state, tasks)));
    }

    private GraphScreen(Lazy<GraphViewModel> model) {
        super("graph", T.t("screen.title"), "mdi2g-graph-outline", () -> new GraphView(model.get()));
        this.model = model;
    }

    /** The graph as on screen (positions, filters, native names), without hover or pin marks. */
    @Override
    public Optional<Figure> figure() {
        GraphFigure f = model.get().figure();
        if (f == null) {
            return Optional.empty();
        }
        return Optional.of(f.with(new GraphFigure.Options(f.options().nativeNames(), null, null, false)));
    }

    /** The graph with the filters on screen (election, ego network, scope, tie types) on each frame day. */
    @Override
    public Optional<AnimationSource> animation() {
        return Optional.of(model.get().animation());
    }

    public GraphViewModel model() {
        return model.get();
    }
}
