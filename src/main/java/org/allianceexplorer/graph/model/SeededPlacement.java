package org.allianceexplorer.graph.model;

/**
 * Deterministic placement from party ids: a node with placed neighbours starts near their centre (so a
 * party appearing on a new date lands next to its partners instead of flying in), any other node at a
 * point of a disc given by a hash of its id. No random generator, no clock.
 */
public final class SeededPlacement implements Placement {

    private final long seed;

    public SeededPlacement(long seed) {
        this.seed = seed;
    }

    public SeededPlacement() {
        this(0x5EEDL);
    }

    @Override
    public void place(LayoutGraph g, double[] x, double[] y, boolean[] known, double spacing) {
        int n = g.nodeCount();
        double discRadius = spacing * Math.sqrt(n + 1) * 0.6;
        double[] sx = new double[n];
        double[] sy = new double[n];
        int[] cnt = new int[n];
        for (int e = 0; e < g.src.length; e++) {
            int a = g.src[e];
            int b = g.dst[e];
            if (known[a] && !known[b]) {
                sx[b] += x[a];
                sy[b] += y[a];
                cnt[b]++;
            }
            if (known[b] && !known[a]) {
                sx[a] += x[b];
                sy[a] += y[b];
                cnt[a]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (known[i]) {
                continue;
            }
            long h = mix(g.ids[i] ^ seed);
            double u = (h >>> 11) * 0x1.0p-53;
            double v = (mix(h) >>> 11) * 0x1.0p-53;
            double angle = 2 * Math.PI * u;
            if (cnt[i] > 0) {
                double r = spacing * (0.5 + 0.5 * v);
                x[i] = sx[i] / cnt[i] + r * Math.cos(angle);
                y[i] = sy[i] / cnt[i] + r * Math.sin(angle);
            } else {
                double r = discRadius * Math.sqrt(v);
                x[i] = r * Math.cos(angle);
                y[i] = r * Math.sin(angle);
            }
        }
    }

    /** SplitMix64's finaliser: a well-spread hash of a long. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
