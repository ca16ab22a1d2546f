package org.allianceexplorer.graph.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The parties and their ties on one day: an immutable value, safe to hand between threads. No JavaFX.
 *
 * @param nodes       the parties shown, ordered by abbreviation
 * @param edges       the ties, ordered by type then ends
 * @param sizedBy     what the node size means ("seats won in ..." or "number of ties")
 */
public record PartyGraph(List<PartyNode> nodes, List<PartyEdge> edges, String sizedBy) {

    public static final PartyGraph EMPTY = new PartyGraph(List.of(), List.of(), "");

    public PartyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public PartyNode node(String abbreviation) {
        for (PartyNode n : nodes) {
            if (n.abbreviation().equals(abbreviation)) {
                return n;
            }
        }
        return null;
    }

    /** The nodes by abbreviation. */
    public Map<String, PartyNode> byAbbreviation() {
        Map<String, PartyNode> m = new LinkedHashMap<>();
        nodes.forEach(n -> m.put(n.abbreviation(), n));
        return m;
    }

    /** The parties tied to {@code party} (either direction, any type). */
    public Set<String> neighbours(String party) {
        Set<String> out = new LinkedHashSet<>();
        for (PartyEdge e : edges) {
            if (e.touches(party)) {
                out.add(e.other(party));
            }
        }
        return out;
    }

    /** The edges between two parties, both ways. */
    public List<PartyEdge> between(String a, String b) {
        List<PartyEdge> out = new ArrayList<>();
        for (PartyEdge e : edges) {
            if (e.touches(a) && e.touches(b)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The same graph with only the edges that pass, and (if asked) without the parties left with none. */
    public PartyGraph filter(Predicate<PartyEdge> keep, boolean dropIsolated) {
        List<PartyEdge> es = edges.stream().filter(keep).toList();
        return new PartyGraph(dropIsolated ? connected(nodes, es) : nodes, es, sizedBy);
    }

    /**
     * The ego network of {@code centre}: the parties within {@code depth} ties of it and the ties among them.
     * An unknown centre gives an empty graph.
     */
    public PartyGraph ego(String centre, int depth) {
        Map<String, List<String>> adj = new HashMap<>();
        for (PartyEdge e : edges) {
            adj.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            adj.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        if (node(centre) == null) {
            return new PartyGraph(List.of(), List.of(), sizedBy);
        }
        Map<String, Integer> dist = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        dist.put(centre, 0);
        queue.add(centre);
        while (!queue.isEmpty()) {
            String p = queue.poll();
            int d = dist.get(p);
            if (d == depth) {
                continue;
            }
            for (String q : adj.getOrDefault(p, List.of())) {
                if (!dist.containsKey(q)) {
                    dist.put(q, d + 1);
                    queue.add(q);
                }
            }
        }
        List<PartyNode> ns =
                nodes.stream().filter(n -> dist.containsKey(n.abbreviation())).toList();
        List<PartyEdge> es = edges.stream()
                .filter(e -> dist.containsKey(e.from()) && dist.containsKey(e.to()))
                .toList();
        return new PartyGraph(ns, es, sizedBy);
    }

    private static List<PartyNode> connected(Collection<PartyNode> nodes, List<PartyEdge> edges) {
        Set<String> used = new LinkedHashSet<>();
        for (PartyEdge e : edges) {
            used.add(e.from());
            used.add(e.to());
        }
        return nodes.stream().filter(n -> used.contains(n.abbreviation())).toList();
    }

    /** Number of distinct neighbours of each party. */
    public Map<String, Integer> degrees() {
        Map<String, Set<String>> nb = new HashMap<>();
        for (PartyNode n : nodes) {
            nb.put(n.abbreviation(), new HashSet<>());
        }
        for (PartyEdge e : edges) {
            nb.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to());
            nb.computeIfAbsent(e.to(), k -> new HashSet<>()).add(e.from());
        }
        Map<String, Integer> m = new HashMap<>();
        nb.forEach((k, v) -> m.put(k, v.size()));
        return m;
    }
}
