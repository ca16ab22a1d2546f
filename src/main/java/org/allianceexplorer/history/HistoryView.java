package org.allianceexplorer.history;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.edit.HistoryRow;
import org.allianceexplorer.table.RecordTableView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The History table with, above it, Undo for the edit of the row selected: any edit of the history, an import made
 * on the command line or in an earlier session included (Edit > Undo only knows this window's), while the database
 * is open for editing; and the choice of one line per edit instead of one per change.
 */
public final class HistoryView extends BorderPane {

    private static final I18n.Messages T = I18n.of(HistoryView.class);

    public HistoryView(HistoryViewModel model, EditCommands edits) {
        setId("history-view");
        RecordTableView<HistoryLine> table = new RecordTableView<>(model.table(), "history");
        var selected = table.table().getSelectionModel().selectedItemProperty();
        Button undo = new Button(T.t("undo"), new FontIcon("mdi2u-undo"));
        undo.setId("history-undo");
        undo.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> selected.get() == null
                                ? T.t("undo")
                                : T.t("undo.of", selected.get().row().editLabel()),
                        selected));
        undo.disableProperty()
                .bind(selected.isNull().or(edits.editableProperty().not()));
        undo.setOnAction(e -> {
            HistoryRow r = selected.get() == null ? null : selected.get().row();
            if (r != null) {
                edits.undoEdit(r.editId(), r.editLabel());
            }
        });
        Label hint = new Label(T.t("undo.needsEditing"));
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(edits.editableProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        undo.setTooltip(new Tooltip(T.t("undo.tip")));
        CheckBox perEdit = new CheckBox(T.t("perEdit"));
        perEdit.setId("history-per-edit");
        perEdit.setTooltip(new Tooltip(T.t("perEdit.tip")));
        perEdit.selectedProperty().bindBidirectional(model.onePerEditProperty());
        // at a laptop's width the hint gives way first: the button and the check box keep their words
        undo.setMinWidth(Region.USE_PREF_SIZE);
        perEdit.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, undo, hint, gap, perEdit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        setCenter(table);
    }
}
