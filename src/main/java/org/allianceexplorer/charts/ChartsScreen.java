package org.allianceexplorer.charts;

import java.util.Optional;
import javafx.scene.Node;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;

/** The Charts screen: seat-deal ledger, deal outcomes, results with the majority, alliance membership. */
public final class ChartsScreen implements Screen {

    private final ChartsViewModel model;
    private final ChartsView view;

    public ChartsScreen(AppState state, TaskRunner tasks) {
        model = new ChartsViewModel(state, tasks);
        view = new ChartsView(model);
    }

    @Override
    public String id() {
        return "charts";
    }

    @Override
    public String title() {
        return "Charts";
    }

    @Override
    public String icon() {
        return "mdi2c-chart-bar";
    }

    @Override
    public Node view() {
        return view;
    }

    /** The chart on screen; the file is painted by the same figure, in the print style. */
    @Override
    public Optional<Figure> figure() {
        return Optional.ofNullable(model.figure());
    }

    public ChartsViewModel viewModel() {
        return model;
    }
}
