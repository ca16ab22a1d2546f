package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DateField;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        state = new AppState();
        db = Database.openReadOnly(TimelineFixtures.bundledDb());
        state.sessionProperty().set(Session.of(db));
        screen = new TimelineScreen(state, TaskRunner.immediate());
        stage.setScene(new Scene((Parent) screen.view(), 1400, 900));
        stage.sizeToScene(); // the stage is shared between test classes: take this scene's size
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TimelineSkin skin(FxRobot robot) throws Exception {
        return TimelineFixtures.paintedSkin(robot);
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
        robot.interact(() -> state.setAsOf(LocalDate.of(2024, 2, 1)));
        TimelineSkin skin = skin(robot);
        TimelineFigure f = skin.lastFigure();
        double x = f.cursorX();
        assertThat(x).isFinite();
        double y = f.lanesArea().getY() + 40;
        double target = f.axis().x(LocalDate.of(2024, 2, 10).toEpochDay() + 1);
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        Point2D from = canvas.localToScreen(x, y);
        Point2D to = canvas.localToScreen(target, y);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getAsOf()).isEqualTo(LocalDate.of(2024, 2, 10));
        // and the other way: the shared date moves the cursor
        robot.interact(() -> state.setAsOf(LocalDate.of(2024, 1, 20)));
        skin = skin(robot);
        assertThat(skin.lastFigure().cursorX())
                .isCloseTo(skin.lastFigure().axis().x(LocalDate.of(2024, 1, 21).toEpochDay()), Offset.offset(0.01));
    }

    @Test
    void clickingAClaimSelectsItAndTheDetailFollows(FxRobot robot) throws Exception {
        TimelineSkin skin = skin(robot);
        Hit claim = skin.lastFigure().hits().stream()
                .filter(h -> h instanceof Hit.Item hit
                        && hit.item().kind() == TimelineItem.Kind.CLAIM
                        && hit.item().from().earliest().equals(LocalDate.of(2024, 1, 9))
                        && hit.item().ref().label().startsWith("NA-242"))
                .findFirst()
                .orElseThrow();
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        robot.clickOn(
                canvas.localToScreen(claim.bounds().getCenterX(), claim.bounds().getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.navigation().getCurrent()).isNotNull();
        assertThat(state.navigation().getCurrent().kind()).isEqualTo(RecordKind.CLAIMS);
        assertThat(state.navigation().getCurrent().label()).startsWith("NA-242 MQM-P for PML-N (reported, 9 Jan 2024)");
        // hover shows its tooltip
        robot.moveTo(
                canvas.localToScreen(claim.bounds().getCenterX(), claim.bounds().getCenterY() + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timeline-tooltip").queryLabeled().getText())
                .contains("NA-242", "Reported, 9 Jan 2024");
    }

    @Test
    void goToDateTakesADayAMonthOrAYearAndSaysWhenItCannotReadTheText(FxRobot robot) throws Exception {
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        skin(robot);
        DateField field = robot.lookup("#timeline-jump-date").queryAs(DateField.class);
        double days = c.getVisibleRange().days();
        // an ISO day: centred there, the zoom kept
        robot.clickOn(field.getEditor()).write("2024-02-05").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.getVisibleRange().centre())
                .isCloseTo(LocalDate.of(2024, 2, 5).toEpochDay() + 0.5, Offset.offset(0.01));
        assertThat(c.getVisibleRange().days()).isCloseTo(days, Offset.offset(0.01));
        // a month: January 2024, shown whole
        robot.interact(() -> field.getEditor().clear());
        robot.clickOn(field.getEditor()).write("2024-01").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.getVisibleRange().firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(c.getVisibleRange().lastDay()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(skin(robot).lastFigure().labels()).contains("January 2024").doesNotContain("February 2024");
        // a text that is no date: a message, the text kept for correcting, the view where it was
        TimeRange before = c.getVisibleRange();
        robot.interact(() -> field.getEditor().clear());
        robot.clickOn(field.getEditor()).write("garbage").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.errorProperty().get()).isNotBlank();
        assertThat(field.getEditor().getText()).isEqualTo("garbage");
        assertThat(c.getVisibleRange()).isEqualTo(before);
        // the year: 2024 whole
        robot.interact(() -> field.getEditor().clear());
        robot.clickOn(field.getEditor()).write("2024").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.errorProperty().get()).isEmpty();
        assertThat(c.getVisibleRange().firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(c.getVisibleRange().lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void theFileShowsEveryLabelTheScreenShows(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> state.setAsOf(LocalDate.of(2024, 2, 14)));
        TimelineSkin skin = skin(robot);
        List<String> onScreen = List.copyOf(skin.lastFigure().labels());
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        // the window's export of the screen: the body as wide as the chart on screen
        Path out = dir.resolve("t.svg");
        FigureExporter.write(
                screen.figure().orElseThrow(),
                FigureFormat.SVG,
                out,
                new FigureExporter.Size(canvas.getWidth() + 2 * FigureFrame.MARGIN, 1));
        String text = TimelineExportTest.squash(DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(out.toFile())
                .getDocumentElement()
                .getTextContent());
        assertThat(onScreen).hasSizeGreaterThan(40);
        for (String l : onScreen) {
            if (!FigureFonts.hasArabic(l)) {
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
        robot.type(KeyCode.MINUS);
        assertThat(c.getVisibleRange().days()).isCloseTo(before * 1.5, Offset.offset(0.01));
        double from = c.getVisibleRange().from();
        robot.type(KeyCode.RIGHT);
        assertThat(c.getVisibleRange().from()).isGreaterThan(from);
        robot.type(KeyCode.HOME);
        assertThat(c.getVisibleRange().firstDay()).isBefore(LocalDate.of(1977, 1, 1));
        robot.interact(() -> screen.viewModel().partyProperty().set("ANP"));
        assertThat(c.getModel().filter().parties()).containsExactly("ANP");
    }

    @Test
    void theScreenShowsAFoldableLegendWithTheFiguresEntries(FxRobot robot) throws Exception {
        skin(robot);
        TimelineLegend legend = robot.lookup("#timeline-legend").queryAs(TimelineLegend.class);
        List<String> shown = robot.lookup(".timeline-legend-entry").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .toList();
        assertThat(shown)
                .hasSize(TimelineFigure.legend().size())
                .contains("claim reported", "claim denied", "event", "election", "hatched: month or year only");
        FlowPane entries = (FlowPane) legend.getChildren().get(1);
        assertThat(entries.isVisible()).isTrue();
        assertThat(legend.getHeight()).isLessThan(80);
        robot.clickOn("#timeline-legend-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries.isVisible()).isFalse();
        assertThat(legend.getHeight()).isLessThan(40);
        // every entry in the dark theme keeps a dark-theme colour for claims
        var e = TimelineFigure.legend(FigureStyle.DARK).stream()
                .filter(l -> l.label().equals("claim denied"))
                .findFirst()
                .orElseThrow();
        assertThat(e.colour()).isEqualTo(TimelinePalette.status(ClaimStatus.DENIED, true));
    }
}
