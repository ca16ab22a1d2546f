package org.allianceexplorer.elections;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;

/** The Elections &amp; results screen: elections and the seats with their results (lists constituencies). */
public final class ElectionsScreen {

    private static final I18n.Messages T = I18n.of(ElectionsScreen.class);

    /** The screen's id, title (in the interface's language when the screen is made) and icon. */
    private static Info info() {
        return new Info("elections", T.t("screen.title"), "mdi2v-vote-outline");
    }

    private ElectionsScreen() {}

    public static RecordTableScreen create(AppState state, TaskRunner tasks, DialogService dialogs) {
        ElectionsViewModel model = new ElectionsViewModel(state, tasks, dialogs);
        return new RecordTableScreen(info(), RecordKind.CONSTITUENCIES, model.table(), () -> new ElectionsView(model));
    }
}
