package org.allianceexplorer.parties;

import javafx.scene.layout.BorderPane;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.table.RecordTableView;

/** The parties table: colour swatch, abbreviation, name, native-script name (right to left), dates, Party Facts id. */
public final class PartiesView extends BorderPane {

    private final RecordTableView<Party> table;

    public PartiesView(PartiesViewModel model) {
        setId("parties-view");
        table = new RecordTableView<>(model.table(), "parties");
        setCenter(table);
    }

    public RecordTableView<Party> table() {
        return table;
    }
}
