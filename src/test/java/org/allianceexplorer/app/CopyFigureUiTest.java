package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Edit > Copy figure (Ctrl+Shift+C, issue 16): the current figure goes to the clipboard as an image of the size
 * asked for in the dialog (with the SVG beside it); a screen without a figure says so. File > Print (Ctrl+P) with
 * no printer set up says so, and prints nothing.
 */
class CopyFigureUiTest extends WindowTest {

    private static final Pattern SIZE = Pattern.compile("(\\d+) \u00d7 (\\d+)");

    @Test
    void theFigureIsOnTheClipboardAtTheScaleAsked(FxRobot robot) throws Exception {
        robot.clickOn("#nav-graph");
        waitFor(() -> state().getSession() != null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#copy-scale").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> scale = robot.lookup("#copy-scale").queryAs(ChoiceBox.class);
        robot.interact(() -> scale.setValue(3));
        Matcher size = SIZE.matcher(scale.getConverter().toString(3));
        assertThat(size.find()).isTrue();
        int width = Integer.parseInt(size.group(1));
        int height = Integer.parseInt(size.group(2));
        assertThat(width).isGreaterThan(2400);
        robot.clickOn("OK");

        waitFor(() -> clipboardImage(robot) != null);
        Image image = clipboardImage(robot);
        assertThat((int) image.getWidth()).isEqualTo(width);
        assertThat((int) image.getHeight()).isEqualTo(height);
        Object[] svg = new Object[1];
        robot.interact(() -> svg[0] = Clipboard.getSystemClipboard().getContent(FigureDesktop.SVG));
        assertThat((String) svg[0]).contains("<svg").contains("MQM-P");
        assertThat(state().noticeProperty().get().text()).contains(width + " \u00d7 " + height);
    }

    @Test
    void aScreenWithoutAFigureSaysSo(FxRobot robot) throws Exception {
        waitFor(() -> state().getSession() != null);
        robot.clickOn("#menu-edit").clickOn("#menu-copy-figure");
        waitFor(() -> state().noticeProperty().get() != null);
        assertThat(state().noticeProperty().get().text()).isEqualTo("This screen has no figure to copy.");
        assertThat(robot.lookup("#copy-scale").tryQuery()).isEmpty();
    }

    @Test
    void printingWithNoPrinterSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#nav-timeline");
        waitFor(() -> state().getSession() != null);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitFor(() -> state().noticeProperty().get() != null);
        assertThat(state().noticeProperty().get().text()).isEqualTo("No printer is set up on this computer.");
        assertThat(state().noticeProperty().get().warning()).isTrue();
    }

    @Test
    void aTableIsPrintableAndWithNoPrinterSaysSo(FxRobot robot) throws Exception {
        waitFor(() -> state().getSession() != null);
        assertThat(window().currentScreen().flatMap(Screen::printable)).isPresent();
        robot.clickOn("#menu-file").clickOn("#menu-print");
        waitFor(() -> state().noticeProperty().get() != null);
        assertThat(state().noticeProperty().get().text()).isEqualTo("No printer is set up on this computer.");
    }

    private static Image clipboardImage(FxRobot robot) {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        return image[0];
    }
}
