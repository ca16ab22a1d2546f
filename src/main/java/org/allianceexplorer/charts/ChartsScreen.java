package org.allianceexplorer.charts;

import java.util.Optional;
import org.allianceexplorer.app.AbstractScreen;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Lazy;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;

/** The Charts screen: seat-deal ledger, deal outcomes, results with the majority, alliance membership. */
public final class ChartsScreen extends AbstractScreen {

    private static final I18n.Messages T = I18n.of(ChartsScreen.class);

    /** Made when the screen is first shown (or its model first asked for), not with the window. */
    private final Lazy<ChartsViewModel> model;

    public ChartsScreen(AppState state, TaskRunner tasks) {
        this(Lazy.of(() -> new ChartsViewModel(state, tasks)));
    }

    private ChartsScreen(Lazy<ChartsViewModel> model) {
        super("charts", T.t("screen.title"), "mdi2c-chart-bar", () -> new ChartsView(model.get()));
        this.model = model;
    }

    /** The chart on screen; the file is painted by the same figure, in the print style. */
    @Override
    public Optional<Figure> figure() {
        return Optional.ofNullable(model.get().figure());
    }

    public ChartsViewModel viewModel() {
        return model.get();
    }
}
