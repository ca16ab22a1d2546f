package org.allianceexplorer.graph.model;

/**
 * Where nodes without a position start (a strategy, as in JavaFXSmartGraph). Must be deterministic:
 * the same graph and known positions give the same placement. Pure; callable from any thread.
 */
public interface Placement {

    /**
     * Fills {@code x[i], y[i]} for every node with {@code known[i] == false}; leaves the others alone.
     *
     * @param spacing the ideal distance between tied nodes (layout units)
     */
    void place(LayoutGraph g, double[] x, double[] y, boolean[] known, double spacing);
}
