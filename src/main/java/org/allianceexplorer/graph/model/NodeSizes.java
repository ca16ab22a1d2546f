package org.allianceexplorer.graph.model;

import java.util.Map;

/**
 * Node radii in layout units (1 unit = 1 px at scale 1): by seats won when the graph has results, else by
 * number of ties. Used by both the layout (collision) and the painter, so what is laid out is what is drawn.
 */
public final class NodeSizes {

    public static final double MIN = 7;
    public static final double MAX = 30;

    private final int maxSeats;
    private final int maxDegree;
    private final boolean bySeats;
    private final Map<String, Integer> degrees;

    public NodeSizes(PartyGraph g) {
        this.degrees = g.degrees();
        this.bySeats = g.nodes().stream().anyMatch(n -> n.seats() != null);
        this.maxSeats = g.nodes().stream()
                .mapToInt(n -> n.seats() == null ? 0 : n.seats())
                .max()
                .orElse(0);
        this.maxDegree =
                degrees.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public double radius(PartyNode n) {
        double f;
        if (bySeats) {
            f = maxSeats == 0 || n.seats() == null ? 0 : Math.sqrt(n.seats() / (double) maxSeats);
        } else {
            f = maxDegree == 0 ? 0 : Math.sqrt(degrees.getOrDefault(n.abbreviation(), 0) / (double) maxDegree);
        }
        return MIN + (MAX - MIN) * f;
    }
}
