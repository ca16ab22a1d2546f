package org.allianceexplorer.graph.model;

import java.util.stream.IntStream;
import org.allianceexplorer.data.Cancellation;

/**
 * Fruchterman–Reingold force-directed layout: ties pull ({@code d²/k}, stronger for heavier ties), all
 * nodes push ({@code k²/d}), a weak gravity keeps separate components together, and the step shrinks
 * as the layout cools. Repulsion is exact up to {@value #EXACT} nodes and a Barnes–Hut quadtree
 * approximation above. A final collision pass moves nodes apart until no two overlap (radii from
 * {@link LayoutGraph}; in a labelled graph, footprint boxes that include each node's label), keeps room along
 * ties that carry badges or bend apart, and moves nodes off such wide ties. Small graphs laid out from cold
 * have their separate groups packed side by side ({@link Collisions#pack}).
 *
 * <p>Deterministic: unknown nodes start where {@link Placement} puts them (seeded from party ids); the
 * work per node is independent of thread scheduling (parallel loops write only their own node), so the
 * same input gives the same coordinates bit for bit. Stable: nodes that already have a position start
 * there with a low temperature, so moving the date changes the picture only where the ties change.
 */
public final class ForceDirectedLayout implements GraphLayout {

    /** Up to this many nodes, repulsion is computed for every pair. */
    public static final int EXACT = 400;

    private static final double THETA = 0.9;
    private static final double COOLING = 0.95;
    private static final int PARALLEL = 300;
    private static final double GRAVITY = 0.4;
    private static final int MAX_PASSES = 2000;

    private final Placement placement;
    private final int maxIterations;

    /** What the last run did (for the benchmark). */
    public record Stats(int iterations, int collisionPasses, boolean overlapsLeft) {}

    private Stats lastStats = new Stats(0, 0, false);

    public ForceDirectedLayout(Placement placement, int maxIterations) {
        this.placement = placement;
        this.maxIterations = maxIterations;
    }

    public ForceDirectedLayout() {
        this(new SeededPlacement(), 500);
    }

    public Stats lastStats() {
        return lastStats;
    }

    /** The ideal distance between tied nodes for this graph. */
    static double spacing(LayoutGraph g) {
        double mean = IntStream.range(0, g.nodeCount())
                .mapToDouble(g::extent)
                .average()
                .orElse(10);
        return Math.max(30, 2.2 * mean);
    }

    @Override
    public GraphPositions layout(LayoutGraph g, GraphPositions start) {
        int n = g.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] known = new boolean[n];
        boolean[] pinned = new boolean[n];
        int knownCount = 0;
        for (int i = 0; i < n; i++) {
            long id = g.ids[i];
            if (start != null && start.has(id)) {
                x[i] = start.x(id);
                y[i] = start.y(id);
                known[i] = true;
                pinned[i] = start.pinned(id);
                knownCount++;
            }
        }
        double k = spacing(g);
        placement.place(g, x, y, known, k);
        int iterations = 0;
        if (n > 1) {
            // a warm start (most nodes known) moves gently; a cold one explores
            double warm = knownCount / (double) n;
            double t = warm > 0.5 ? k * (0.6 - 0.4 * warm) + k * 0.2 : k * Math.sqrt(n) * 0.5;
            iterations = run(g, x, y, pinned, k, t);
        }
        if (knownCount < n / 2 && n > LayoutGraph.LABELLED) {
            // large graphs, from cold only: spreading a warm start would move every node on every date step
            expand(g, x, y, pinned);
        }
        if (knownCount < n / 2 && n <= LayoutGraph.LABELLED && !any(pinned)) {
            // small graphs, from cold only: the groups that share no tie sit side by side, not far apart
            Collisions.pack(g, x, y, k * 0.6);
        }
        int passes = Collisions.removeOverlaps(g, x, y, pinned, 4, MAX_PASSES);
        boolean left = passes >= MAX_PASSES;
        lastStats = new Stats(iterations, passes, left);

        GraphPositions out = start == null ? new GraphPositions() : start.copy();
        for (int i = 0; i < n; i++) {
            out.set(g.ids[i], x[i], y[i]);
        }
        return out;
    }

    private int run(LayoutGraph g, double[] x, double[] y, boolean[] pinned, double k, double t0) {
        int n = g.nodeCount();
        double[] dx = new double[n];
        double[] dy = new double[n];
        double k2 = k * k;
        double gravity = GRAVITY;
        double t = t0;
        double maxW = 1;
        for (double w : g.weight) {
            maxW = Math.max(maxW, w);
        }
        double[] pull = new double[g.weight.length];
        for (int e = 0; e < pull.length; e++) {
            // heavy ties pull only a little harder: several ties between two parties need room to bend apart
            pull[e] = 1 + 0.1 * Math.log(g.weight[e]) / Math.log(maxW + 1);
        }
        int it = 0;
        double stop = k * 0.01;
        while (it < maxIterations && t > stop) {
            // a newer request replaced this layout (Play moved on): stop rather than finish unseen work
            Cancellation.check();
            it++;
            final double[] fx = x;
            final double[] fy = y;
            if (n <= EXACT) {
                for (int i = 0; i < n; i++) {
                    double sx = 0;
                    double sy = 0;
                    for (int j = 0; j < n; j++) {
                        if (i == j) {
                            continue;
                        }
                        double ddx = x[i] - x[j];
                        double ddy = y[i] - y[j];
                        double d2 = ddx * ddx + ddy * ddy;
                        if (d2 < 1e-9) {
                            ddx = ((i * 31 + j * 17) % 7 - 3) * 0.01 + 0.005;
                            ddy = ((i * 13 + j * 29) % 5 - 2) * 0.01 + 0.005;
                            d2 = ddx * ddx + ddy * ddy;
                        }
                        double f = k2 / d2;
                        sx += ddx * f;
                        sy += ddy * f;
                    }
                    dx[i] = sx;
                    dy[i] = sy;
                }
            } else {
                QuadTree tree = QuadTree.build(fx, fy);
                IntStream range = IntStream.range(0, n);
                (n >= PARALLEL ? range.parallel() : range).forEach(i -> {
                    double[] f = tree.repulsion(i, fx[i], fy[i], k2, THETA);
                    dx[i] = f[0];
                    dy[i] = f[1];
                });
            }
            for (int e = 0; e < g.src.length; e++) {
                int a = g.src[e];
                int b = g.dst[e];
                double ddx = x[a] - x[b];
                double ddy = y[a] - y[b];
                double d = Math.sqrt(ddx * ddx + ddy * ddy);
                if (d < 1e-9) {
                    continue;
                }
                double f = d / k * pull[e];
                dx[a] -= ddx * f;
                dy[a] -= ddy * f;
                dx[b] += ddx * f;
                dy[b] += ddy * f;
            }
            double moved = 0;
            for (int i = 0; i < n; i++) {
                if (pinned[i]) {
                    continue;
                }
                dx[i] -= x[i] * gravity;
                dy[i] -= y[i] * gravity;
                double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 1e-12) {
                    double step = Math.min(len, t);
                    x[i] += dx[i] / len * step;
                    y[i] += dy[i] / len * step;
                    moved = Math.max(moved, step);
                }
            }
            t *= COOLING;
            if (moved < stop) {
                break;
            }
        }
        return it;
    }

    /**
     * Spreads a crowded layout evenly (about its centre, pinned nodes staying) until at most one node in
     * twenty overlaps another: cheaper than resolving thousands of overlaps one by one, and it keeps the
     * picture's shape. The collision pass then settles the rest.
     */
    static void expand(LayoutGraph g, double[] x, double[] y, boolean[] pinned) {
        int n = g.nodeCount();
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += x[i];
            cy += y[i];
        }
        cx /= Math.max(1, n);
        cy /= Math.max(1, n);
        for (int round = 0; round < 12 && Collisions.overlapping(g, x, y, 4) > n / 20; round++) {
            for (int i = 0; i < n; i++) {
                if (!pinned[i]) {
                    x[i] = cx + (x[i] - cx) * 1.2;
                    y[i] = cy + (y[i] - cy) * 1.2;
                }
            }
        }
    }

    private static boolean any(boolean[] b) {
        for (boolean v : b) {
            if (v) {
                return true;
            }
        }
        return false;
    }
}
