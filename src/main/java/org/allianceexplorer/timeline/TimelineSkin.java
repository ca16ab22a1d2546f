package org.allianceexplorer.timeline;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import javafx.geometry.Dimension2D;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.figure.CanvasGraphics2D;
import org.allianceexplorer.figure.CanvasSkin;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * Paints the timeline onto a canvas through {@link CanvasGraphics2D} with {@link TimelineFigure} (the painter the exports
 * use) and turns input into changes of the control's properties: wheel, pinch and +/- zoom around the
 * pointer, drag and arrow keys pan, Home fits all, dragging the as-of cursor moves the as-of date, a click
 * selects the record under the pointer or folds a lane, hovering shows a tooltip.
 */
public class TimelineSkin extends CanvasSkin<TimelineControl> {

    private static final double DRAG_SLOP = 4;

    private final ScrollBar vbar = new ScrollBar();
    private TimelineFigure figure;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private boolean draggingCursor;

    public TimelineSkin(TimelineControl control) {
        super(control, "timeline", 380, new Dimension2D(160, 120), new Dimension2D(900, 600));
        canvas.setId("timeline-canvas");
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.getStyleClass().add("timeline-scroll-bar");
        addLayers(vbar);

        Runnable repaint = this::repaint;
        control.dataProperty().addListener(o -> repaint.run());
        control.modelProperty().addListener(o -> repaint.run());
        control.filterProperty().addListener(o -> repaint.run());
        control.laneModeProperty().addListener(o -> repaint.run());
        control.getCollapsedLanes().addListener((SetChangeListener<String>) c -> repaint.run());
        control.visibleRangeProperty().addListener(o -> repaint.run());
        control.asOfProperty().addListener(o -> repaint.run());
        control.figureStyleProperty().addListener(o -> repaint.run());
        control.selectedProperty().addListener(o -> repaint.run());
        control.hideEmptyLanesProperty().addListener(o -> repaint.run());
        control.scrollYProperty().addListener(o -> {
            if (vbar.getValue() != control.getScrollY()) {
                vbar.setValue(control.getScrollY());
            }
            repaint.run();
        });
        vbar.valueProperty().addListener((o, a, b) -> control.setScrollY(b.doubleValue()));

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTip());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(1 / e.getZoomFactor(), e.getX());
            e.consume();
        });
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The figure of the last paint (for tests and hit-testing). */
    public TimelineFigure lastFigure() {
        return figure;
    }

    /** The canvas leaves room for the vertical scroll bar on its right. */
    @Override
    protected double canvasWidth(double w) {
        return w - vbar.prefWidth(-1);
    }

    @Override
    protected void layoutOverlays(double x, double y, double w, double h) {
        double bw = vbar.prefWidth(-1);
        vbar.resizeRelocate(x + w - bw, y, bw, h);
    }

    @Override
    protected void paint() {
        TimelineControl c = getSkinnable();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 50 || h < 50) {
            return;
        }
        TimelineModel model = c.getModel();
        TimelineFigure probe = new TimelineFigure(
                model,
                new TimelineFigure.Viewport(
                        c.getVisibleRange(),
                        c.getAsOf(),
                        0,
                        false,
                        c.isHideEmptyLanes(),
                        c.selectedProperty().get()));
        double visible = h - TimelineLayout.HEADER_H;
        double lanes = probe.lanesHeight(w);
        double max = Math.max(0, lanes - visible + 8);
        vbar.setMax(max);
        vbar.setVisibleAmount(max <= 0 ? 1 : Math.max(1, visible * max / Math.max(1, lanes)));
        vbar.setUnitIncrement(TimelineModel.TRACK_H * 2);
        vbar.setBlockIncrement(Math.max(40, visible - 40));
        vbar.setDisable(max <= 0);
        double scroll = Math.min(max, Math.max(0, c.getScrollY()));
        figure = probe.scrolledTo(scroll);
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        figure.paintBody(g2, new Rectangle2D.Double(0, 0, w, h), c.getFigureStyle());
    }

    // ------------------------------------------------------------------ input

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        hideTip();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        draggingCursor = e.getButton() == MouseButton.PRIMARY
                && figure != null
                && figure.hitAt(e.getX(), e.getY()) instanceof Hit.AsOf;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (figure == null) {
            return;
        }
        if (Math.abs(e.getX() - pressX) > DRAG_SLOP || Math.abs(e.getY() - pressY) > DRAG_SLOP) {
            dragging = true;
        }
        TimelineControl c = getSkinnable();
        if (draggingCursor) {
            c.setAsOf(dayAt(e.getX()));
        } else if (dragging) {
            double dx = e.getX() - lastX;
            double ppd = figure.axis().pixelsPerDay();
            if (dx != 0) {
                c.setVisibleRange(c.getVisibleRange().pan(-dx / ppd));
            }
            double dy = e.getY() - lastY;
            if (dy != 0) {
                c.setScrollY(clampScroll(c.getScrollY() - dy));
            }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!dragging && !draggingCursor && figure != null && e.getButton() == MouseButton.PRIMARY) {
            click(e.getX(), e.getY(), e.getClickCount());
        }
        dragging = false;
        draggingCursor = false;
        e.consume();
    }

    /** The as-of day for a cursor dropped at {@code x}: the day that ends nearest to it. */
    private LocalDate dayAt(double x) {
        double left = figure.axis().left();
        double right = figure.axis().right();
        double day = figure.axis().day(Math.max(left, Math.min(right, x)));
        return LocalDate.ofEpochDay(Math.round(day) - 1);
    }

    private void click(double x, double y, int count) {
        TimelineControl c = getSkinnable();
        Hit hit = figure.hitAt(x, y);
        if (hit instanceof Hit.LaneName name && name.lane().collapsible()) {
            c.toggleCollapsed(name.lane().key());
            return;
        }
        if (hit instanceof Hit.Item bar && bar.item().kind() == TimelineItem.Kind.DENSITY) {
            // a bar of a density band: zoom in to its week, month or year (a day's bar: the week around it)
            long from = bar.item().start();
            long to = Math.max(bar.item().end(), from + 6);
            c.setVisibleRange(TimeRange.of(LocalDate.ofEpochDay(from - 1), LocalDate.ofEpochDay(to + 1)));
            return;
        }
        if (hit == null && count == 2 && figure.lanesArea().contains(x, y)) {
            c.setAsOf(dayAt(x)); // double-click on empty ground moves the as-of date there
            return;
        }
        RecordRef ref = hit == null ? null : hit.record();
        if (ref != null) {
            Consumer<RecordRef> sink = c.onRecordSelectedProperty().get();
            if (!c.selectedProperty().isBound()) {
                c.selectedProperty().set(ref);
            }
            if (sink != null) {
                sink.accept(ref);
            }
        }
    }

    private void moved(MouseEvent e) {
        if (figure == null) {
            return;
        }
        Hit hit = figure.hitAt(e.getX(), e.getY());
        canvas.setCursor(hit instanceof Hit.AsOf ? Cursor.H_RESIZE : hit != null ? Cursor.HAND : Cursor.DEFAULT);
        showTip(hit == null ? null : hit.tooltip(), e.getX(), e.getY());
    }

    private void scrolled(ScrollEvent e) {
        if (e.getTouchCount() > 0 || figure == null) {
            return;
        }
        TimelineControl c = getSkinnable();
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            c.setVisibleRange(c.getVisibleRange().pan(-d / figure.axis().pixelsPerDay()));
        } else if (e.isControlDown() || e.isShortcutDown()) {
            c.setScrollY(clampScroll(c.getScrollY() - e.getDeltaY()));
        } else if (e.getDeltaY() != 0) {
            zoomAt(Math.pow(0.85, e.getDeltaY() / 40.0), e.getX());
        }
        e.consume();
    }

    private void zoomAt(double factor, double x) {
        if (figure == null) {
            return;
        }
        TimelineControl c = getSkinnable();
        double anchor = figure.axis()
                .day(Math.max(figure.axis().left(), Math.min(figure.axis().right(), x)));
        c.setVisibleRange(c.getVisibleRange().zoom(factor, anchor));
    }

    private double clampScroll(double y) {
        return Math.max(0, Math.min(vbar.getMax(), y));
    }

    private void key(KeyEvent e) {
        TimelineControl c = getSkinnable();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> c.zoom(1 / 1.5);
            case MINUS, SUBTRACT -> c.zoom(1.5);
            case LEFT -> c.pan(-0.1);
            case RIGHT -> c.pan(0.1);
            case UP -> c.setScrollY(clampScroll(c.getScrollY() - 40));
            case DOWN -> c.setScrollY(clampScroll(c.getScrollY() + 40));
            case PAGE_UP -> c.setScrollY(clampScroll(c.getScrollY() - canvas.getHeight() * 0.8));
            case PAGE_DOWN -> c.setScrollY(clampScroll(c.getScrollY() + canvas.getHeight() * 0.8));
            case HOME, DIGIT0, NUMPAD0 -> c.fitAll();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
