package org.allianceexplorer.charts;

import java.util.Optional;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.ModelScreen;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;

/** The Charts screen: seat-deal ledger, deal outcomes, results with the majority, alliance membership. */
public final class ChartsScreen extends ModelScreen<ChartsViewModel> {

    public ChartsScreen(AppState state, TaskRunner tasks) {
        super(
                "charts",
                ChartsScreen.class,
                "mdi2c-chart-bar",
                () -> new ChartsViewModel(state, tasks),
                ChartsView::new);
    }

    /** The chart on screen; the file is painted by the same figure, in the print style. */
    @Override
    public Optional<Figure> figure() {
        return Optional.ofNullable(viewModel().figure());
    }
}
