package org.allianceexplorer.charts;

import javafx.geometry.Orientation;
import javafx.scene.control.Skin;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.OneFigureControl;

/**
 * A chart on screen: a {@link Figure} painted by {@link ChartSkin} onto a canvas through FXGraphics2D, frame
 * included, so the screen shows what a file will. As tall as the figure wants at the control's width (put it
 * in a scroll pane). FX-thread control; figures are immutable and may be built in the background.
 */
public class ChartControl extends OneFigureControl<Figure> {

    public ChartControl() {
        super("chart-control", ChartControl.class.getResource("charts.css"));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ChartSkin(this);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }
}
