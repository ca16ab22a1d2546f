package org.allianceexplorer.sources;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;

/** The Sources screen. */
public final class SourcesScreen {

    private static final I18n.Messages T = I18n.of(SourcesScreen.class);

    /** The screen's id, title (in the interface's language when the screen is made) and icon. */
    private static Info info() {
        return new Info("sources", T.t("screen.title"), "mdi2b-book-open-page-variant-outline");
    }

    private SourcesScreen() {}

    public static RecordTableScreen create(AppState state, TaskRunner tasks, DialogService dialogs) {
        SourcesViewModel model = new SourcesViewModel(state, tasks, dialogs);
        return new RecordTableScreen(info(), RecordKind.SOURCES, model.table(), () -> new SourcesView(model));
    }
}
