package org.allianceexplorer.graph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Measures per party on the graph of one day, computed with JGraphT on the simple undirected graph of ties
 * (two parties with several ties count as neighbours once):
 * degree (number of parties tied to it), weighted degree (sum of tie weights: seats for a seat deal, else
 * the number of groupings or relations behind the tie), betweenness (unnormalised, Brandes) and the
 * connected component (1 = the largest).
 */
public final class GraphMeasures {

    /** One party's measures. */
    public record PartyMeasure(String party, int degree, int weightedDegree, double betweenness, int component) {}

    private GraphMeasures() {}

    /** The measures of every node, ordered by betweenness, then degree, then name. */
    public static List<PartyMeasure> of(PartyGraph g) {
        Graph<String, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
        g.nodes().forEach(n -> simple.addVertex(n.abbreviation()));
        Map<String, Integer> weighted = new HashMap<>();
        for (PartyEdge e : g.edges()) {
            simple.addVertex(e.from());
            simple.addVertex(e.to());
            if (!e.from().equals(e.to())) {
                simple.addEdge(e.from(), e.to());
            }
            weighted.merge(e.from(), e.weight(), Integer::sum);
            weighted.merge(e.to(), e.weight(), Integer::sum);
        }
        Map<String, Double> between = new BetweennessCentrality<>(simple, false).getScores();
        List<Set<String>> components = new ArrayList<>(new ConnectivityInspector<>(simple).connectedSets());
        components.sort(Comparator.<Set<String>>comparingInt(Set::size)
                .reversed()
                .thenComparing(s -> s.stream().sorted().findFirst().orElse("")));
        Map<String, Integer> componentOf = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            for (String p : components.get(i)) {
                componentOf.put(p, i + 1);
            }
        }
        List<PartyMeasure> out = new ArrayList<>();
        for (PartyNode n : g.nodes()) {
            String p = n.abbreviation();
            out.add(new PartyMeasure(
                    p,
                    simple.degreeOf(p),
                    weighted.getOrDefault(p, 0),
                    between.getOrDefault(p, 0.0),
                    componentOf.getOrDefault(p, 0)));
        }
        out.sort(Comparator.comparingDouble(PartyMeasure::betweenness)
                .reversed()
                .thenComparing(Comparator.comparingInt(PartyMeasure::degree).reversed())
                .thenComparing(PartyMeasure::party));
        return out;
    }

    /** The number of connected components. */
    public static int components(List<PartyMeasure> measures) {
        return measures.stream().mapToInt(PartyMeasure::component).max().orElse(0);
    }
}
