package org.allianceexplorer.events;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;

/** The Events screen. */
public final class EventsScreen {

    private static final I18n.Messages T = I18n.of(EventsScreen.class);

    /** The screen's id, title (in the interface's language when the screen is made) and icon. */
    private static Info info() {
        return new Info("events", T.t("screen.title"), "mdi2c-calendar-star");
    }

    private EventsScreen() {}

    public static RecordTableScreen create(AppState state, TaskRunner tasks, DialogService dialogs) {
        return RecordTableScreen.plain(info(), RecordKind.EVENTS, new EventsViewModel(state, tasks, dialogs).table());
    }
}
