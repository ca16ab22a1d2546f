package org.allianceexplorer.timeline;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import org.allianceexplorer.app.AbstractScreen;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Lazy;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureStyle;

/** The Timeline screen: alliances, memberships, seat-deal claims, events and elections over time. */
public final class TimelineScreen extends AbstractScreen {

    private static final I18n.Messages T = I18n.of(TimelineScreen.class);

    /** Made when the screen is first shown (or its model first asked for), not with the window. */
    private final Lazy<TimelineViewModel> model;

    public TimelineScreen(AppState state, TaskRunner tasks) {
        this(Lazy.of(() -> new TimelineViewModel(state, tasks)));
    }

    private TimelineScreen(Lazy<TimelineViewModel> model) {
        super("timeline", T.t("screen.title"), "mdi2t-timeline-outline", () -> new TimelineView(model.get()));
        this.model = model;
    }

    private TimelineView timelineView() {
        return (TimelineView) view();
    }

    @Override
    public Optional<Figure> figure() {
        return model.get().dataProperty().get().isEmpty()
                ? Optional.empty()
                : Optional.of(timelineView().timeline().figure());
    }

    @Override
    public Optional<Figure> fullFigure() {
        return model.get().dataProperty().get().isEmpty()
                ? Optional.empty()
                : Optional.of(timelineView().timeline().fullFigure());
    }

    /** The painter's colours on screen: {@link FigureStyle#DARK} while AppState's dark theme is on. */
    public ObjectProperty<FigureStyle> figureStyleProperty() {
        return model.get().styleProperty();
    }

    public TimelineViewModel viewModel() {
        return model.get();
    }

    public TimelineControl control() {
        return timelineView().timeline();
    }
}
