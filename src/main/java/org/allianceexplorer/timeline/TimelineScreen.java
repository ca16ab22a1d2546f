package org.allianceexplorer.timeline;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.ModelScreen;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureStyle;

/** The Timeline screen: alliances, memberships, seat-deal claims, events and elections over time. */
public final class TimelineScreen extends ModelScreen<TimelineViewModel> {

    public TimelineScreen(AppState state, TaskRunner tasks) {
        super(
                "timeline",
                TimelineScreen.class,
                "mdi2t-timeline-outline",
                () -> new TimelineViewModel(state, tasks),
                TimelineView::new);
    }

    private TimelineView timelineView() {
        return (TimelineView) view();
    }

    @Override
    public Optional<Figure> figure() {
        return viewModel().dataProperty().get().isEmpty()
                ? Optional.empty()
                : Optional.of(timelineView().timeline().figure());
    }

    @Override
    public Optional<Figure> fullFigure() {
        return viewModel().dataProperty().get().isEmpty()
                ? Optional.empty()
                : Optional.of(timelineView().timeline().fullFigure());
    }

    /** The painter's colours on screen: {@link FigureStyle#DARK} while AppState's dark theme is on. */
    public ObjectProperty<FigureStyle> figureStyleProperty() {
        return viewModel().styleProperty();
    }

    public TimelineControl control() {
        return timelineView().timeline();
    }
}
