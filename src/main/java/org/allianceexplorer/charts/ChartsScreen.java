package org.allianceexplorer.charts;

import java.util.Optional;
import org.allianceexplorer.app.AbstractScreen;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;

/** The Charts screen: seat-deal ledger, deal outcomes, results with the majority, alliance membership. */
public final class ChartsScreen extends AbstractScreen {

    private static final I18n.Messages T = I18n.of(ChartsScreen.class);

    private final ChartsViewModel model;

    public ChartsScreen(AppState state, TaskRunner tasks) {
        this(new ChartsViewModel(state, tasks));
    }

    private ChartsScreen(ChartsViewModel model) {
        super("charts", T.t("screen.title"), "mdi2c-chart-bar", () -> new ChartsView(model));
        this.model = model;
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
