package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Layouts: same input, same coordinates; no two nodes overlap; a small change moves little. */
class LayoutTest {

    /** A random graph with n parties and m ties (seeded), party ids 100.. */
    static PartyGraph random(int n, int m, long seed) {
        Random rnd = new Random(seed);
        List<PartyNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new PartyNode(
                    100 + i, "P" + i, "Party " + i, null, i % 3 == 0 ? null : "#336699", rnd.nextInt(50)));
        }
        List<PartyEdge> edges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (edges.size() < m) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            EdgeType t = EdgeType.values()[rnd.nextInt(EdgeType.values().length)];
            if (a == b || !seen.add(t + ":" + a + ":" + b)) {
                continue;
            }
            edges.add(new PartyEdge(t, "P" + a, "P" + b, 1 + rnd.nextInt(3), List.of(), List.of()));
        }
        return new PartyGraph(nodes, edges, "seats");
    }

    private static void assertNoOverlap(LayoutGraph lg, GraphPositions p) {
        for (int i = 0; i < lg.nodeCount(); i++) {
            for (int j = i + 1; j < lg.nodeCount(); j++) {
                double d = Math.hypot(p.x(lg.id(i)) - p.x(lg.id(j)), p.y(lg.id(i)) - p.y(lg.id(j)));
                assertThat(d).as("nodes %d and %d", i, j).isGreaterThanOrEqualTo(lg.radius(i) + lg.radius(j));
            }
        }
    }

    @Test
    void theSameInputGivesTheSameCoordinates() {
        for (int n : new int[] {30, 600}) {
            LayoutGraph lg = LayoutGraph.of(random(n, n * 3, 7));
            GraphPositions a = new ForceDirectedLayout().layout(lg, null);
            GraphPositions b = new ForceDirectedLayout().layout(lg, null);
            for (int i = 0; i < lg.nodeCount(); i++) {
                assertThat(a.x(lg.id(i))).isEqualTo(b.x(lg.id(i)));
                assertThat(a.y(lg.id(i))).isEqualTo(b.y(lg.id(i)));
            }
        }
    }

    @Test
    void noTwoNodesOverlap() {
        for (int n : new int[] {12, 150, 800}) {
            LayoutGraph lg = LayoutGraph.of(random(n, n * 4, n));
            ForceDirectedLayout layout = new ForceDirectedLayout();
            assertNoOverlap(lg, layout.layout(lg, null));
            assertThat(layout.lastStats().overlapsLeft()).isFalse();
            assertNoOverlap(lg, new CircularLayout().layout(lg, null));
        }
    }

    @Test
    void aWarmStartMovesNodesLittleAndKeepsPinnedNodes() {
        PartyGraph g = random(40, 90, 3);
        LayoutGraph lg = LayoutGraph.of(g);
        GraphPositions first = new ForceDirectedLayout().layout(lg, null);
        double px = first.x(100) + 40;
        double py = first.y(100) - 30;
        first.set(100, px, py);
        first.pin(100, true);
        // the next day: one tie fewer
        PartyGraph next =
                new PartyGraph(g.nodes(), g.edges().subList(1, g.edges().size()), g.sizedBy());
        LayoutGraph lg2 = LayoutGraph.of(next);
        GraphPositions second = new ForceDirectedLayout().layout(lg2, first);
        assertThat(second.x(100)).isEqualTo(px);
        assertThat(second.y(100)).isEqualTo(py);
        double spacing = ForceDirectedLayout.spacing(lg2);
        List<Double> moves = new ArrayList<>();
        for (int i = 1; i < lg2.nodeCount(); i++) {
            long id = lg2.id(i);
            moves.add(Math.hypot(second.x(id) - first.x(id), second.y(id) - first.y(id)));
        }
        moves.sort(Double::compare);
        // most nodes stay within a couple of tie lengths of where they were
        assertThat(moves.get(moves.size() / 2)).isLessThan(spacing);
    }

    @Test
    void newNodesStartNextToTheirPlacedNeighbours() {
        LayoutGraph lg =
                new LayoutGraph(new long[] {1, 2}, new double[] {5, 5}, new int[] {0}, new int[] {1}, new double[] {1});
        double[] x = {1000, 0};
        double[] y = {1000, 0};
        new SeededPlacement().place(lg, x, y, new boolean[] {true, false}, 50);
        assertThat(Math.hypot(x[1] - 1000, y[1] - 1000)).isLessThanOrEqualTo(50);
    }

    @Test
    void inALabelledGraphNoNodeOrLabelRoomOverlapsAnother() {
        for (boolean nativeNames : new boolean[] {false, true}) {
            PartyGraph g = random(60, 150, 11);
            LayoutGraph lg = LayoutGraph.of(g, nativeNames);
            GraphPositions p = new ForceDirectedLayout().layout(lg, null);
            for (int i = 0; i < lg.nodeCount(); i++) {
                double[] a = lg.box(i, p.x(lg.id(i)), p.y(lg.id(i)));
                // the footprint holds the label block under the node
                assertThat(a[3] - p.y(lg.id(i))).isGreaterThan(lg.radius(i) + 12);
                for (int j = i + 1; j < lg.nodeCount(); j++) {
                    double[] b = lg.box(j, p.x(lg.id(j)), p.y(lg.id(j)));
                    boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                    assertThat(overlap).as("footprints of %d and %d", i, j).isFalse();
                }
            }
        }
    }

    @Test
    void separateGroupsSitSideBySide() {
        // two triangles that share no tie: packed next to each other, not pushed far apart
        List<PartyNode> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(new PartyNode(100 + i, "P" + i, "Party " + i, null, null, null));
        }
        List<PartyEdge> edges = new ArrayList<>();
        for (int[] e : new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}}) {
            edges.add(new PartyEdge(EdgeType.ALLIANCE, "P" + e[0], "P" + e[1], 1, List.of(), List.of()));
        }
        LayoutGraph lg = LayoutGraph.of(new PartyGraph(nodes, edges, ""));
        GraphPositions p = new ForceDirectedLayout().layout(lg, null);
        double[] a = groupBox(lg, p, 0, 3);
        double[] b = groupBox(lg, p, 3, 6);
        double gapX = Math.max(a[0], b[0]) - Math.min(a[2], b[2]);
        double gapY = Math.max(a[1], b[1]) - Math.min(a[3], b[3]);
        assertThat(Math.max(gapX, gapY))
                .as("gap between the groups")
                .isGreaterThan(0)
                .isLessThanOrEqualTo(ForceDirectedLayout.spacing(lg));
    }

    private static double[] groupBox(LayoutGraph lg, GraphPositions p, int from, int to) {
        double[] out = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = from; i < to; i++) {
            double[] b = lg.box(i, p.x(lg.id(i)), p.y(lg.id(i)));
            out[0] = Math.min(out[0], b[0]);
            out[1] = Math.min(out[1], b[1]);
            out[2] = Math.max(out[2], b[2]);
            out[3] = Math.max(out[3], b[3]);
        }
        return out;
    }
}
