package org.allianceexplorer.graph.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a layout works on, as plain arrays: node ids, collision radii, and the ties as index pairs with
 * weights (several ties between two parties count as one, their weights summed). Immutable; no JavaFX.
 *
 * <p>In a labelled graph (up to {@link #LABELLED} parties) each node also has a footprint: the box of its
 * circle and its label under it ({@link #halfWidth} either side, {@link #up} above the centre,
 * {@link #down} below it). The layout keeps footprints apart, so every label has its place under its node;
 * wide labels (native names) then cost width, not a circle as wide as they are.
 */
public final class LayoutGraph {

    /** Graphs up to this many nodes reserve room for their labels when keeping nodes apart. */
    public static final int LABELLED = 150;
    /** Length a tie keeps free per seat-deal badge on it, and per further tie between the same two parties. */
    private static final double BADGE_ROOM = 24;

    private static final double BEND_ROOM = 6;
    private static final double LABEL_ROOM = 16;

    final long[] ids;
    /** The node's circle (with a little room), or in a large graph its collision radius. */
    final double[] radius;
    /** The footprint box around each node (labelled graphs), else the square around {@link #radius}. */
    final double[] halfWidth;

    final double[] up;
    final double[] down;
    /** Whether nodes are kept apart by their footprint boxes (labelled graphs) or their circles. */
    final boolean boxes;

    final int[] src;
    final int[] dst;
    final double[] weight;
    /** Per tie: room wanted between the two nodes' circles (seat-deal badges, ties bending apart, a label). */
    final double[] room;
    /** Per tie: half the width its drawing takes (several ties bend apart, badges sit on them); 0: a plain line. */
    final double[] band;

    public LayoutGraph(long[] ids, double[] radius, int[] src, int[] dst, double[] weight) {
        this(ids, radius, null, src, dst, weight, new double[src.length], new double[src.length]);
    }

    /**
     * @param box per node {half width, up, down} of its footprint; {@code null}: nodes are kept apart as circles
     * @param room per tie, length wanted between the nodes beyond their footprints
     * @param band per tie, half the width its drawing takes (0: a plain line)
     */
    public LayoutGraph(
            long[] ids,
            double[] radius,
            double[][] box,
            int[] src,
            int[] dst,
            double[] weight,
            double[] room,
            double[] band) {
        if (ids.length != radius.length
                || src.length != dst.length
                || src.length != weight.length
                || room.length != src.length
                || band.length != src.length
                || box != null && box.length != ids.length) {
            throw new IllegalArgumentException("array lengths differ");
        }
        this.ids = ids.clone();
        this.radius = radius.clone();
        this.boxes = box != null;
        int n = ids.length;
        halfWidth = new double[n];
        up = new double[n];
        down = new double[n];
        for (int i = 0; i < n; i++) {
            halfWidth[i] = box == null ? radius[i] : Math.max(radius[i], box[i][0]);
            up[i] = box == null ? radius[i] : Math.max(radius[i], box[i][1]);
            down[i] = box == null ? radius[i] : Math.max(radius[i], box[i][2]);
        }
        this.src = src.clone();
        this.dst = dst.clone();
        this.weight = weight.clone();
        this.room = room.clone();
        this.band = band.clone();
    }

    /** The layout graph of a party graph; small graphs keep room around each node for its label. */
    public static LayoutGraph of(PartyGraph g) {
        return of(g, false);
    }

    /**
     * The layout graph of a party graph. Small graphs keep room around each node for its label (with the
     * native name under it when {@code nativeNames}), so labels can be placed without covering each other.
     */
    public static LayoutGraph of(PartyGraph g, boolean nativeNames) {
        NodeSizes sizes = new NodeSizes(g);
        int n = g.nodes().size();
        long[] ids = new long[n];
        double[] r = new double[n];
        Map<String, Integer> index = new HashMap<>();
        boolean labels = n <= LABELLED;
        double[][] box = labels ? new double[n][] : null;
        for (int i = 0; i < n; i++) {
            PartyNode p = g.nodes().get(i);
            ids[i] = p.id();
            double rr = sizes.radius(p);
            if (labels) {
                // the circle with its ring, and the label block hanging under it
                double[] block = GraphGeometry.labelBlock(p, nativeNames);
                rr += GraphLabels.RING + 1;
                box[i] = new double[] {Math.max(rr, block[0] / 2 + 2), rr, rr + 1 + block[1]};
            }
            r[i] = rr;
            index.put(p.abbreviation(), i);
        }
        // per pair: low index, high index, summed weight, ties, seat deals
        Map<Long, double[]> pairs = new LinkedHashMap<>();
        for (PartyEdge e : g.edges()) {
            Integer a = index.get(e.from());
            Integer b = index.get(e.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            double[] p = pairs.computeIfAbsent((long) lo * n + hi, k -> new double[] {lo, hi, 0, 0, 0});
            p[2] += Math.max(1, e.weight());
            p[3]++;
            p[4] += e.type() == EdgeType.SEAT_DEAL ? 1 : 0;
        }
        int m = pairs.size();
        int[] s = new int[m];
        int[] d = new int[m];
        double[] w = new double[m];
        double[] room = new double[m];
        double[] band = new double[m];
        int k = 0;
        for (double[] p : pairs.values()) {
            s[k] = (int) p[0];
            d[k] = (int) p[1];
            w[k] = p[2];
            if (labels) {
                // a seat deal's badge sits on its line, and several ties need length to bend apart
                if (p[3] > 1 || p[4] > 0) {
                    // and a line of label, which may hang over the tie where it leaves its node
                    room[k] = BADGE_ROOM * p[4] + BEND_ROOM * (p[3] - 1) + LABEL_ROOM;
                    // the outermost of m ties bends (m - 1) * BEND / 2 away from the straight line; a badge is 8 high
                    band[k] = (p[3] - 1) * GraphGeometry.BEND / 2 + (p[4] > 0 ? 8 : 0);
                }
            }
            k++;
        }
        return new LayoutGraph(ids, r, box, s, d, w, room, band);
    }

    public int nodeCount() {
        return ids.length;
    }

    public int edgeCount() {
        return src.length;
    }

    public long id(int i) {
        return ids[i];
    }

    public double radius(int i) {
        return radius[i];
    }

    /** How far a node's footprint reaches, about (for spacing and clearances): its box's larger half-size. */
    double extent(int i) {
        return Math.max(halfWidth[i], (up[i] + down[i]) / 2);
    }

    /** The footprint box of node i at (x, y): minX, minY, maxX, maxY. */
    double[] box(int i, double x, double y) {
        return new double[] {x - halfWidth[i], y - up[i], x + halfWidth[i], y + down[i]};
    }

    /** For tests and benchmarks: the index pairs. */
    public List<int[]> edges() {
        ArrayList<int[]> out = new ArrayList<>();
        for (int i = 0; i < src.length; i++) {
            out.add(new int[] {src[i], dst[i]});
        }
        return out;
    }
}
