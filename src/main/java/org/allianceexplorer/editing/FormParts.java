package org.allianceexplorer.editing;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.allianceexplorer.app.WrappedText;

/**
 * What the editing windows' forms (New claim, the record forms, Find a record) are built of: the grid of
 * labels and fields, a labelled row, a bound text input, what is wrong under a field, a hint, and the
 * shortcut that saves.
 */
final class FormParts {

    private FormParts() {}

    /** Two columns: the labels as wide as they need, the fields taking the rest. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Adds {@code field} labelled {@code label} in the next row of {@code grid}; returns the label. */
    static Label row(GridPane grid, int[] row, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.add(l, 0, row[0]);
        grid.add(field, 1, row[0]++);
        return l;
    }

    /** What is wrong, said by {@code problem}: shown only while it says something ({@code id}: none when null). */
    static WrappedText problem(String id, StringExpression problem) {
        WrappedText p = new WrappedText();
        if (id != null) {
            p.setId(id);
        }
        p.getStyleClass().add("field-problem");
        p.textProperty().bind(problem);
        p.visibleProperty().bind(problem.isNotEmpty());
        p.managedProperty().bind(p.visibleProperty());
        return p;
    }

    /** A one-line input of {@code value}. */
    static TextField text(StringProperty value, String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A few wrapped lines for a source's quotation. */
    static TextArea quotation(StringProperty value, String id, String prompt) {
        TextArea quote = new TextArea();
        quote.setId(id);
        quote.setPromptText(prompt);
        quote.setWrapText(true);
        quote.setPrefRowCount(3);
        quote.textProperty().bindBidirectional(value);
        return quote;
    }

    /** The default button: on only while the form is {@code valid}; it saves, and the window closes once saved. */
    static Button save(String text, String id, BooleanExpression valid, Consumer<Runnable> saving, Stage stage) {
        Button save = new Button(text);
        save.setId(id);
        save.setDefaultButton(true);
        save.disableProperty().bind(valid.not());
        save.setOnAction(e -> saving.accept(stage::close));
        return save;
    }

    /** The cancel button (also Escape): closes the window ({@code id}: none when null). */
    static Button cancel(String text, String id, Stage stage) {
        Button cancel = new Button(text);
        if (id != null) {
            cancel.setId(id);
        }
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        return cancel;
    }

    /** A small wrapped note beside the buttons or under a heading. */
    static WrappedText hint(String text) {
        WrappedText hint = new WrappedText(text);
        hint.getStyleClass().add("new-claim-hint");
        return hint;
    }

    /** {@link RecordFormDialog#SAVE} anywhere in {@code root} presses {@code save}. */
    static void saveOnShortcut(Node root, Button save) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RecordFormDialog.SAVE.match(e)) {
                save.fire();
                e.consume();
            }
        });
    }
}
