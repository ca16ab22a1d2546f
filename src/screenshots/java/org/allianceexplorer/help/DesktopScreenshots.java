package org.allianceexplorer.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.tools.WindowShots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of issue 16's windows for docs/screenshots: Help (guide, shortcuts, About), Preferences, Copy figure,
 * and the window in Urdu, in both themes. Run with
 * {@code mvn -Pscreenshots test -Dtest=DesktopScreenshots -Dscreenshots=docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
@ExtendWith(ApplicationExtension.class)
class DesktopScreenshots {

    private FxTaskRunner tasks;
    private Stage stage;

    private void open(FxRobot robot, String language, boolean dark) throws Exception {
        Settings s = Settings.memory();
        s.put("window.width", "1360");
        s.put("window.height", "820");
        s.put("ui.language", language);
        s.put("theme", dark ? "dark" : "light");
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            tasks = App.show(stage, null, null, s);
        });
        WaitForAsyncUtils.waitFor(
                20,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> window(robot).state().getSession() != null);
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What a test takes in one theme ("light" or "dark"), in a window opened for it. */
    private interface Shots {
        void take(String theme) throws Exception;
    }

    /** Opens the window in {@code language} in the light theme, takes the shots, closes it; then the same in dark. */
    private void inBothThemes(FxRobot robot, String language, Shots shots) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            open(robot, language, dark);
            shots.take(dark ? "dark" : "light");
            close(robot);
        }
    }

    private static MainWindow window(FxRobot robot) {
        return robot.lookup("#main-window").queryAs(MainWindow.class);
    }

    @AfterEach
    void close(FxRobot robot) {
        if (tasks != null) {
            tasks.close();
        }
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage)
                .toList()
                .forEach(w -> ((Stage) w).close()));
        I18n.use("en");
    }

    @Test
    void helpWindows(FxRobot robot) throws Exception {
        inBothThemes(robot, "en", theme -> {
            robot.interact(() -> window(robot).model().showGuide());
            settle();
            ScrollPane guide = robot.lookup("#user-guide").queryAs(ScrollPane.class);
            Thread.sleep(1500);
            save(robot, guide.getScene().getWindow(), "help-guide-" + theme + ".png");
            robot.interact(() -> guide.setVvalue(0.03));
            Thread.sleep(800);
            save(robot, guide.getScene().getWindow(), "help-guide-founding-case-" + theme + ".png");
            robot.interact(() -> window(robot).model().showShortcuts());
            settle();
            save(
                    robot,
                    robot.lookup("#help-shortcuts").query().getScene().getWindow(),
                    "help-shortcuts-" + theme + ".png");
            robot.interact(() -> window(robot).model().showAbout());
            settle();
            save(robot, robot.lookup("#help-about").query().getScene().getWindow(), "help-about-" + theme + ".png");
        });
    }

    @Test
    void preferencesAndCopyFigure(FxRobot robot) throws Exception {
        inBothThemes(robot, "en", theme -> {
            robot.clickOn("#menu-edit").clickOn("#menu-preferences");
            settle();
            save(robot, robot.lookup("#preferences").query().getScene().getWindow(), "preferences-" + theme + ".png");
            robot.clickOn("Cancel");
            robot.clickOn("#nav-graph");
            Thread.sleep(1500);
            robot.clickOn("#menu-edit").clickOn("#menu-copy-figure");
            settle();
            save(robot, robot.lookup("#copy-figure").query().getScene().getWindow(), "copy-figure-" + theme + ".png");
            robot.clickOn("Cancel");
        });
    }

    @Test
    void theWindowInUrdu(FxRobot robot) throws Exception {
        inBothThemes(robot, "ur", theme -> {
            WindowShots.save(robot, stage, dir().resolve("urdu-parties-" + theme + ".png"));
            robot.clickOn("#nav-graph");
            Thread.sleep(1500);
            WindowShots.save(robot, stage, dir().resolve("urdu-graph-" + theme + ".png"));
            robot.clickOn("#menu-edit").clickOn("#menu-preferences");
            settle();
            save(
                    robot,
                    robot.lookup("#preferences").query().getScene().getWindow(),
                    "urdu-preferences-" + theme + ".png");
            robot.interact(() ->
                    ((Stage) robot.lookup("#preferences").query().getScene().getWindow()).close());
        });
    }

    /**
     * The user guide's search and seat-deal pictures, in the window as it is now (menus, toolbar): "NA-242" typed
     * in the search box with its results, then the founding case's deal, ANP to MQM-P at NA-242, in the detail pane.
     */
    @Test
    void searchAndADealInTheDetailPane(FxRobot robot) throws Exception {
        inBothThemes(robot, "en", theme -> {
            robot.clickOn("#global-search").write("NA-242");
            WaitForAsyncUtils.waitFor(
                    10,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#search-results").tryQuery().isPresent()
                            && !robot.lookup("#search-results")
                                    .queryListView()
                                    .getItems()
                                    .isEmpty());
            settle();
            Window popup = robot.lookup("#search-results").query().getScene().getWindow();
            WindowShots.save(robot, stage, dir().resolve("search-" + theme + ".png"), popup);
            robot.type(KeyCode.ESCAPE);
            MainWindow w = window(robot);
            SeatDeal deal = w.state().getSession().repositories().deals().deals(RecordFilter.ALL).stream()
                    .filter(d -> d.seat().equals("NA-242")
                            && d.giver().equals("ANP")
                            && d.receiver().equals("MQM-P"))
                    .findFirst()
                    .orElseThrow();
            robot.interact(() -> w.state().navigation().go(new RecordRef(RecordKind.DEALS, deal.id(), deal.seat())));
            WaitForAsyncUtils.waitFor(
                    10,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#detail-title").tryQuery().isPresent()
                            && robot.lookup("#detail-title")
                                    .queryAs(org.allianceexplorer.app.WrappedText.class)
                                    .getText()
                                    .contains("NA-242"));
            settle();
            WindowShots.save(robot, stage, dir().resolve("detail-deal-" + theme + ".png"));
        });
    }

    /** File > Connect to server… (issue 17), its fields filled as an analyst would, before connecting. */
    @Test
    void connectToATeamDatabase(FxRobot robot) throws Exception {
        inBothThemes(robot, "en", theme -> {
            robot.clickOn("#menu-file").clickOn("#menu-connect");
            settle();
            robot.interact(() -> {
                ((TextField) robot.lookup("#connect-host").query()).setText("db.newsroom.example.org");
                ((TextField) robot.lookup("#connect-database").query()).setText("alliances");
                ((TextField) robot.lookup("#connect-user").query()).setText("ayesha");
            });
            settle();
            save(robot, robot.lookup("#connect-dialog").query().getScene().getWindow(), "connect-" + theme + ".png");
            robot.clickOn("Cancel");
        });
    }

    /**
     * A database of an older version opened: the window offers to open an updated copy and leave the file as it is;
     * in English and Urdu.
     */
    @Test
    void anOlderDatabase(FxRobot robot) throws Exception {
        Path old = Files.createTempDirectory("ae-older").resolve("karachi-2023.sqlite");
        org.allianceexplorer.data.edit.EditFixture.copy(old);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
                java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 5");
        }
        for (String language : new String[] {"en", "ur"}) {
            inBothThemes(robot, language, theme -> {
                robot.interact(() -> window(robot).model().open(old));
                WaitForAsyncUtils.waitFor(
                        20,
                        java.util.concurrent.TimeUnit.SECONDS,
                        () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
                settle();
                save(
                        robot,
                        robot.lookup("#confirm-dialog").query().getScene().getWindow(),
                        ("en".equals(language) ? "" : "urdu-") + "older-database-" + theme + ".png");
                robot.interact(() -> ((Stage) robot.lookup("#confirm-dialog")
                                .query()
                                .getScene()
                                .getWindow())
                        .close());
            });
        }
    }

    /** File > Print of the Seat deals table and of the graph: their first pages, as the printer gets them. */
    @Test
    void printedPages(FxRobot robot) throws Exception {
        open(robot, "en", false);
        for (String screen : new String[] {"deals", "graph"}) {
            robot.interact(() -> window(robot).state().screenProperty().set(screen));
            Thread.sleep(1500);
            WaitForAsyncUtils.waitForFxEvents();
            org.allianceexplorer.figure.Pages[] pages = {null};
            robot.interact(() -> window(robot)
                    .currentScreen()
                    .flatMap(org.allianceexplorer.app.Screen::printable)
                    .orElseThrow()
                    .pages("Figure: Karachi Desk", p -> pages[0] = p));
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> pages[0] != null);
            // an A4 page's printable area (about 190 x 277 mm) in CSS pixels, drawn at 2x
            double w = 718;
            double h = 1047;
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(
                    (int) (2 * w + 80), (int) (2 * h + 80), java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.translate(40, 40);
            g.scale(2, 2);
            pages[0].paint(g, 0, w, h, org.allianceexplorer.figure.FigureStyle.print());
            g.dispose();
            Path out = dir().resolve("print-" + screen + "-page-1.png");
            ImageIO.write(img, "png", out.toFile());
            assertThat(Files.size(out)).isGreaterThan(5_000);
        }
    }

    private static Path dir() {
        return Path.of(System.getProperty("screenshots"));
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void save(FxRobot robot, Window w, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        // the scene as it is drawn (a snapshot of its root is of the root's own bounds, off by the mirroring in Urdu)
        robot.interact(() -> img[0] = w.getScene().snapshot(null));
        Path out = dir().resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
        assertThat(Files.size(out)).isGreaterThan(5_000);
    }
}
