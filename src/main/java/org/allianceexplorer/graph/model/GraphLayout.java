package org.allianceexplorer.graph.model;

/**
 * A layout algorithm (a strategy, as in JavaFXSmartGraph): force-directed or circular.
 *
 * <p>Contract: pure and deterministic (the same graph and start give the same positions); never touches
 * JavaFX; may be called from any thread, and is meant to run off the FX thread for large graphs. It reads
 * {@code start} (a copy owned by the caller) and returns new positions; pinned nodes keep their place.
 */
public interface GraphLayout {

    /** Lays out {@code g}, starting from the positions in {@code start} where it has them. */
    GraphPositions layout(LayoutGraph g, GraphPositions start);
}
