package org.allianceexplorer.history;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;

/** The History screen: every change made to the open database, newest first. */
public final class HistoryScreen {

    private static final I18n.Messages T = I18n.of(HistoryScreen.class);

    /** The screen's id, title (in the interface's language when the screen is made) and icon. */
    private static Info info() {
        return new Info("history", T.t("screen.title"), "mdi2h-history");
    }

    private HistoryScreen() {}

    public static RecordTableScreen create(AppState state, TaskRunner tasks, DialogService dialogs) {
        return RecordTableScreen.plain(info(), null, new HistoryViewModel(state, tasks, dialogs).table());
    }
}
