package org.allianceexplorer.sources;

import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.table.RecordTableView;

/** The sources table; double-click or Enter opens a source's link. */
public final class SourcesView extends BorderPane {

    public SourcesView(SourcesViewModel model) {
        setId("sources-view");
        RecordTableView<Source> table = new RecordTableView<>(model.table(), "sources");
        table.table().setRowFactory(t -> {
            TableRow<Source> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.table().getSelectionModel().getSelectedItem());
            }
        });
        setCenter(table);
    }
}
