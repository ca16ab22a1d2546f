package org.allianceexplorer.graph;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.allianceexplorer.figure.CanvasGraphics2D;
import org.allianceexplorer.figure.CanvasSkin;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.graph.model.GraphFigure;
import org.allianceexplorer.graph.model.Hit;
import org.allianceexplorer.graph.model.Viewport;

/**
 * Paints a {@link GraphControl}'s figure onto a canvas through {@link CanvasGraphics2D} (title, legend, as-of stamp
 * and credits included: the screen shows what a file will) and turns mouse input into hover, click,
 * double-click, drag and pin. While a node is dragged the page keeps its scale, so nothing jumps, and the
 * picture is split in two canvases: everything but the dragged party is painted once into the lower one
 * when the drag starts, and each frame repaints only the upper one (the party, its ties and its label).
 * The lower layer is repainted on release and whenever anything but the dragged party's place changes
 * (date, filters, style, size, hover, another graph).
 */
public class GraphSkin extends CanvasSkin<GraphControl> {

    private static final double DRAG_THRESHOLD = 3;
    private static final long DOUBLE_CLICK_NANOS = 500_000_000L;

    /** The dragged party's layer, over the canvas; empty unless a drag is under way. */
    private final Canvas dragCanvas = new Canvas();

    private final CanvasGraphics2D dragG2;
    /** The party whose layer is on {@link #dragCanvas}, and what the lower layer was painted from. */
    private String layerParty;

    private GraphFigure layerBase;
    private FigureStyle layerStyle;
    private Rectangle2D layerBody;
    private Point2D layerSize;
    private int fullPaints;
    private int layerPaints;
    private String dragged;
    private Viewport frozen;
    private Point2D pressedAt;
    private boolean moved;
    private String lastClicked;
    private long lastClickNanos;

    public GraphSkin(GraphControl control) {
        super(control, "graph", 420, new Dimension2D(120, 120), new Dimension2D(900, 640));
        dragCanvas.getStyleClass().add("graph-drag-layer");
        dragCanvas.setMouseTransparent(true);
        dragG2 = new CanvasGraphics2D(dragCanvas.getGraphicsContext2D());
        addLayers(dragCanvas);
        control.figureProperty().addListener((o, a, b) -> repaint());
        control.figureStyleProperty().addListener((o, a, b) -> repaint());
        control.hoveredProperty().addListener((o, a, b) -> repaint());
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
    protected void layoutOverlays(double x, double y, double w, double h) {
        if (dragCanvas.getWidth() != canvas.getWidth() || dragCanvas.getHeight() != canvas.getHeight()) {
            dragCanvas.setWidth(canvas.getWidth());
            dragCanvas.setHeight(canvas.getHeight());
        }
        dragCanvas.relocate(x, y);
    }

    @Override
    protected void showTip(String text, double x, double y) {
        getSkinnable().tooltipText.set(text == null ? "" : text);
        super.showTip(text, x, y);
    }

    private Rectangle2D body(GraphFigure f) {
        return FigureFrame.layout(f, canvas.getWidth(), canvas.getHeight()).body();
    }

    /** The figure as shown now: hover highlight, and the frozen viewport while dragging. */
    private GraphFigure shown() {
        GraphFigure f = getSkinnable().getFigure();
        if (f == null) {
            return null;
        }
        GraphFigure shown =
                f.with(f.options().withHovered(getSkinnable().hoveredProperty().get()));
        return frozen != null ? shown.withViewport(frozen) : shown;
    }

    /**
     * Paints the figure (FX thread). During a drag, when only the dragged party can have moved since the lower
     * layer was painted (same graph, options, style and size), just the dragged party's layer is repainted.
     */
    @Override
    protected void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphFigure shown = shown();
        FigureStyle style = getSkinnable().figureStyleProperty().get();
        if (shown != null
                && layerParty != null
                && dragged != null
                && moved
                && layerParty.equals(dragged)
                && layerBase != null
                && layerBase.graph() == shown.graph()
                && layerBase.options().equals(shown.options())
                && style == layerStyle
                && layerSize.equals(new Point2D(w, h))) {
            paintDragLayer(shown, style);
            return;
        }
        clearDragLayer();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        if (shown == null || w < 50 || h < 50) {
            return;
        }
        fullPaints++;
        if (dragged != null && moved) {
            // a drag: the lower layer without the dragged party, then its own layer on top
            FigureFrame.paint(g2, new Without(shown, dragged), w, h, style);
            layerParty = dragged;
            layerBase = shown;
            layerStyle = style;
            layerBody = body(shown);
            layerSize = new Point2D(w, h);
            paintDragLayer(shown, style);
            return;
        }
        FigureFrame.paint(g2, shown, w, h, style);
    }

    private void paintDragLayer(GraphFigure shown, FigureStyle style) {
        layerPaints++;
        dragCanvas.getGraphicsContext2D().clearRect(0, 0, dragCanvas.getWidth(), dragCanvas.getHeight());
        FigureText.hints(dragG2);
        Shape clip = dragG2.getClip();
        dragG2.clip(layerBody);
        shown.paintLayer(dragG2, layerBody, style, layerParty, true);
        dragG2.setClip(clip);
    }

    private void clearDragLayer() {
        if (layerParty != null) {
            layerParty = null;
            layerBase = null;
            layerStyle = null;
            layerBody = null;
            dragCanvas.getGraphicsContext2D().clearRect(0, 0, dragCanvas.getWidth(), dragCanvas.getHeight());
        }
    }

    /** Full paints and dragged-layer paints so far (for tests). */
    int[] paintCounts() {
        return new int[] {fullPaints, layerPaints};
    }

    /** The figure without the dragged party, framed as the whole one (the lower layer of a drag). */
    private record Without(GraphFigure figure, String party) implements Figure {
        @Override
        public FigureInfo info() {
            return figure.info();
        }

        @Override
        public double bodyHeight(double width) {
            return figure.bodyHeight(width);
        }

        @Override
        public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
            figure.paintLayer(g, area, style, party, false);
        }
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
        Hit hit = f.hitAt(body(f), e.getX(), e.getY());
        getSkinnable().hovered.set(hit == null ? null : hit.party());
        showTip(hit == null ? null : f.describe(hit), e.getX(), e.getY());
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
        if (layerParty == null) {
            paintNow(); // split into the two layers before the first move
        }
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
        if (frozen != null || layerParty != null) {
            frozen = null;
            paintNow();
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
