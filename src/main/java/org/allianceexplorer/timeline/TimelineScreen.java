package org.allianceexplorer.timeline;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureStyle;

/** The Timeline screen: alliances, memberships, seat-deal claims, events and elections over time. */
public final class TimelineScreen implements Screen {

    private final TimelineViewModel model;
    private final TimelineView view;

    public TimelineScreen(AppState state, TaskRunner tasks) {
        model = new TimelineViewModel(state, tasks);
        view = new TimelineView(model);
    }

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public String icon() {
        return "mdi2t-timeline-outline";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Optional<Figure> figure() {
        return model.dataProperty().get().isEmpty()
                ? Optional.empty()
                : Optional.of(view.timeline().figure());
    }

    @Override
    public Optional<Figure> fullFigure() {
        return model.dataProperty().get().isEmpty()
                ? Optional.empty()
                : Optional.of(view.timeline().fullFigure());
    }

    /** The painter's colours on screen: {@link FigureStyle#DARK} while AppState's dark theme is on. */
    public ObjectProperty<FigureStyle> figureStyleProperty() {
        return model.styleProperty();
    }

    public TimelineViewModel viewModel() {
        return model;
    }

    public TimelineControl control() {
        return view.timeline();
    }
}
