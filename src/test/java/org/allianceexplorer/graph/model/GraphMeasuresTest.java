package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Measures against values computed by hand. */
class GraphMeasuresTest {

    private static PartyNode node(long id, String a) {
        return new PartyNode(id, a, a, null, null, null);
    }

    private static PartyEdge edge(EdgeType t, String a, String b, int w) {
        return new PartyEdge(t, a, b, w, List.of(), List.of());
    }

    private static Map<String, GraphMeasures.PartyMeasure> measures(PartyGraph g) {
        return GraphMeasures.of(g).stream()
                .collect(Collectors.toMap(GraphMeasures.PartyMeasure::party, Function.identity()));
    }

    @Test
    void aPathOfThree() {
        // a – b – c, plus a seat deal a -> b of 3 seats (a second tie between a and b), and d alone
        PartyGraph g = new PartyGraph(
                List.of(node(1, "a"), node(2, "b"), node(3, "c"), node(4, "d")),
                List.of(
                        edge(EdgeType.ALLIANCE, "a", "b", 1),
                        edge(EdgeType.SEAT_DEAL, "a", "b", 3),
                        edge(EdgeType.RIVALRY, "b", "c", 1)),
                "");
        Map<String, GraphMeasures.PartyMeasure> m = measures(g);
        assertThat(m.get("b").betweenness()).isCloseTo(1.0, within(1e-9));
        assertThat(m.get("a").betweenness()).isZero();
        assertThat(m.get("c").betweenness()).isZero();
        assertThat(m.get("a").degree()).isEqualTo(1);
        assertThat(m.get("b").degree()).isEqualTo(2);
        assertThat(m.get("a").weightedDegree()).isEqualTo(4);
        assertThat(m.get("b").weightedDegree()).isEqualTo(5);
        assertThat(m.get("c").weightedDegree()).isEqualTo(1);
        assertThat(m.get("a").component()).isEqualTo(1);
        assertThat(m.get("c").component()).isEqualTo(1);
        assertThat(m.get("d").component()).isEqualTo(2);
        assertThat(m.get("d").degree()).isZero();
        assertThat(GraphMeasures.components(GraphMeasures.of(g))).isEqualTo(2);
    }

    @Test
    void aStarCentreLiesOnEveryPath() {
        // star with centre s and four leaves: C(4,2) = 6 leaf pairs, all through s
        PartyGraph g = new PartyGraph(
                List.of(node(1, "s"), node(2, "l1"), node(3, "l2"), node(4, "l3"), node(5, "l4")),
                List.of(
                        edge(EdgeType.ALLIANCE, "s", "l1", 1), edge(EdgeType.ALLIANCE, "s", "l2", 1),
                        edge(EdgeType.ALLIANCE, "s", "l3", 1), edge(EdgeType.ALLIANCE, "s", "l4", 1)),
                "");
        assertThat(measures(g).get("s").betweenness()).isCloseTo(6.0, within(1e-9));
        assertThat(GraphMeasures.of(g).get(0).party()).isEqualTo("s");
    }
}
