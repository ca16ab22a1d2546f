package org.allianceexplorer.graph.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Nodes on a circle, component by component, each in breadth-first order from its best-connected party
 * (so ties run mostly between neighbours on the rim). The circle is large enough that no two nodes
 * overlap (with their labels, in a labelled graph). Pinned nodes stay where they are. Deterministic.
 */
public final class CircularLayout implements GraphLayout {

    @Override
    public GraphPositions layout(LayoutGraph g, GraphPositions start) {
        int n = g.nodeCount();
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int e = 0; e < g.src.length; e++) {
            adj.get(g.src[e]).add(g.dst[e]);
            adj.get(g.dst[e]).add(g.src[e]);
        }
        Integer[] byDegree = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDegree[i] = i;
            adj.get(i)
                    .sort(Comparator.<Integer>comparingInt(j -> -adj.get(j).size())
                            .thenComparingLong(j -> g.ids[j]));
        }
        Arrays.sort(
                byDegree,
                Comparator.<Integer>comparingInt(i -> -adj.get(i).size()).thenComparingLong(i -> g.ids[i]));
        boolean[] seen = new boolean[n];
        List<Integer> order = new ArrayList<>();
        for (int s : byDegree) {
            if (seen[s]) {
                continue;
            }
            Deque<Integer> q = new ArrayDeque<>();
            q.add(s);
            seen[s] = true;
            while (!q.isEmpty()) {
                int v = q.poll();
                order.add(v);
                for (int w : adj.get(v)) {
                    if (!seen[w]) {
                        seen[w] = true;
                        q.add(w);
                    }
                }
            }
        }
        double circumference = 0;
        for (int i = 0; i < n; i++) {
            circumference += 2 * g.extent(i) + 6;
        }
        double radius = Math.max(circumference / (2 * Math.PI), 60);
        GraphPositions out = start == null ? new GraphPositions() : start.copy();
        double along = 0;
        for (int v : order) {
            double slot = 2 * g.extent(v) + 6;
            double angle = 2 * Math.PI * (along + slot / 2) / circumference - Math.PI / 2;
            along += slot;
            long id = g.ids[v];
            if (start != null && start.has(id) && start.pinned(id)) {
                continue;
            }
            out.set(id, radius * Math.cos(angle), radius * Math.sin(angle));
        }
        return out;
    }
}
