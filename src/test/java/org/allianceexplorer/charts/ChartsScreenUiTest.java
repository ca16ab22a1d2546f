package org.allianceexplorer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.charts.model.CoalitionsFigure;
import org.allianceexplorer.charts.model.FriendlyFightsFigure;
import org.allianceexplorer.charts.model.LedgerFigure;
import org.allianceexplorer.charts.model.LedgerModel;
import org.allianceexplorer.charts.model.ResultsFigure;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Charts screen in the window (headless, Monocle): the ledger of the founding case, the chooser, the theme. */
class ChartsScreenUiTest extends WindowTest {

    @Test
    void showsTheLedgerFollowsTheDateAndExportsWhatItShows(FxRobot robot) throws Exception {
        robot.clickOn("#nav-charts");
        ChartControl chart = robot.lookup("#chart-control").queryAs(ChartControl.class);
        DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2024, 2, 14)));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> chart.getFigure() instanceof LedgerFigure l
                        && "As of 14 Feb 2024".equals(l.info().asOf()));
        LedgerFigure ledger = (LedgerFigure) chart.getFigure();
        LedgerModel.Row row = ledger.model().row("Pakistan general election 2024", "MQM-P", "ANP");
        assertThat(row).isNotNull();
        assertThat(row.firstGave().size() + row.secondGave().size()).isEqualTo(7);
        assertThat(chart.getHeight()).isGreaterThan(200);

        // the window's Export menu writes the figure on screen
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        assertThat(window.currentScreen()).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo("charts");
            assertThat(s.figure()).containsSame(chart.getFigure());
        });

        // a pair: MQM-P named first
        ChartsScreen screen = (ChartsScreen) window.currentScreen().orElseThrow();
        robot.interact(() -> {
            screen.viewModel().partyProperty().set("MQM-P");
            screen.viewModel().partnerProperty().set("ANP");
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> chart.getFigure() instanceof LedgerFigure l
                        && l.model().focus().size() == 2);
        LedgerModel.Row pair = ((LedgerFigure) chart.getFigure()).model().rows().get(0);
        assertThat(pair.firstGave()).containsExactly("PS-88");
        assertThat(pair.secondGave()).hasSize(6);

        // the chooser: results with the majority
        robot.interact(() -> screen.viewModel().kindProperty().set(ChartKind.RESULTS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chart.getFigure() instanceof ResultsFigure);
        assertThat(robot.lookup("#charts-assembly").query().isVisible()).isTrue();
        assertThat(robot.lookup("#charts-partner").query().isVisible()).isFalse();

        // coalition arithmetic: the assembly chooser stays, the partner goes; the governing coalition first
        robot.interact(() -> screen.viewModel().kindProperty().set(ChartKind.COALITIONS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chart.getFigure() instanceof CoalitionsFigure);
        assertThat(robot.lookup("#charts-assembly").query().isVisible()).isTrue();
        assertThat(robot.lookup("#charts-partner").query().isVisible()).isFalse();
        CoalitionsFigure coalitions = (CoalitionsFigure) chart.getFigure();
        assertThat(coalitions.model().shown()).isNotEmpty();
        assertThat(coalitions.model().shown().get(0).governing()).isTrue();

        // friendly fights of the latest election with results
        robot.interact(() -> screen.viewModel().kindProperty().set(ChartKind.FRIENDLY_FIGHTS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chart.getFigure() instanceof FriendlyFightsFigure);
        assertThat(((FriendlyFightsFigure) chart.getFigure()).model().election().code())
                .isEqualTo("pk-2024");
        assertThat(robot.lookup("#charts-assembly").query().isVisible()).isFalse();

        // the dark theme paints the chart dark
        robot.interact(() -> window.state().darkThemeProperty().set(true));
        assertThat(chart.figureStyleProperty().get()).isEqualTo(FigureStyle.DARK);
        robot.interact(() -> window.state().darkThemeProperty().set(false));
    }
}
