package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.allianceexplorer.charts.ChartControl;
import org.allianceexplorer.graph.GraphControl;
import org.allianceexplorer.timeline.TimelineControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The figure controls' shared rules (figure.css, imported by charts.css, graph.css and timeline.css) reach
 * every control: its background and its tooltip's box, while each stylesheet keeps its own rules.
 */
@ExtendWith(ApplicationExtension.class)
class FigureCssUiTest {

    private List<FigureControl> controls;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        controls = List.of(new ChartControl(), new GraphControl(), new TimelineControl());
        VBox root = new VBox();
        controls.forEach(c -> {
            c.setPrefSize(400, 200);
            root.getChildren().add(c);
        });
        stage.setScene(new Scene(root, 400, 600));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void everyFigureControlGetsTheSharedRules(FxRobot robot) {
        robot.interact(() -> controls.forEach(c -> c.applyCss()));
        for (FigureControl c : controls) {
            assertThat(c.getStyleClass()).contains(FigureControl.FIGURE_CLASS);
            assertThat(c.getUserAgentStylesheet()).doesNotContain("figure.css");
            // .figure-control's background comes only from figure.css
            assertThat(c.getBackground()).as(c.getClass().getSimpleName()).isNotNull();
            assertThat(c.getBackground().getFills()).isNotEmpty();
        }
    }

    @Test
    void canvasTooltipsTakeTheSharedBoxAndTheirOwnFontSize(FxRobot robot) {
        robot.interact(() -> controls.forEach(c -> c.applyCss()));
        Label graphTip = robot.lookup("#graph-tooltip").queryAs(Label.class);
        Label timelineTip = robot.lookup("#timeline-tooltip").queryAs(Label.class);
        for (Label tip : List.of(graphTip, timelineTip)) {
            assertThat(tip.getStyleClass()).contains("figure-tooltip");
            assertThat(tip.getPadding()).isEqualTo(new Insets(6, 8, 6, 8));
            assertThat(tip.getBackground()).isNotNull();
            assertThat(tip.getEffect()).isNotNull();
        }
        // timeline.css keeps its 12 px; graph.css its 0.95em
        assertThat(timelineTip.getFont().getSize()).isEqualTo(12.0);
        assertThat(graphTip.getFont().getSize()).isNotEqualTo(12.0);
    }
}
