package org.allianceexplorer.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureText;

/**
 * What a layout works on, as plain arrays: node ids, collision radii, and the ties as index pairs with
 * weights (several ties between two parties count as one, their weights summed). Immutable; no JavaFX.
 */
public final class LayoutGraph {

    /** Graphs up to this many nodes reserve room for their labels when keeping nodes apart. */
    public static final int LABELLED = 150;

    final long[] ids;
    final double[] radius;
    final int[] src;
    final int[] dst;
    final double[] weight;

    public LayoutGraph(long[] ids, double[] radius, int[] src, int[] dst, double[] weight) {
        if (ids.length != radius.length || src.length != dst.length || src.length != weight.length) {
            throw new IllegalArgumentException("array lengths differ");
        }
        this.ids = ids.clone();
        this.radius = radius.clone();
        this.src = src.clone();
        this.dst = dst.clone();
        this.weight = weight.clone();
    }

    /** The layout graph of a party graph; small graphs keep room around each node for its label. */
    public static LayoutGraph of(PartyGraph g) {
        NodeSizes sizes = new NodeSizes(g);
        int n = g.nodes().size();
        long[] ids = new long[n];
        double[] r = new double[n];
        Map<String, Integer> index = new HashMap<>();
        boolean labels = n <= LABELLED;
        for (int i = 0; i < n; i++) {
            PartyNode p = g.nodes().get(i);
            ids[i] = p.id();
            double rr = sizes.radius(p);
            if (labels) {
                double half = FigureText.width(p.abbreviation(), FigureFonts.bold(GraphFigure.LABEL_SIZE)) / 2 + 4;
                rr = Math.max(rr + 8, half);
            }
            r[i] = rr;
            index.put(p.abbreviation(), i);
        }
        Map<Long, double[]> pairs = new LinkedHashMap<>();
        for (PartyEdge e : g.edges()) {
            Integer a = index.get(e.from());
            Integer b = index.get(e.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            pairs.computeIfAbsent((long) lo * n + hi, k -> new double[] {lo, hi, 0})[2] += Math.max(1, e.weight());
        }
        int m = pairs.size();
        int[] s = new int[m];
        int[] d = new int[m];
        double[] w = new double[m];
        int k = 0;
        for (double[] p : pairs.values()) {
            s[k] = (int) p[0];
            d[k] = (int) p[1];
            w[k] = p[2];
            k++;
        }
        return new LayoutGraph(ids, r, s, d, w);
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

    /** For tests and benchmarks: the index pairs. */
    public List<int[]> edges() {
        java.util.ArrayList<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < src.length; i++) {
            out.add(new int[] {src[i], dst[i]});
        }
        return out;
    }
}
