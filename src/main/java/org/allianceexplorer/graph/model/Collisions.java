package org.allianceexplorer.graph.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last steps of {@link ForceDirectedLayout}: separate groups packed side by side, and the collision pass
 * that moves nodes apart until none overlaps another (circles, or in a labelled graph footprint boxes that hold
 * each node's label), keeps room along ties that carry badges or bend apart, and moves nodes off such wide
 * ties. Pure functions over the layout's coordinate arrays; deterministic.
 */
final class Collisions {

    private Collisions() {}

    /** The width over height of the area a graph is usually shown in (a window's graph pane, a page). */
    static final double ASPECT = 1.5;

    /**
     * Packs the connected components of a laid-out graph: the largest stays, each other one moves next to those
     * placed (beside, above or below one of them, {@code gap} apart) where the whole picture stays smallest for
     * an area of {@link #ASPECT}. Repulsion alone leaves separate groups far apart, and the empty space between
     * them shrinks every label's room once the picture is scaled to fit. Deterministic.
     */
    static void pack(LayoutGraph g, double[] x, double[] y, double gap) {
        int n = g.nodeCount();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < g.src.length; e++) {
            int a = find(parent, g.src[e]);
            int b = find(parent, g.dst[e]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        if (groups.size() < 2) {
            return;
        }
        List<double[]> boxes = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>(groups.values());
        for (List<Integer> m : members) {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i : m) {
                double[] f = g.box(i, x[i], y[i]);
                b[0] = Math.min(b[0], f[0]);
                b[1] = Math.min(b[1], f[1]);
                b[2] = Math.max(b[2], f[2]);
                b[3] = Math.max(b[3], f[3]);
            }
            boxes.add(b);
        }
        Integer[] order = new Integer[members.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.comparingInt((Integer c) -> -members.get(c).size())
                        .thenComparingDouble(
                                c -> -(boxes.get(c)[2] - boxes.get(c)[0]) * (boxes.get(c)[3] - boxes.get(c)[1]))
                        .thenComparingInt(c -> members.get(c).get(0)));
        List<double[]> placed = new ArrayList<>();
        placed.add(boxes.get(order[0]));
        for (int oi = 1; oi < order.length; oi++) {
            int c = order[oi];
            double[] b = boxes.get(c);
            double w = b[2] - b[0];
            double h = b[3] - b[1];
            double[] best = null;
            double bestCost = Double.MAX_VALUE;
            for (double[] p : placed) {
                double[][] spots = {
                    {p[2] + gap, p[1]}, {p[2] + gap, p[3] - h}, {p[2] + gap, (p[1] + p[3] - h) / 2},
                    {p[0] - gap - w, p[1]}, {p[0] - gap - w, p[3] - h}, {p[0] - gap - w, (p[1] + p[3] - h) / 2},
                    {p[0], p[3] + gap}, {p[2] - w, p[3] + gap}, {(p[0] + p[2] - w) / 2, p[3] + gap},
                    {p[0], p[1] - gap - h}, {p[2] - w, p[1] - gap - h}, {(p[0] + p[2] - w) / 2, p[1] - gap - h},
                };
                for (double[] s : spots) {
                    double[] cand = {s[0], s[1], s[0] + w, s[1] + h};
                    boolean free = true;
                    double[] all = cand.clone();
                    for (double[] q : placed) {
                        if (cand[0] < q[2] + gap - 1e-9
                                && q[0] < cand[2] + gap - 1e-9
                                && cand[1] < q[3] + gap - 1e-9
                                && q[1] < cand[3] + gap - 1e-9) {
                            free = false;
                            break;
                        }
                        all[0] = Math.min(all[0], q[0]);
                        all[1] = Math.min(all[1], q[1]);
                        all[2] = Math.max(all[2], q[2]);
                        all[3] = Math.max(all[3], q[3]);
                    }
                    if (!free) {
                        continue;
                    }
                    double aw = all[2] - all[0];
                    double ah = all[3] - all[1];
                    double cost = Math.max(aw / ASPECT, ah) * 1e6 + aw * ah;
                    if (cost < bestCost - 1e-6) {
                        bestCost = cost;
                        best = cand;
                    }
                }
            }
            double dx = best[0] - b[0];
            double dy = best[1] - b[1];
            for (int i : members.get(c)) {
                x[i] += dx;
                y[i] += dy;
            }
            placed.add(best);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The number of nodes that overlap another. */
    static int overlapping(LayoutGraph g, double[] x, double[] y, double pad) {
        int n = g.nodeCount();
        double maxR = 0;
        for (double r : g.radius) {
            maxR = Math.max(maxR, r);
        }
        long c = (long) Math.ceil(2 * maxR + pad);
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < n; i++) {
            grid.computeIfAbsent(
                            key(Math.floorDiv((long) Math.floor(x[i]), c), Math.floorDiv((long) Math.floor(y[i]), c)),
                            k -> new ArrayList<>())
                    .add(i);
        }
        boolean[] hit = new boolean[n];
        for (int i = 0; i < n; i++) {
            long gx = Math.floorDiv((long) Math.floor(x[i]), c);
            long gy = Math.floorDiv((long) Math.floor(y[i]), c);
            for (long ox = -1; ox <= 1; ox++) {
                for (long oy = -1; oy <= 1; oy++) {
                    for (int j : grid.getOrDefault(key(gx + ox, gy + oy), List.of())) {
                        if (j > i) {
                            double min = g.radius[i] + g.radius[j] + pad;
                            double ddx = x[j] - x[i];
                            double ddy = y[j] - y[i];
                            if (ddx * ddx + ddy * ddy < min * min) {
                                hit[i] = true;
                                hit[j] = true;
                            }
                        }
                    }
                }
            }
        }
        int count = 0;
        for (boolean b : hit) {
            count += b ? 1 : 0;
        }
        return count;
    }

    /**
     * Pushes overlapping nodes apart (a pinned node stays, its neighbour moves the whole way) until none
     * overlap with {@code pad} between them, or {@code maxPasses} passes. Returns the passes used.
     */
    static int removeOverlaps(LayoutGraph g, double[] x, double[] y, boolean[] pinned, double pad, int maxPasses) {
        int n = g.nodeCount();
        if (n < 2) {
            return 0;
        }
        double maxR = 0;
        double maxW = 0;
        double maxUp = 0;
        double maxDown = 0;
        for (int i = 0; i < n; i++) {
            maxR = Math.max(maxR, g.radius[i]);
            maxW = Math.max(maxW, g.halfWidth[i]);
            maxUp = Math.max(maxUp, g.up[i]);
            maxDown = Math.max(maxDown, g.down[i]);
        }
        double cell = g.boxes ? Math.max(2 * maxW, maxUp + maxDown) + pad : 2 * maxR + pad;
        for (int pass = 1; pass <= maxPasses; pass++) {
            // first, while there are passes to spare, nodes step off the bands of ties drawn wide; the hard rules
            // (no overlap, room along ties) come after it in every pass, so they are what holds at the end
            boolean soft = pass <= SOFT_PASSES && clearBands(g, x, y, pinned, pad);
            Map<Long, int[]> grid = new HashMap<>();
            int[] next = new int[n];
            Arrays.fill(next, -1);
            for (int i = n - 1; i >= 0; i--) {
                long key = key(
                        Math.floorDiv((long) Math.floor(x[i]), (long) Math.ceil(cell)),
                        Math.floorDiv((long) Math.floor(y[i]), (long) Math.ceil(cell)));
                int[] head = grid.computeIfAbsent(key, kk -> new int[] {-1});
                next[i] = head[0];
                head[0] = i;
            }
            boolean any = false;
            long c = (long) Math.ceil(cell);
            for (int i = 0; i < n; i++) {
                long cx = Math.floorDiv((long) Math.floor(x[i]), c);
                long cy = Math.floorDiv((long) Math.floor(y[i]), c);
                for (long ox = -1; ox <= 1; ox++) {
                    for (long oy = -1; oy <= 1; oy++) {
                        int[] head = grid.get(key(cx + ox, cy + oy));
                        for (int j = head == null ? -1 : head[0]; j >= 0; j = next[j]) {
                            if (j <= i) {
                                continue;
                            }
                            if (g.boxes) {
                                any |= separateBoxes(g, x, y, pinned, pad, i, j);
                                continue;
                            }
                            double min = g.radius[i] + g.radius[j] + pad;
                            double ddx = x[j] - x[i];
                            double ddy = y[j] - y[i];
                            double d2 = ddx * ddx + ddy * ddy;
                            if (d2 >= min * min) {
                                continue;
                            }
                            any = true;
                            double d = Math.sqrt(d2);
                            if (d < 1e-9) {
                                double a = (SeededPlacement.mix(g.ids[i] * 31 + g.ids[j]) >>> 11)
                                        * 0x1.0p-53
                                        * 2
                                        * Math.PI;
                                ddx = Math.cos(a);
                                ddy = Math.sin(a);
                                d = 1;
                            }
                            double push = (min - Math.sqrt(d2)) * 1.02 + 0.01;
                            double ux = ddx / d;
                            double uy = ddy / d;
                            if (pinned[i] && pinned[j]) {
                                continue;
                            }
                            double wi = pinned[i] ? 0 : pinned[j] ? 1 : 0.5;
                            double wj = 1 - wi;
                            x[i] -= ux * push * wi;
                            y[i] -= uy * push * wi;
                            x[j] += ux * push * wj;
                            y[j] += uy * push * wj;
                        }
                    }
                }
            }
            // ties that want room between their nodes (badges, bundles of ties) keep it
            for (int e = 0; e < g.src.length; e++) {
                if (g.room[e] <= 0) {
                    continue;
                }
                int i = g.src[e];
                int j = g.dst[e];
                double min = g.radius[i] + g.radius[j] + pad + g.room[e];
                double ddx = x[j] - x[i];
                double ddy = y[j] - y[i];
                double d = Math.sqrt(ddx * ddx + ddy * ddy);
                if (d >= min || pinned[i] && pinned[j]) {
                    continue;
                }
                any = true;
                if (d < 1e-9) {
                    double a = (SeededPlacement.mix(g.ids[i] * 31 + g.ids[j]) >>> 11) * 0x1.0p-53 * 2 * Math.PI;
                    ddx = Math.cos(a);
                    ddy = Math.sin(a);
                    d = 1;
                }
                double push = (min - d) * 1.02 + 0.01;
                double wi = pinned[i] ? 0 : pinned[j] ? 1 : 0.5;
                x[i] -= ddx / d * push * wi;
                y[i] -= ddy / d * push * wi;
                x[j] += ddx / d * push * (1 - wi);
                y[j] += ddy / d * push * (1 - wi);
            }
            if (!any && !soft) {
                return pass;
            }
        }
        return maxPasses;
    }

    /**
     * Moves two nodes whose footprint boxes overlap (with {@code pad} between) apart along the axis where they
     * overlap least; a pinned node stays. Returns true when they overlapped.
     */
    private static boolean separateBoxes(
            LayoutGraph g, double[] x, double[] y, boolean[] pinned, double pad, int i, int j) {
        double[] a = g.box(i, x[i], y[i]);
        double[] b = g.box(j, x[j], y[j]);
        double ox = Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + pad;
        double oy = Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + pad;
        if (ox <= 0 || oy <= 0) {
            return false;
        }
        if (pinned[i] && pinned[j]) {
            return true;
        }
        double wi = pinned[i] ? 0 : pinned[j] ? 1 : 0.5;
        if (ox <= oy) {
            separate(x, i, j, (b[0] + b[2]) - (a[0] + a[2]), ox, g.ids[i] * 31 + g.ids[j], wi);
        } else {
            separate(y, i, j, (b[1] + b[3]) - (a[1] + a[3]), oy, g.ids[j] * 31 + g.ids[i], wi);
        }
        return true;
    }

    /**
     * Pushes boxes {@code i} and {@code j} apart along one axis ({@code pos}: their x or y) by a little more than
     * their {@code overlap}: away from each other by the sign of {@code d} (centre of j minus centre of i), by a
     * coin from {@code seed} when they are centred alike; {@code i} moves by the share {@code wi}, {@code j} by the rest.
     */
    private static void separate(double[] pos, int i, int j, double d, double overlap, long seed, double wi) {
        double sign = d > 1e-9 ? 1 : d < -1e-9 ? -1 : ((SeededPlacement.mix(seed) & 1) == 0 ? 1 : -1);
        double push = overlap * 1.02 + 0.01;
        pos[i] -= sign * push * wi;
        pos[j] += sign * push * (1 - wi);
    }

    /** Passes of the collision pass in which nodes are also moved off wide ties. */
    private static final int SOFT_PASSES = 300;

    /**
     * Moves each node that sits on the band of a wide tie (several ties bending apart, seat-deal badges)
     * between two other nodes off it, sideways. Returns true when any node moved.
     */
    static boolean clearBands(LayoutGraph g, double[] x, double[] y, boolean[] pinned, double pad) {
        boolean moved = false;
        int n = g.nodeCount();
        for (int e = 0; e < g.src.length; e++) {
            if (g.band[e] <= 0) {
                continue;
            }
            int a = g.src[e];
            int b = g.dst[e];
            double ex = x[b] - x[a];
            double ey = y[b] - y[a];
            double len2 = ex * ex + ey * ey;
            if (len2 < 1e-9) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                if (k == a || k == b || pinned[k]) {
                    continue;
                }
                double t = ((x[k] - x[a]) * ex + (y[k] - y[a]) * ey) / len2;
                if (t < 0.1 || t > 0.9) {
                    continue;
                }
                double px = x[a] + t * ex;
                double py = y[a] + t * ey;
                double dx = x[k] - px;
                double dy = y[k] - py;
                double d = Math.sqrt(dx * dx + dy * dy);
                double min = g.extent(k) + g.band[e] + pad;
                if (d >= min) {
                    continue;
                }
                double ux;
                double uy;
                if (d < 1e-9) {
                    // on the line: step off to its left
                    double len = Math.sqrt(len2);
                    ux = -ey / len;
                    uy = ex / len;
                } else {
                    ux = dx / d;
                    uy = dy / d;
                }
                double push = (min - d) * 1.02 + 0.01;
                x[k] += ux * push;
                y[k] += uy * push;
                moved = true;
            }
        }
        return moved;
    }

    private static long key(long cx, long cy) {
        return cx * 0x9E3779B97F4A7C15L ^ cy;
    }
}
