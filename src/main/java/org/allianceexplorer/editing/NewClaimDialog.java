package org.allianceexplorer.editing;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.edit.Choice;
import org.controlsfx.control.SearchableComboBox;

/**
 * Edit > New claim… (Ctrl+Shift+N): a small window over {@link NewClaimViewModel}. The pickers search as you
 * type (seat code or name, party abbreviation or name); each field says what is wrong beside it; Save
 * (Ctrl+Enter) is on only when the claim can be saved.
 */
public record NewClaimDialog(Window owner, AppState state, TaskRunner tasks, EditCommands edits) {

    private static final I18n.Messages T = I18n.of(NewClaimDialog.class);

    /** Opens the dialog (one at a time; it closes when the claim is saved or on Cancel/Escape). */
    public Stage open() {
        NewClaimViewModel model = new NewClaimViewModel(state, tasks, edits, LocalDate.now());
        Stage stage = EditingWindow.modal(owner, T.t("claim.title"));
        EditingWindow.dress(stage, owner, content(model, stage), 620, 600, state.darkThemeProperty());
        return EditingWindow.show(stage, 520, 480, model::load);
    }

    static VBox content(NewClaimViewModel model, Stage stage) {
        GridPane grid = FormParts.grid();
        int[] row = {0};
        pick(grid, row, model, "election", T.t("claim.election"), model.elections(), model.electionProperty());
        pick(grid, row, model, "seat", T.t("claim.seat"), model.seats(), model.seatProperty());
        pick(grid, row, model, "giver", T.t("claim.giver"), model.parties(), model.giverProperty());
        pick(grid, row, model, "receiver", T.t("claim.receiver"), model.parties(), model.receiverProperty());
        TextField candidate =
                FormParts.text(model.candidateProperty(), "new-claim-candidate", T.t("claim.candidate.prompt"));
        add(grid, row, T.t("claim.candidate"), candidate, null);
        ComboBox<ClaimStatus> status = new ComboBox<>();
        status.getItems().setAll(ClaimStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setId("new-claim-status");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClaimStatus s) {
                return s == null ? "" : T.name("claimStatus", s);
            }

            @Override
            public ClaimStatus fromString(String text) {
                return status.getValue();
            }
        });
        status.setMaxWidth(Double.MAX_VALUE);
        add(grid, row, T.t("claim.status"), status, model.problemProperty("status"));
        add(
                grid,
                row,
                T.t("claim.date"),
                FormParts.text(model.dateProperty(), "new-claim-date", T.t("date.prompt")),
                model.problemProperty("date"));
        Label source = new Label(T.t("claim.source"));
        source.getStyleClass().add("new-claim-heading");
        grid.add(source, 0, row[0]++, 2, 1);
        add(grid, row, T.t("source.url"), FormParts.text(model.urlProperty(), "new-claim-url", "https://\u2026"), null);
        add(
                grid,
                row,
                T.t("source.outlet"),
                FormParts.text(model.outletProperty(), "new-claim-outlet", T.t("source.outlet.prompt")),
                null);
        TextArea quote =
                FormParts.quotation(model.quotationProperty(), "new-claim-quotation", T.t("source.quotation.prompt"));
        add(grid, row, T.t("source.quotation"), quote, model.problemProperty("source"));

        Button save = FormParts.save(T.t("claim.save"), "new-claim-save", model.validProperty(), model::save, stage);
        Button cancel = FormParts.cancel(T.t("cancel"), "new-claim-cancel", stage);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, FormParts.hint(T.t("claim.hint")), spacer, cancel, save);
        VBox box = new VBox(12, grid, buttons);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("new-claim");
        FormParts.saveOnShortcut(box, save);
        return box;
    }

    /**
     * A row with the picker of {@code name}, labelled {@code label}: {@code #new-claim-name}, under it the model's
     * problem of that name.
     */
    private static void pick(
            GridPane grid,
            int[] row,
            NewClaimViewModel model,
            String name,
            String label,
            ObservableList<Choice> items,
            ObjectProperty<Choice> value) {
        SearchableComboBox<Choice> box = new SearchableComboBox<>(items);
        box.setId("new-claim-" + name);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        add(grid, row, label, box, model.problemProperty(name));
    }

    /** A labelled field and, below it, what is wrong with it (hidden while nothing is). */
    private static void add(GridPane grid, int[] row, String label, Node field, ReadOnlyStringProperty problem) {
        FormParts.row(grid, row, label, field);
        if (problem != null) {
            String id = field.getId() == null ? null : field.getId() + "-problem";
            grid.add(FormParts.problem(id, problem), 1, row[0]++);
        }
    }
}
