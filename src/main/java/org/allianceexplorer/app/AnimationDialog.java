package org.allianceexplorer.app;

import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.PartialDate;

/**
 * Export > Animation…: the first and last day, the step between frames, frames per second and width, with what
 * they make said under them ("14 frames, one every 1w: 7 s at 2 frames a second") or why they cannot be used;
 * OK only when they can. Days are typed as in every date field of the window (a month or a year is its first day
 * for the start, its last for the end).
 */
final class AnimationDialog {

    private AnimationDialog() {}

    /** The dialog, not yet shown; its result is the choice, or null when cancelled. */
    static Dialog<AnimationChoice> create(Window owner, String subject, AnimationChoice initial) {
        Dialog<AnimationChoice> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Export animation");
        d.setHeaderText("An animated GIF of " + subject + ", one frame per step");
        d.getDialogPane().setId("animation-dialog");
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());

        DateField from = new DateField(DateField.Partial.FIRST_DAY);
        from.setId("animation-from");
        from.setValue(initial.from());
        DateField to = new DateField(DateField.Partial.LAST_DAY);
        to.setId("animation-to");
        to.setValue(initial.to());
        ComboBox<String> step =
                new ComboBox<>(FXCollections.observableArrayList("1d", "1w", "2w", "1m", "3m", "6m", "1y"));
        step.setId("animation-step");
        step.setEditable(true);
        step.setValue(initial.step().toString());
        step.setPrefWidth(110);
        TextField fps = new TextField(Integer.toString(initial.fps()));
        fps.setId("animation-fps");
        fps.setPrefColumnCount(4);
        fps.setMaxWidth(Region.USE_PREF_SIZE);
        TextField width = new TextField(Long.toString(Math.round(initial.width())));
        width.setId("animation-width");
        width.setPrefColumnCount(6);
        width.setMaxWidth(Region.USE_PREF_SIZE);
        WrappedText summary = new WrappedText();
        summary.setId("animation-summary");
        summary.setPrefWidth(460);
        // room for the longest message (three lines): the dialog does not grow once shown
        summary.setMinHeight(3 * 18);

        // what the fields make, read as they are typed (a date field's value changes only when committed)
        ObjectProperty<AnimationChoice> choice = new SimpleObjectProperty<>();
        StringProperty said = new SimpleStringProperty();
        Runnable read = () -> {
            try {
                AnimationChoice c = AnimationChoice.parse(
                        day(from.getEditor().getText(), true),
                        day(to.getEditor().getText(), false),
                        step.getEditor().getText(),
                        fps.getText(),
                        width.getText());
                said.set(c.summary());
                choice.set(c);
            } catch (IllegalArgumentException e) {
                said.set(e.getMessage());
                choice.set(null);
            }
        };
        from.getEditor().textProperty().addListener((o, a, b) -> read.run());
        to.getEditor().textProperty().addListener((o, a, b) -> read.run());
        step.getEditor().textProperty().addListener((o, a, b) -> read.run());
        step.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(step.getEditor().getText())) {
                step.getEditor().setText(b);
            }
        });
        fps.textProperty().addListener((o, a, b) -> read.run());
        width.textProperty().addListener((o, a, b) -> read.run());
        read.run();
        summary.textProperty().bind(said);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("First day"), from);
        grid.addRow(1, new Label("Last day"), to);
        grid.addRow(2, new Label("Step (1w, 2w, 1m, 3m, 1y\u2026)"), step);
        grid.addRow(3, new Label("Frames per second"), fps);
        grid.addRow(4, new Label("Width (px)"), width);
        grid.add(summary, 0, 5, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.isNull(choice));
        d.setResultConverter(b -> b == ok ? choice.get() : null);
        return d;
    }

    /** The day a typed text means (the first day of a month or year for a start, the last for an end), or null. */
    private static LocalDate day(String text, boolean start) {
        if (text == null || text.isBlank()) {
            return null;
        }
        DateInput.Result r = DateInput.parse(text, Locale.getDefault(Locale.Category.FORMAT));
        if (!r.ok()) {
            throw new IllegalArgumentException((start ? "First day: " : "Last day: ") + r.error());
        }
        PartialDate d = r.date();
        return start ? d.earliest() : d.latest();
    }
}
