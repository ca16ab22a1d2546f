package org.allianceexplorer.graph;

import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.jfree.fx.FXGraphics2D;

/**
 * Paints a {@link GraphControl}'s figure onto a canvas through FXGraphics2D (title, legend, as-of stamp
 * and credits included: the screen shows what a file will) and turns mouse input into hover, click,
 * double-click, drag and pin. While a node is dragged the page keeps its scale, so nothing jumps.
 */
public class GraphSkin extends SkinBase<GraphControl> {

    private static final double DRAG_THRESHOLD = 3;
    private static final long DOUBLE_CLICK_NANOS = 500_000_000L;

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2;
    private final Label tip = new Label();
    private String dragged;
    private GraphFigure.Viewport frozen;
    private Point2D pressedAt;
    private boolean moved;
    private String lastClicked;
    private long lastClickNanos;

    public GraphSkin(GraphControl control) {
        super(control);
        canvas.getStyleClass().add("graph-canvas");
        g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        tip.getStyleClass().add("graph-tooltip");
        tip.setId("graph-tooltip");
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        getChildren().addAll(canvas, tip);
        control.figureProperty().addListener((o, a, b) -> paint());
        control.figureStyleProperty().addListener((o, a, b) -> paint());
        control.hoveredProperty().addListener((o, a, b) -> paint());
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            control.hovered.set(null);
            showTip(null, 0, 0);
        });
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
        canvas.relocate(x, y);
        if (tip.isVisible()) {
            tip.autosize();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 640;
    }

    private Rectangle2D body(GraphFigure f) {
        return FigureFrame.layout(f, canvas.getWidth(), canvas.getHeight()).body();
    }

    /** Paints the figure (FX thread). */
    void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        GraphFigure f = getSkinnable().getFigure();
        if (f == null || w < 50 || h < 50) {
            return;
        }
        GraphFigure shown = f.with(f.options().withHovered(getSkinnable().hoveredProperty().get()));
        if (frozen != null) {
            shown = shown.withViewport(frozen);
        }
        FigureStyle style = getSkinnable().figureStyleProperty().get();
        FigureFrame.paint(g2, shown, w, h, style);
    }

    private GraphFigure current() {
        GraphFigure f = getSkinnable().getFigure();
        return f == null || frozen == null ? f : f.withViewport(frozen);
    }

    private void hover(MouseEvent e) {
        GraphFigure f = current();
        if (f == null) {
            return;
        }
        Rectangle2D body = body(f);
        String party = f.nodeAt(body, e.getX(), e.getY());
        getSkinnable().hovered.set(party);
        if (party != null) {
            showTip(f.describe(party), e.getX(), e.getY());
            return;
        }
        PartyEdge edge = f.edgeAt(body, e.getX(), e.getY());
        showTip(edge == null ? null : f.describe(edge), e.getX(), e.getY());
    }

    private void showTip(String text, double x, double y) {
        getSkinnable().tooltipText.set(text == null ? "" : text);
        if (text == null || text.isBlank()) {
            tip.setVisible(false);
            return;
        }
        tip.setText(text);
        tip.setVisible(true);
        tip.autosize();
        double tx = Math.min(x + 14, canvas.getWidth() - tip.getWidth() - 4);
        double ty = y + 18 + tip.getHeight() > canvas.getHeight() ? y - tip.getHeight() - 8 : y + 18;
        tip.relocate(Math.max(0, tx), Math.max(0, ty));
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        GraphFigure f = getSkinnable().getFigure();
        if (f == null) {
            return;
        }
        Rectangle2D body = body(f);
        String party = f.nodeAt(body, e.getX(), e.getY());
        pressedAt = new Point2D(e.getX(), e.getY());
        moved = false;
        if (party != null && e.getButton() == MouseButton.PRIMARY) {
            dragged = party;
            frozen = f.viewport(body);
        }
    }

    private void dragged(MouseEvent e) {
        if (dragged == null || frozen == null) {
            return;
        }
        if (!moved && pressedAt.distance(e.getX(), e.getY()) < DRAG_THRESHOLD) {
            return;
        }
        moved = true;
        showTip(null, 0, 0);
        GraphControl.MoveHandler h = getSkinnable().onPartyMovedProperty().get();
        if (h != null) {
            h.moved(dragged, frozen.toLayoutX(e.getX()), frozen.toLayoutY(e.getY()));
        }
    }

    /** A second click on the same party soon after the first (some platforms do not count clicks). */
    private boolean isSecondClick(String party) {
        return party.equals(lastClicked) && System.nanoTime() - lastClickNanos < DOUBLE_CLICK_NANOS;
    }

    private void released(MouseEvent e) {
        String party = dragged;
        boolean wasDrag = moved;
        dragged = null;
        moved = false;
        if (frozen != null) {
            frozen = null;
            paint();
        }
        if (wasDrag) {
            return;
        }
        GraphFigure f = getSkinnable().getFigure();
        if (f == null) {
            return;
        }
        String at = party != null ? party : f.nodeAt(body(f), e.getX(), e.getY());
        if (at == null) {
            return;
        }
        Consumer<String> c;
        if (e.getButton() == MouseButton.SECONDARY) {
            c = getSkinnable().onPartyPinToggledProperty().get();
        } else if (e.getClickCount() >= 2 || isSecondClick(at)) {
            c = getSkinnable().onPartyOpenedProperty().get();
            lastClicked = null;
        } else {
            c = getSkinnable().onPartyClickedProperty().get();
            lastClicked = at;
            lastClickNanos = System.nanoTime();
        }
        if (c != null) {
            c.accept(at);
        }
    }
}
