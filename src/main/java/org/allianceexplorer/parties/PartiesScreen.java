package org.allianceexplorer.parties;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;

/** The Parties screen. */
public final class PartiesScreen {

    private static final I18n.Messages T = I18n.of(PartiesScreen.class);

    /** The screen's id, title (in the interface's language when the screen is made) and icon. */
    private static Info info() {
        return new Info("parties", T.t("screen.title"), "mdi2f-flag-variant-outline");
    }

    private PartiesScreen() {}

    public static RecordTableScreen create(AppState state, TaskRunner tasks, DialogService dialogs) {
        return RecordTableScreen.plain(info(), RecordKind.PARTIES, new PartiesViewModel(state, tasks, dialogs).table());
    }
}
