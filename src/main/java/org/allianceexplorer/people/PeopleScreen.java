package org.allianceexplorer.people;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;

/** The People screen. */
public final class PeopleScreen {

    private static final I18n.Messages T = I18n.of(PeopleScreen.class);

    /** The screen's id, title (in the interface's language when the screen is made) and icon. */
    private static Info info() {
        return new Info("people", T.t("screen.title"), "mdi2a-account-multiple-outline");
    }

    private PeopleScreen() {}

    public static RecordTableScreen create(AppState state, TaskRunner tasks, DialogService dialogs) {
        return RecordTableScreen.plain(info(), RecordKind.PEOPLE, new PeopleViewModel(state, tasks, dialogs).table());
    }
}
