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
import org.allianceexplorer.figure.CanvasGraphics2D;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.LegendEntry;

/**
 * The timeline screen's legend: the entries of the exported figure's legend ({@link TimelineFigure#legend()}:
 * spans, hatched partial dates, open ends, claim status by shape and colour, events, elections, the as-of
 * cursor) as one compact, foldable strip under the chart, keys drawn by the figure's own swatch painter from
 * the legend the figure gives for the current theme's style.
 */
final class TimelineLegend extends HBox {

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
        ToggleButton fold = new ToggleButton("Legend");
        fold.setId("timeline-legend-toggle");
        fold.getStyleClass().add("timeline-legend-toggle");
        fold.setTooltip(new Tooltip("Show or hide the legend"));
        fold.selectedProperty().bindBidirectional(shown);
        entries.getStyleClass().add("timeline-legend-entries");
        entries.setAlignment(Pos.CENTER_LEFT);
        entries.visibleProperty().bind(shown);
        entries.managedProperty().bind(shown);
        HBox.setHgrow(entries, Priority.ALWAYS);
        entries.setPrefWrapLength(900);
        List<LegendEntry> keys = TimelineFigure.legend();
        for (int i = 0; i < keys.size(); i++) {
            entries.getChildren().add(entry(i, keys.get(i), style));
        }
        getChildren().addAll(fold, entries);
        style.addListener(o -> repaints.forEach(Runnable::run));
        widthProperty().addListener((o, a, b) -> entries.setPrefWrapLength(Math.max(200, b.doubleValue() - 90)));
    }

    private Label entry(int index, LegendEntry e, ObjectProperty<FigureStyle> style) {
        Canvas key = new Canvas(KEY, KEY);
        CanvasGraphics2D g = new CanvasGraphics2D(key.getGraphicsContext2D());
        FigureText.hints(g);
        Runnable paint = () -> {
            FigureStyle s = style.get() == null ? FigureStyle.LIGHT : style.get();
            key.getGraphicsContext2D().clearRect(0, 0, KEY, KEY);
            FigureFrame.swatch(g, TimelineFigure.legend(s).get(index), 1, 1, s);
        };
        paint.run();
        repaints.add(paint);
        Label l = new Label(shortLabel(e.label()), key);
        l.getStyleClass().add("timeline-legend-entry");
        l.setTooltip(new Tooltip(e.label()));
        l.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
        return l;
    }

    /** The screen wording: the export's labels without their explanations (the tooltip keeps them). */
    static String shortLabel(String label) {
        if (label.equals(TimelineFigure.HATCHED_KEY)) {
            return "hatched: month or year only";
        }
        int cut = label.indexOf(" (");
        return cut > 0 ? label.substring(0, cut) : label;
    }
}
