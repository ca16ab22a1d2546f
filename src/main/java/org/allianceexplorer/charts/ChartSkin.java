package org.allianceexplorer.charts;

import javafx.geometry.Dimension2D;
import org.allianceexplorer.figure.CanvasGraphics2D;
import org.allianceexplorer.figure.CanvasSkin;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureFrame;

/**
 * Paints a {@link ChartControl}'s figure onto a canvas through {@link CanvasGraphics2D} (text at the size it was
 * measured): title, body, legend, stamp, credits. As tall as the figure wants at the control's width, so its
 * minimum height is its preferred one (the chart sits in a scroll pane).
 */
public class ChartSkin extends CanvasSkin<ChartControl> {

    /** Canvases beyond this height are refused by some GPUs; taller figures are painted squeezed into it. */
    private static final double MAX_CANVAS = 8000;

    private static final double MIN_WIDTH = 320;

    public ChartSkin(ChartControl control) {
        super(control, "chart", 0, new Dimension2D(MIN_WIDTH, 0), new Dimension2D(1000, 300));
        control.figureProperty().addListener((o, a, b) -> repaint());
        control.figureStyleProperty().addListener((o, a, b) -> repaint());
    }

    @Override
    protected double canvasHeight(double h) {
        return Math.min(MAX_CANVAS, h);
    }

    private double wanted(double width) {
        Figure f = getSkinnable().getFigure();
        double w = width > 0 ? width : 1000;
        return f == null || w < MIN_WIDTH ? 300 : Math.min(MAX_CANVAS, Math.ceil(FigureFrame.height(f, w)));
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return MIN_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return wanted(width - left - right) + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    /** Paints the figure (FX thread). */
    @Override
    protected void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        Figure f = getSkinnable().getFigure();
        if (f == null || w < 50 || h < 50) {
            return;
        }
        FigureFrame.paint(g2, f, w, h, getSkinnable().figureStyleProperty().get());
    }
}
