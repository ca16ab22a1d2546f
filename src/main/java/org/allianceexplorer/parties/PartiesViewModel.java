package org.allianceexplorer.parties;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;

/** The parties of the open database as of the shared date; reloads when either changes. */
public final class PartiesViewModel {

    private final AppState state;
    private final TaskRunner tasks;
    private final ObservableList<Party> parties = FXCollections.observableArrayList();

    public PartiesViewModel(AppState state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
        state.sessionProperty().addListener((o, a, b) -> reload());
        state.asOfProperty().addListener((o, a, b) -> reload());
        reload();
    }

    public ObservableList<Party> parties() {
        return parties;
    }

    private void reload() {
        Session s = state.getSession();
        if (s == null) {
            parties.clear();
            return;
        }
        RecordFilter f = RecordFilter.ALL.withAsOf(state.getAsOf());
        tasks.run("Loading parties", () -> s.repositories().parties().parties(f), this::show, e -> parties.clear());
    }

    private void show(List<Party> list) {
        parties.setAll(list);
    }
}
