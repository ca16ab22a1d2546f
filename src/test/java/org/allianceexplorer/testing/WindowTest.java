package org.allianceexplorer.testing;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one base of the tests that drive the real window (headless on Monocle): each test gets a window of
 * its own, at the size the class asks for ({@link #windowWidth()}, {@link #windowHeight()}), on the bundled
 * dataset with settings in memory, closed after the test. TestFX's primary stage is shared between test
 * classes, so no test uses it: a size set there would leak into the next class.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {

    protected Stage stage;
    protected FxTaskRunner tasks;

    /** The window's width for this class's tests (its scene's); the default is the app's first-run size. */
    protected double windowWidth() {
        return 1360;
    }

    protected double windowHeight() {
        return 820;
    }

    /** The interface language the window starts in: "ur" for a class marked {@link InUrdu}, else "en". */
    protected String language() {
        return getClass().isAnnotationPresent(InUrdu.class) ? "ur" : "en";
    }

    /** The settings the window starts with: in memory, at this class's size and language (a class may add its own). */
    protected Settings settings() {
        Settings s = windowOf(windowWidth(), windowHeight());
        s.put("ui.language", language());
        return s;
    }

    /** The interface back in English after a class, whatever language its windows started in. */
    @AfterAll
    static void english() {
        I18n.use("en");
    }

    // a JUnit @BeforeEach on the FX thread rather than TestFX's @Start, which only finds the test class's own methods
    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            tasks = App.show(stage, null, null, settings());
        });
        // the window's content (its first screen, the detail pane) is built just after its first frame
        waitFor(() -> window().filledProperty().get());
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (tasks != null) {
            tasks.close();
        }
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    protected MainWindow window() {
        return (MainWindow) stage.getScene().getRoot();
    }

    protected AppState state() {
        return window().state();
    }

    /** Opens {@code file} in the window and then Edit > Edit this database (through the model), waiting for both. */
    protected void openForEditing(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window().model().open(file));
        waitFor(() -> state().getSession() != null
                && file.equals(state().getSession().database().path()));
        robot.interact(() -> window().model().edits().startEditing());
        waitFor(() -> state().getSession().editable());
    }

    /** Settings that open the window at this size (its scene), as after a run at that size. */
    public static Settings windowOf(double width, double height) {
        Settings s = Settings.memory();
        s.put("window.width", Double.toString(width));
        s.put("window.height", Double.toString(height));
        return s;
    }

    /** Focuses a field (a form scrolls it into view) and types in it, as Tab and typing would, in its window. */
    public static void fill(FxRobot robot, String id, String text) {
        Node field = robot.lookup(id).query();
        robot.targetWindow(field.getScene().getWindow());
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    /** Waits up to 20 seconds for a condition, then for the FX events it caused. */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
