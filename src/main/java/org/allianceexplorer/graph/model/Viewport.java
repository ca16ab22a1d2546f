package org.allianceexplorer.graph.model;

/** Maps the graph's layout units to the page: {@code page = layout * scale + offset}. */
public record Viewport(double scale, double tx, double ty) {

    public double toPageX(double x) {
        return x * scale + tx;
    }

    public double toPageY(double y) {
        return y * scale + ty;
    }

    public double toLayoutX(double px) {
        return (px - tx) / scale;
    }

    public double toLayoutY(double py) {
        return (py - ty) / scale;
    }
}
