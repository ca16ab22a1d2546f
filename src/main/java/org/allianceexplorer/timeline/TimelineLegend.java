package org.allianceexplorer.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.figure.CanvasGraphics2D;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;

/**
 * The timeline screen's legend: the keys of the exported figure's legend ({@link TimelineKey#ALL}: spans,
 * hatched partial dates, open ends, claim status by shape and colour, events, elections, the as-of cursor)
 * as one compact, foldable strip under the chart, each key in its screen wording (the file's as its tooltip)
 * and drawn by the frame's own swatch painter in the colours its role has in the current theme's style.
 */
final class TimelineLegend extends HBox {

    private static final I18n.Messages T = I18n.of(TimelineLegend.class);

    static final String STYLE_CLASS = "timeline-legend";
    private static final double KEY = 16;

    private final FlowPane entries = new FlowPane(14, 2);
    private final List<Runnable> repaints = new ArrayList<>();

    TimelineLegend(ObjectProperty<FigureStyle> style, BooleanProperty shown) {
        getStyleClass().add(STYLE_CLASS);
        setId("timeline-legend");
        setAlignment(Pos.TOP_LEFT);
        setSpacing(8);
        setPadding(new Insets(3, 8, 3, 6));
        ToggleButton fold = new ToggleButton(T.t("legend.toggle"));
        fold.setId("timeline-legend-toggle");
        fold.getStyleClass().add("timeline-legend-toggle");
        fold.setTooltip(new Tooltip(T.t("legend.toggle.tip")));
        fold.selectedProperty().bindBidirectional(shown);
        entries.getStyleClass().add("timeline-legend-entries");
        entries.setAlignment(Pos.CENTER_LEFT);
        entries.visibleProperty().bind(shown);
        entries.managedProperty().bind(shown);
        HBox.setHgrow(entries, Priority.ALWAYS);
        entries.setPrefWrapLength(900);
        for (TimelineKey k : TimelineKey.ALL) {
            entries.getChildren().add(entry(k, style));
        }
        getChildren().addAll(fold, entries);
        style.addListener(o -> repaints.forEach(Runnable::run));
        widthProperty().addListener((o, a, b) -> entries.setPrefWrapLength(Math.max(200, b.doubleValue() - 90)));
    }

    private Label entry(TimelineKey k, ObjectProperty<FigureStyle> style) {
        Canvas key = new Canvas(KEY, KEY);
        CanvasGraphics2D g = new CanvasGraphics2D(key.getGraphicsContext2D());
        FigureText.hints(g);
        Runnable paint = () -> {
            FigureStyle s = style.get() == null ? FigureStyle.LIGHT : style.get();
            key.getGraphicsContext2D().clearRect(0, 0, KEY, KEY);
            FigureFrame.swatch(g, k.entry(s), 1, 1, s);
        };
        paint.run();
        repaints.add(paint);
        Label l = new Label(k.screenLabel(), key);
        l.getStyleClass().add("timeline-legend-entry");
        l.setTooltip(new Tooltip(k.label()));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
