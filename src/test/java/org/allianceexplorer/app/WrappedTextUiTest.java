package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Long Urdu text wraps within its width and draws each word once (JavaFX's own wrapping does neither). */
@ExtendWith(ApplicationExtension.class)
class WrappedTextUiTest {

    /** The older-database question in Urdu, with a number and a Latin name among the words. */
    private static final String URDU =
            "یہ ڈیٹابیس الائنس ایکسپلورر کے پرانے ورژن کا بنایا ہوا ہے: اسکیما 5، جبکہ یہ ورژن"
                    + " اسکیما 6 پڑھتا ہے۔ یہ اپنی تازہ کی ہوئی نقل کی صورت میں کھلے گا؛ اصل فائل karachi.sqlite جوں کی توں"
                    + " رہے گی تاکہ پرانا ورژن اسے پڑھ سکے۔";

    private static final double WIDTH = 300;

    private final VBox box = new VBox(10);
    private WrappedText wrapped;
    private Text plain;

    @Start
    void start(Stage stage) {
        NativeText.loadFont();
        Font naskh = Font.font("Noto Naskh Arabic", 14);
        plain = new Text(URDU);
        plain.setFont(naskh);
        plain.setWrappingWidth(WIDTH);
        wrapped = new WrappedText(URDU);
        wrapped.setStyle("-fx-font-family: 'Noto Naskh Arabic'; -fx-font-size: 14px;");
        wrapped.setPrefWidth(WIDTH);
        wrapped.setMaxWidth(WIDTH);
        box.getChildren().addAll(plain, wrapped);
        Scene scene = new Scene(box, 400, 600);
        scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void urduWrapsWithinItsWidth(FxRobot robot) {
        robot.interact(() -> {});
        double[] widths = new double[2];
        robot.interact(() -> {
            widths[0] = plain.getBoundsInParent().getWidth();
            widths[1] = wrapped.getChildren().stream()
                    .mapToDouble(n -> n.getBoundsInParent().getMaxX())
                    .max()
                    .orElse(0);
        });
        // what this works around: JavaFX draws a wrapped line of Urdu with the rest of its run, past the width
        assertThat(widths[0]).as("JavaFX's own wrapping").isGreaterThan(WIDTH * 1.2);
        assertThat(widths[1]).as("the words' right edge").isLessThanOrEqualTo(WIDTH + 0.5);
        double height = wrapped.getHeight();
        assertThat(height).as("three lines at least").isGreaterThan(3 * 14);
        // every word once, in order: the text is the text given
        assertThat(wrapped.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat))
                .isEqualTo(URDU);
    }

    @Test
    void aMaximumWidthIsItsWidthWhereItWouldBeWider(FxRobot robot) {
        WrappedText tip = new WrappedText(URDU);
        WrappedText shortOne = new WrappedText("تاریخ");
        robot.interact(() -> {
            tip.setMaxWidth(200);
            shortOne.setMaxWidth(200);
            box.getChildren().addAll(tip, shortOne);
        });
        robot.interact(() -> {
            // as a tooltip sizes its content: to its preferred width
            assertThat(tip.prefWidth(-1)).isEqualTo(200);
            assertThat(tip.prefHeight(200)).isGreaterThan(4 * 14);
            // with no width given, the lines at that width (not a word a line)
            assertThat(tip.prefHeight(-1)).isEqualTo(tip.prefHeight(200));
            assertThat(shortOne.prefWidth(-1)).isLessThan(100);
        });
    }

    @Test
    void theWordsCarryTheMessagesStyleClassesAndFollowItsText(FxRobot robot) {
        robot.interact(() -> {
            wrapped.getStyleClass().add("text-muted");
            wrapped.setText("نقل\nتازہ  کریں");
        });
        assertThat(wrapped.getChildren())
                .extracting(n -> ((Text) n).getText())
                .containsExactly("نقل\n", "تازہ  ", "کریں");
        for (Node n : wrapped.getChildren()) {
            assertThat(n.getStyleClass()).containsExactly("text-muted");
        }
        // Latin text in the English window wraps right by itself: one span, as a label's
        robot.interact(() -> wrapped.setText("Open the copy"));
        assertThat(wrapped.getChildren()).extracting(n -> ((Text) n).getText()).containsExactly("Open the copy");
        assertThat(WrappedText.words("")).isEmpty();
        assertThat(WrappedText.words(" a")).containsExactly(" ", "a");
    }
}
