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
import javafx.scene.layout.ColumnConstraints;
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
public final class NewClaimDialog {

    private static final I18n.Messages T = I18n.of(NewClaimDialog.class);

    private final Window owner;
    private final AppState state;
    private final TaskRunner tasks;
    private final EditCommands edits;

    public NewClaimDialog(Window owner, AppState state, TaskRunner tasks, EditCommands edits) {
        this.owner = owner;
        this.state = state;
        this.tasks = tasks;
        this.edits = edits;
    }

    /** Opens the dialog (one at a time; it closes when the claim is saved or on Cancel/Escape). */
    public Stage open() {
        NewClaimViewModel model = new NewClaimViewModel(state, tasks, edits, LocalDate.now());
        Stage stage = EditingWindow.modal(owner, T.t("claim.title"));
        EditingWindow.dress(stage, owner, content(model, stage), 620, 600, state.darkThemeProperty());
        stage.setMinWidth(520);
        stage.setMinHeight(480);
        model.load();
        stage.show();
        return stage;
    }

    static VBox content(NewClaimViewModel model, Stage stage) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        int[] row = {0};
        ComboBox<Choice> election = picker(model.elections(), model.electionProperty(), "new-claim-election");
        add(grid, row, T.t("claim.election"), election, model.problemProperty("election"));
        add(
                grid,
                row,
                T.t("claim.seat"),
                picker(model.seats(), model.seatProperty(), "new-claim-seat"),
                model.problemProperty("seat"));
        add(
                grid,
                row,
                T.t("claim.giver"),
                picker(model.parties(), model.giverProperty(), "new-claim-giver"),
                model.problemProperty("giver"));
        add(
                grid,
                row,
                T.t("claim.receiver"),
                picker(model.parties(), model.receiverProperty(), "new-claim-receiver"),
                model.problemProperty("receiver"));
        TextField candidate = text(model.candidateProperty(), "new-claim-candidate", T.t("claim.candidate.prompt"));
        add(grid, row, T.t("claim.candidate"), candidate, null);
        ComboBox<ClaimStatus> status = new ComboBox<>();
        status.getItems().setAll(ClaimStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setId("new-claim-status");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClaimStatus s) {
                return s == null
                        ? ""
                        : switch (s) {
                            case REPORTED -> T.t("claimStatus.reported");
                            case DENIED -> T.t("claimStatus.denied");
                            case CONFIRMED -> T.t("claimStatus.confirmed");
                            case SWITCHED -> T.t("claimStatus.switched");
                            case COLLAPSED -> T.t("claimStatus.collapsed");
                        };
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
                text(model.dateProperty(), "new-claim-date", T.t("date.prompt")),
                model.problemProperty("date"));
        Label source = new Label(T.t("claim.source"));
        source.getStyleClass().add("new-claim-heading");
        grid.add(source, 0, row[0]++, 2, 1);
        add(grid, row, T.t("source.url"), text(model.urlProperty(), "new-claim-url", "https://\u2026"), null);
        add(
                grid,
                row,
                T.t("source.outlet"),
                text(model.outletProperty(), "new-claim-outlet", T.t("source.outlet.prompt")),
                null);
        TextArea quote = new TextArea();
        quote.setId("new-claim-quotation");
        quote.setPromptText(T.t("source.quotation.prompt"));
        quote.setWrapText(true);
        quote.setPrefRowCount(3);
        quote.textProperty().bindBidirectional(model.quotationProperty());
        add(grid, row, T.t("source.quotation"), quote, model.problemProperty("source"));

        Button save = new Button(T.t("claim.save"));
        save.setId("new-claim-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.validProperty().not());
        save.setOnAction(e -> model.save(stage::close));
        Button cancel = new Button(T.t("cancel"));
        cancel.setId("new-claim-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(T.t("claim.hint"));
        hint.getStyleClass().add("new-claim-hint");
        hint.setWrapText(true);
        HBox buttons = new HBox(8, hint, spacer, cancel, save);
        VBox box = new VBox(12, grid, buttons);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("new-claim");
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (RecordFormDialog.SAVE.match(e)) {
                save.fire();
                e.consume();
            }
        });
        return box;
    }

    private static ComboBox<Choice> picker(ObservableList<Choice> items, ObjectProperty<Choice> value, String id) {
        SearchableComboBox<Choice> box = new SearchableComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static TextField text(javafx.beans.property.StringProperty value, String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A labelled field and, below it, what is wrong with it (hidden while nothing is). */
    private static void add(GridPane grid, int[] row, String label, Node field, ReadOnlyStringProperty problem) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.add(l, 0, row[0]);
        grid.add(field, 1, row[0]++);
        if (problem != null) {
            Label p = new Label();
            p.getStyleClass().add("field-problem");
            p.setWrapText(true);
            p.textProperty().bind(problem);
            p.visibleProperty().bind(problem.isNotEmpty());
            p.managedProperty().bind(p.visibleProperty());
            if (field.getId() != null) {
                p.setId(field.getId() + "-problem");
            }
            grid.add(p, 1, row[0]++);
        }
    }
}
