package org.allianceexplorer.deals;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;

/** The Seat deals screen. */
public final class DealsScreen {

    private static final I18n.Messages T = I18n.of(DealsScreen.class);

    /** The screen's id, title (in the interface's language when the screen is made) and icon. */
    private static Info info() {
        return new Info("deals", T.t("screen.title"), "mdi2s-swap-horizontal");
    }

    private DealsScreen() {}

    public static RecordTableScreen create(AppState state, TaskRunner tasks, DialogService dialogs) {
        return RecordTableScreen.plain(info(), RecordKind.DEALS, new DealsViewModel(state, tasks, dialogs).table());
    }
}
