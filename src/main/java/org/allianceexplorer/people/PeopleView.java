package org.allianceexplorer.people;

import javafx.scene.layout.BorderPane;
import org.allianceexplorer.table.RecordTableView;

/** The people table: name, native-script name, parties and roles as of the shared date. */
public final class PeopleView extends BorderPane {

    public PeopleView(PeopleViewModel model) {
        setId("people-view");
        setCenter(new RecordTableView<>(model.table(), "people"));
    }
}
