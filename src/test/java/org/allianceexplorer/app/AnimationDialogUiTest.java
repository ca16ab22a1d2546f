package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.allianceexplorer.figure.TimeStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export > Animation… dialog, driven headless: what the fields make, OK only when they can be used. */
@ExtendWith(ApplicationExtension.class)
class AnimationDialogUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void saysWhatTheFieldsMakeAndAnswersWithThem(FxRobot robot) {
        AtomicReference<Dialog<AnimationChoice>> dialog = new AtomicReference<>();
        AnimationChoice offered = AnimationChoice.suggested(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1));
        robot.interact(() -> {
            dialog.set(AnimationDialog.create(stage, "the relationship graph", offered));
            dialog.get().show();
        });
        Node pane = dialog.get().getDialogPane();
        WrappedText summary = robot.from(pane).lookup("#animation-summary").queryAs(WrappedText.class);
        Button ok = button(dialog.get(), ButtonBar.ButtonData.OK_DONE);
        assertThat(ok.getText()).isEqualTo("OK");
        assertThat(dialog.get().getHeaderText()).contains("the relationship graph");
        assertThat(summary.getText()).isEqualTo("92 frames, one every 1d: 46 s at 2 frames a second");
        assertThat(ok.isDisabled()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<String> step = robot.from(pane).lookup("#animation-step").queryAs(ComboBox.class);
        TextField fps = robot.from(pane).lookup("#animation-fps").queryAs(TextField.class);
        robot.interact(() -> step.getEditor().setText("0w"));
        assertThat(summary.getText()).startsWith("Step: '0w' is not a step");
        assertThat(ok.isDisabled()).isTrue();

        robot.interact(() -> step.getEditor().setText("1w"));
        robot.interact(() -> fps.setText("0"));
        assertThat(summary.getText()).contains("1 to 30");
        assertThat(ok.isDisabled()).isTrue();
        // typed, as a person would
        robot.interact(() -> {
            fps.clear();
            fps.requestFocus();
        });
        robot.targetWindow(pane.getScene().getWindow()).write("4");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.getText()).isEqualTo("14 frames, one every 1w: 4 s at 4 frames a second");

        robot.interact(ok::fire);
        assertThat(dialog.get().getResult())
                .isEqualTo(new AnimationChoice(
                        LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1), TimeStep.parse("1w"), 4, 1280));
    }

    /** The dialog's button of {@code kind} (its OK, its Cancel: in the window's language, so not JavaFX's own). */
    private static Button button(Dialog<?> d, ButtonBar.ButtonData kind) {
        ButtonType type = d.getDialogPane().getButtonTypes().stream()
                .filter(t -> t.getButtonData() == kind)
                .findFirst()
                .orElseThrow();
        return (Button) d.getDialogPane().lookupButton(type);
    }

    @Test
    void cancelAnswersNothing(FxRobot robot) {
        AtomicReference<Dialog<AnimationChoice>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(AnimationDialog.create(
                    stage,
                    "the relationship graph",
                    AnimationChoice.suggested(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1))));
            dialog.get().show();
        });
        robot.interact(
                () -> button(dialog.get(), ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        assertThat(dialog.get().getResult()).isNull();
        assertThat(dialog.get().isShowing()).isFalse();
    }
}
