package org.allianceexplorer.figure;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Square cells over an area, each listing what touches it (a box, a piece of a line): what label placement
 * asks to find what lies near a spot without looking at everything. A cell's list is made when first used.
 *
 * @param <T> what the cells list
 */
public final class CellGrid<T> {

    private final Rectangle2D area;
    private final double size;
    private final int cols;
    private final int rows;
    private final List<List<T>> cells;

    /** Cells of {@code size} over {@code area}, at least one each way. */
    public CellGrid(Rectangle2D area, double size) {
        this.area = area;
        this.size = size;
        cols = Math.max(1, (int) Math.ceil(area.getWidth() / size));
        rows = Math.max(1, (int) Math.ceil(area.getHeight() / size));
        cells = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            cells.add(null);
        }
    }

    public int cols() {
        return cols;
    }

    /** The column of {@code x}; outside the area, the nearest. */
    public int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - area.getMinX()) / size)));
    }

    /** The row of {@code y}; outside the area, the nearest. */
    public int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - area.getMinY()) / size)));
    }

    /** What touches the cell at {@code row} and {@code col}, or {@code null} when nothing does. */
    public List<T> at(int row, int col) {
        return cells.get(row * cols + col);
    }

    /** Lists {@code item} in every cell the box from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}) meets. */
    public void add(double x0, double y0, double x1, double y1, T item) {
        int c0 = col(x0);
        int c1 = col(x1);
        for (int rr = row(y0), r1 = row(y1); rr <= r1; rr++) {
            for (int cc = c0; cc <= c1; cc++) {
                int i = rr * cols + cc;
                List<T> list = cells.get(i);
                if (list == null) {
                    list = new ArrayList<>(4);
                    cells.set(i, list);
                }
                list.add(item);
            }
        }
    }
}
