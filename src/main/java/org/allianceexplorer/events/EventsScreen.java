package org.allianceexplorer.events;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The Events screen. */
public final class EventsScreen extends RecordTableScreen {

    public EventsScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(new EventsViewModel(state, tasks, dialogs));
    }

    private EventsScreen(EventsViewModel model) {
        super("events", "Events", "mdi2c-calendar-star", RecordKind.EVENTS, model.table(), new EventsView(model));
    }
}
