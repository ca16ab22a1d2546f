package org.allianceexplorer.timeline;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import org.allianceexplorer.app.AbstractScreen;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureStyle;

/** The Timeline screen: alliances, memberships, seat-deal claims, events and elections over time. */
public final class TimelineScreen extends AbstractScreen {

    private static final I18n.Messages T = I18n.of(TimelineScreen.class);

    private final TimelineViewModel model;

    public TimelineScreen(AppState state, TaskRunner tasks) {
        this(new TimelineViewModel(state, tasks));
    }

    private TimelineScreen(TimelineViewModel model) {
        super("timeline", T.t("screen.title"), "mdi2t-timeline-outline", () -> new TimelineView(model));
        this.model = model;
    }

    private TimelineView timelineView() {
        return (TimelineView) view();
    }

    @Override
    public Optional<Figure> figure() {
        return model.dataProperty().get().isEmpty()
                ? Optional.empty()
                : Optional.of(timelineView().timeline().figure());
    }

    @Override
    public Optional<Figure> fullFigure() {
        return model.dataProperty().get().isEmpty()
                ? Optional.empty()
                : Optional.of(timelineView().timeline().fullFigure());
    }

    /** The painter's colours on screen: {@link FigureStyle#DARK} while AppState's dark theme is on. */
    public ObjectProperty<FigureStyle> figureStyleProperty() {
        return model.styleProperty();
    }

    public TimelineViewModel viewModel() {
        return model;
    }

    public TimelineControl control() {
        return timelineView().timeline();
    }
}
