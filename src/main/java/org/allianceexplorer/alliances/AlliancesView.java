package org.allianceexplorer.alliances;

import javafx.scene.layout.BorderPane;
import org.allianceexplorer.table.RecordTableView;

/** The alliances table. */
public final class AlliancesView extends BorderPane {

    public AlliancesView(AlliancesViewModel model) {
        setId("alliances-view");
        setCenter(new RecordTableView<>(model.table(), "alliances"));
    }
}
