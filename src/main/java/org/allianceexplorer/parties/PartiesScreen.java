package org.allianceexplorer.parties;

import java.util.Optional;
import javafx.scene.Node;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;

/** The Parties screen. */
public final class PartiesScreen implements Screen {

    private final PartiesView view;

    public PartiesScreen(AppState state, TaskRunner tasks) {
        view = new PartiesView(new PartiesViewModel(state, tasks));
    }

    @Override
    public String id() {
        return "parties";
    }

    @Override
    public String title() {
        return "Parties";
    }

    @Override
    public String icon() {
        return "mdi2f-flag-variant-outline";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Optional<RecordKind> lists() {
        return Optional.of(RecordKind.PARTIES);
    }
}
