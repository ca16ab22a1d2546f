package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline screen headless (Monocle): it lays out, the as-of cursor drags the shared date, a click selects. */
@ExtendWith(ApplicationExtension.class)
class TimelineControlUiTest {

    private AppState state;
    private TimelineScreen screen;
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        state = new AppState();
        db = Database.openReadOnly(TimelineFixtures.bundledDb());
        state.sessionProperty().set(Session.of(db));
        screen = new TimelineScreen(state, TaskRunner.immediate());
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1400, 900));
        stage.sizeToScene(); // the stage is shared between test classes: take this scene's size
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TimelineSkin skin(FxRobot robot) throws Exception {
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> c.getSkin() instanceof TimelineSkin s
                && s.lastFigure() != null && s.lastFigure().axis() != null);
        robot.interact(() -> ((TimelineSkin) c.getSkin()).paintNow());
        return (TimelineSkin) c.getSkin();
    }

    @Test
    void laysOutOnTheLatestElectionsCampaign(FxRobot robot) throws Exception {
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        TimelineSkin skin = skin(robot);
        assertThat(c.getWidth()).isGreaterThan(1000);
        assertThat(c.getHeight()).isGreaterThan(600);
        assertThat(c.getVisibleRange().firstDay()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(skin.lastFigure().labels()).contains("NA-242", "Pakistan general election 2024, 8 Feb 2024");
        assertThat(screen.figure()).isPresent();
        assertThat(screen.fullFigure().orElseThrow().info().subtitle()).contains("1975 \u2013");
    }

    @Test
    void draggingTheAsOfCursorChangesTheSharedDate(FxRobot robot) throws Exception {
        robot.interact(() -> state.asOfProperty().set(LocalDate.of(2024, 2, 1)));
        TimelineSkin skin = skin(robot);
        TimelineFigure f = skin.lastFigure();
        double x = f.cursorX();
        assertThat(x).isFinite();
        double y = f.lanesArea().getY() + 40;
        double target = f.axis().x(LocalDate.of(2024, 2, 10).toEpochDay() + 1);
        javafx.scene.canvas.Canvas canvas = robot.lookup("#timeline-canvas").queryAs(javafx.scene.canvas.Canvas.class);
        Point2D from = canvas.localToScreen(x, y);
        Point2D to = canvas.localToScreen(target, y);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getAsOf()).isEqualTo(LocalDate.of(2024, 2, 10));
        // and the other way: the shared date moves the cursor
        robot.interact(() -> state.asOfProperty().set(LocalDate.of(2024, 1, 20)));
        skin = skin(robot);
        assertThat(skin.lastFigure().cursorX()).isCloseTo(skin.lastFigure().axis().x(
                LocalDate.of(2024, 1, 21).toEpochDay()), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void clickingAClaimSelectsItAndTheDetailFollows(FxRobot robot) throws Exception {
        TimelineSkin skin = skin(robot);
        TimelineFigure.Hit claim = skin.lastFigure().hits().stream()
                .filter(h -> h.target() instanceof TimelineItem it && it.kind() == TimelineItem.Kind.CLAIM
                        && it.from().earliest().equals(LocalDate.of(2024, 1, 9)))
                .findFirst().orElseThrow();
        javafx.scene.canvas.Canvas canvas = robot.lookup("#timeline-canvas").queryAs(javafx.scene.canvas.Canvas.class);
        robot.clickOn(canvas.localToScreen(claim.bounds().getCenterX(), claim.bounds().getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.navigation().getCurrent()).isNotNull();
        assertThat(state.navigation().getCurrent().kind()).isEqualTo(RecordKind.CLAIMS);
        assertThat(state.navigation().getCurrent().label()).startsWith("NA-242 MQM-P for PML-N (reported, 9 Jan 2024)");
        // hover shows its tooltip
        robot.moveTo(canvas.localToScreen(claim.bounds().getCenterX(), claim.bounds().getCenterY() + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timeline-tooltip").queryLabeled().getText()).contains("NA-242", "Reported, 9 Jan 2024");
    }

    @Test
    void goToDateTakesADayAMonthOrAYearAndSaysWhenItCannotReadTheText(FxRobot robot) throws Exception {
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        skin(robot);
        org.allianceexplorer.app.DateField field = robot.lookup("#timeline-jump-date")
                .queryAs(org.allianceexplorer.app.DateField.class);
        double days = c.getVisibleRange().days();
        // an ISO day: centred there, the zoom kept
        robot.clickOn(field.getEditor()).write("2024-02-05").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.getVisibleRange().centre()).isCloseTo(LocalDate.of(2024, 2, 5).toEpochDay() + 0.5,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(c.getVisibleRange().days()).isCloseTo(days, org.assertj.core.data.Offset.offset(0.01));
        // a month: January 2024, shown whole
        robot.interact(() -> field.getEditor().clear());
        robot.clickOn(field.getEditor()).write("2024-01").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.getVisibleRange().firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(c.getVisibleRange().lastDay()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(skin(robot).lastFigure().labels()).contains("January 2024").doesNotContain("February 2024");
        // a text that is no date: a message, the text kept for correcting, the view where it was
        TimeRange before = c.getVisibleRange();
        robot.interact(() -> field.getEditor().clear());
        robot.clickOn(field.getEditor()).write("garbage").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.errorProperty().get()).isNotBlank();
        assertThat(field.getEditor().getText()).isEqualTo("garbage");
        assertThat(c.getVisibleRange()).isEqualTo(before);
        // the year: 2024 whole
        robot.interact(() -> field.getEditor().clear());
        robot.clickOn(field.getEditor()).write("2024").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.errorProperty().get()).isEmpty();
        assertThat(c.getVisibleRange().firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(c.getVisibleRange().lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void theFileShowsEveryLabelTheScreenShows(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        robot.interact(() -> state.asOfProperty().set(LocalDate.of(2024, 2, 14)));
        TimelineSkin skin = skin(robot);
        java.util.List<String> onScreen = java.util.List.copyOf(skin.lastFigure().labels());
        javafx.scene.canvas.Canvas canvas = robot.lookup("#timeline-canvas").queryAs(javafx.scene.canvas.Canvas.class);
        // the window's export of the screen: the body as wide as the chart on screen
        java.nio.file.Path out = dir.resolve("t.svg");
        org.allianceexplorer.figure.FigureExporter.write(screen.figure().orElseThrow(),
                org.allianceexplorer.figure.FigureFormat.SVG, out, new org.allianceexplorer.figure.FigureExporter.Size(
                        canvas.getWidth() + 2 * org.allianceexplorer.figure.FigureFrame.MARGIN, 1));
        String text = TimelineExportTest.squash(javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(out.toFile()).getDocumentElement().getTextContent());
        assertThat(onScreen).hasSizeGreaterThan(40);
        for (String l : onScreen) {
            if (!org.allianceexplorer.figure.FigureFonts.hasArabic(l)) {
                assertThat(text).as(l).contains(TimelineExportTest.squash(l));
            }
        }
    }

    @Test
    void keysZoomAndPanAndHomeFitsAll(FxRobot robot) throws Exception {
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        skin(robot);
        double before = c.getVisibleRange().days();
        robot.clickOn(c);
        robot.type(javafx.scene.input.KeyCode.MINUS);
        assertThat(c.getVisibleRange().days()).isCloseTo(before * 1.5, org.assertj.core.data.Offset.offset(0.01));
        double from = c.getVisibleRange().from();
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(c.getVisibleRange().from()).isGreaterThan(from);
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertThat(c.getVisibleRange().firstDay()).isBefore(LocalDate.of(1977, 1, 1));
        robot.interact(() -> screen.viewModel().partyProperty().set("ANP"));
        assertThat(c.getModel().filter().parties()).containsExactly("ANP");
    }

    @Test
    void theScreenShowsAFoldableLegendWithTheFiguresEntries(FxRobot robot) throws Exception {
        skin(robot);
        TimelineLegend legend = robot.lookup("#timeline-legend").queryAs(TimelineLegend.class);
        java.util.List<String> shown = robot.lookup(".timeline-legend-entry").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(javafx.scene.Node::isVisible).map(javafx.scene.control.Label::getText).toList();
        assertThat(shown).hasSize(TimelineFigure.legend().size())
                .contains("claim reported", "claim denied", "event", "election", "hatched: month or year only");
        javafx.scene.layout.FlowPane entries = (javafx.scene.layout.FlowPane) legend.getChildren().get(1);
        assertThat(entries.isVisible()).isTrue();
        assertThat(legend.getHeight()).isLessThan(80);
        robot.clickOn("#timeline-legend-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries.isVisible()).isFalse();
        assertThat(legend.getHeight()).isLessThan(40);
        // every entry in the dark theme keeps a dark-theme colour for claims
        var e = TimelineFigure.legend(org.allianceexplorer.figure.FigureStyle.DARK).stream()
                .filter(l -> l.label().equals("claim denied")).findFirst().orElseThrow();
        assertThat(e.colour()).isEqualTo(TimelinePalette.status(org.allianceexplorer.domain.ClaimStatus.DENIED, true));
    }
}
