package org.allianceexplorer.alliances;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;

/** The Alliances screen. */
public final class AlliancesScreen {

    private static final I18n.Messages T = I18n.of(AlliancesScreen.class);

    /** The screen's id, title (in the interface's language when the screen is made) and icon. */
    private static Info info() {
        return new Info("alliances", T.t("screen.title"), "mdi2h-handshake-outline");
    }

    private AlliancesScreen() {}

    public static RecordTableScreen create(AppState state, TaskRunner tasks, DialogService dialogs) {
        return RecordTableScreen.plain(
                info(), RecordKind.ALLIANCES, new AlliancesViewModel(state, tasks, dialogs).table());
    }
}
