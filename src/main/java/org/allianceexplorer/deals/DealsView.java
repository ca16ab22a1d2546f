package org.allianceexplorer.deals;

import javafx.scene.layout.BorderPane;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.table.RecordTableView;

/** The seat deals table. */
public final class DealsView extends BorderPane {

    private final RecordTableView<SeatDeal> table;

    public DealsView(DealsViewModel model) {
        setId("deals-view");
        table = new RecordTableView<>(model.table(), "deals");
        setCenter(table);
    }

    public RecordTableView<SeatDeal> table() {
        return table;
    }
}
