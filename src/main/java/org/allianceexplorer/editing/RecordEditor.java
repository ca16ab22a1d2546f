package org.allianceexplorer.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.app.RecordForms;
import org.allianceexplorer.app.Shortcut;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.EditKind;

/**
 * The record forms of the window ({@link RecordForms}): a form to add or change a record of any kind, and the
 * Find a record to change… window that leads to one (or to deleting the record found).
 */
public record RecordEditor(Window owner, AppState state, TaskRunner tasks, EditCommands edits) implements RecordForms {

    private static final I18n.Messages T = I18n.of(RecordEditor.class);

    /** The forms' keys, for Help > Keyboard shortcuts. */
    public static final List<Shortcut> SHORTCUTS = RecordFormDialog.SHORTCUTS;

    @Override
    public void add(EditKind kind, Map<String, String> preset) {
        RecordFormDialog.open(
                owner, RecordFormViewModel.add(state, tasks, edits, kind, preset), state.darkThemeProperty());
    }

    @Override
    public void change(EditKind kind, long id) {
        RecordFormDialog.open(
                owner, RecordFormViewModel.change(state, tasks, edits, kind, id), state.darkThemeProperty());
    }

    @Override
    public void find() {
        FindRecordViewModel model = new FindRecordViewModel(state, tasks);
        Stage stage = EditingWindow.modal(owner, T.t("find.title"));

        ComboBox<EditKind> kind = new ComboBox<>();
        kind.setId("find-kind");
        kind.getItems().setAll(FindRecordViewModel.kinds());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EditKind k) {
                return k == null
                        ? ""
                        : Character.toUpperCase(KindNames.kind(k).charAt(0))
                                + KindNames.kind(k).substring(1);
            }

            @Override
            public EditKind fromString(String s) {
                return kind.getValue();
            }
        });
        kind.setMaxWidth(Double.MAX_VALUE);
        StackPane holder = new StackPane();
        Button change = new Button(T.t("find.change"));
        change.setId("find-change");
        change.setDefaultButton(true);
        Button delete = new Button(T.t("find.delete"));
        delete.setId("find-delete");
        Runnable picker = () -> {
            FieldInput in = model.recordProperty().get();
            LinkPicker p = new LinkPicker(in, in.choiceProperty()::set, model::suggest, true);
            p.field().setId("find-record");
            holder.getChildren().setAll(p.field());
            change.disableProperty().bind(in.choiceProperty().isNull());
            delete.disableProperty().bind(in.choiceProperty().isNull());
        };
        model.recordProperty().addListener((o, a, b) -> picker.run());
        picker.run();
        change.setOnAction(e -> chosen(model).ifPresent(c -> {
            stage.close();
            change(model.kindProperty().get(), c.id());
        }));
        delete.setOnAction(e -> chosen(model).ifPresent(c -> {
            stage.close();
            edits.delete(model.kindProperty().get(), c.id());
        }));
        Button cancel = FormParts.cancel(T.t("cancel"), null, stage);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.add(new Label(T.t("find.kind")), 0, 0);
        grid.add(kind, 1, 0);
        grid.add(new Label(T.t("find.record")), 0, 1);
        grid.add(holder, 1, 1);
        GridPane.setHgrow(holder, Priority.ALWAYS);
        GridPane.setHgrow(kind, Priority.ALWAYS);
        WrappedText hint = FormParts.hint(T.t("find.hint"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, delete, change);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, grid, hint, buttons);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("new-claim");
        EditingWindow.dress(stage, owner, box, 560, 220, state.darkThemeProperty());
        stage.show();
    }

    private static Optional<Choice> chosen(FindRecordViewModel model) {
        return Optional.ofNullable(model.recordProperty().get())
                .map(in -> in.choiceProperty().get());
    }
}
