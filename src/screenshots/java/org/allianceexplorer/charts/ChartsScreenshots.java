package org.allianceexplorer.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.charts.model.CoalitionsFigure;
import org.allianceexplorer.charts.model.FriendlyFightsFigure;
import org.allianceexplorer.charts.model.LedgerFigure;
import org.allianceexplorer.charts.model.MembershipFigure;
import org.allianceexplorer.charts.model.OutcomesFigure;
import org.allianceexplorer.charts.model.ResultsFigure;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.tools.WindowShots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the main window on the Charts screen, for docs/screenshots: run with
 * {@code -Dscreenshots=DIR -Pscreenshots -Dtest=ChartsScreenshots} (under {@code xvfb-run -a} with {@code -Dheadless=false}
 * for a real window). Skipped otherwise.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ChartsScreenshots {

    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = App.show(stage, null, null);
        stage.setWidth(1600);
        stage.setHeight(1000);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void shoot(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nav-charts").tryQuery().isPresent());
        robot.clickOn("#nav-charts");
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        ChartsScreen screen = (ChartsScreen) window.currentScreen().orElseThrow();
        ChartControl chart = robot.lookup("#chart-control").queryAs(ChartControl.class);
        DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> {
            asOf.setValue(LocalDate.of(2024, 2, 14));
            screen.viewModel().partyProperty().set("MQM-P");
            screen.viewModel().partnerProperty().set("ANP");
        });
        await(
                chart,
                f -> f instanceof LedgerFigure l
                        && l.model().focus().size() == 2
                        && "As of 14 Feb 2024".equals(l.info().asOf()));
        shot(robot, dir.resolve("charts-ledger-light.png"));
        robot.interact(() -> window.state().darkThemeProperty().set(true));
        shot(robot, dir.resolve("charts-ledger-dark.png"));
        robot.interact(() -> {
            window.state().darkThemeProperty().set(false);
            screen.viewModel().partyProperty().set(null);
            screen.viewModel().partnerProperty().set(null);
            screen.viewModel().kindProperty().set(ChartKind.OUTCOMES);
        });
        await(chart, f -> f instanceof OutcomesFigure o && o.model().focus().isEmpty());
        shot(robot, dir.resolve("charts-outcomes-light.png"));
        robot.interact(() -> screen.viewModel().kindProperty().set(ChartKind.RESULTS));
        await(chart, f -> f instanceof ResultsFigure);
        shot(robot, dir.resolve("charts-results-light.png"));
        robot.interact(() -> {
            asOf.setValue(null);
            screen.viewModel().kindProperty().set(ChartKind.MEMBERSHIP);
        });
        await(chart, f -> f instanceof MembershipFigure m && m.model().asOf() == null);
        shot(robot, dir.resolve("charts-membership-light.png"));
        robot.interact(() -> {
            asOf.setValue(LocalDate.of(2024, 3, 15));
            screen.viewModel().kindProperty().set(ChartKind.COALITIONS);
        });
        await(chart, f -> f instanceof CoalitionsFigure c && c.model().asOf() != null);
        shot(robot, dir.resolve("charts-coalitions-light.png"));
        robot.interact(() -> window.state().darkThemeProperty().set(true));
        shot(robot, dir.resolve("charts-coalitions-dark.png"));
        robot.interact(() -> {
            window.state().darkThemeProperty().set(false);
            asOf.setValue(null);
            screen.viewModel().kindProperty().set(ChartKind.FRIENDLY_FIGHTS);
        });
        await(chart, f -> f instanceof FriendlyFightsFigure);
        shot(robot, dir.resolve("charts-friendly-fights-light.png"));
    }

    private static void await(ChartControl chart, Predicate<Figure> ready) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ready.test(chart.getFigure()));
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        WindowShots.save(robot, stage, file);
    }
}
