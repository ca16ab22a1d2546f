package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.FigureAnimation;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.TimeStep;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The graph in motion on the bundled dataset: the founding case frame by frame, stamps, steady parties. */
class GraphAnimationTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private static GraphData data;

    /** Karachi, winter 2023-24, weekly: before, during and after the seat deals of polling day. */
    private static GraphAnimation founding;

    @BeforeAll
    static void lay() {
        Repositories r = bundled.repositories();
        data = GraphData.load(r, r.relationships());
        founding = GraphAnimation.of(
                data,
                GraphQuery.asOf(null),
                TimeStep.parse("1w").days(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1)),
                new ForceDirectedLayout(),
                FigureAnimation.Progress.NONE);
    }

    private static List<PartyEdge> seatDeals(PartyGraph g, String a, String b) {
        return g.between(a, b).stream()
                .filter(e -> e.type() == EdgeType.SEAT_DEAL)
                .toList();
    }

    @Test
    void theMqmAnpSeatDealsAppearBetweenNewYearAndMidFebruary() {
        List<LocalDate> days = TimeStep.parse("1w").days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 15));
        GraphAnimation a = new GraphFigureView()
                .animate(
                        bundled.repositories(),
                        new ExportRequest(null, days.get(0), days.get(days.size() - 1), List.of(), null, 1),
                        days,
                        FigureAnimation.Progress.NONE);
        assertThat(a.days()).startsWith(LocalDate.of(2024, 1, 1)).endsWith(LocalDate.of(2024, 2, 15));
        assertThat(seatDeals(a.frame(0).graph(), "MQM-P", "ANP")).isEmpty();
        GraphFigure last = a.frame(days.size() - 1);
        assertThat(seatDeals(last.graph(), "MQM-P", "ANP"))
                .extracting(PartyEdge::from)
                .containsExactlyInAnyOrder("ANP", "MQM-P");
        // the deals were reported on 4 and 5 February: the frame of 5 February is the first to show them
        for (int i = 0; i < days.size(); i++) {
            boolean shown = !seatDeals(a.frame(i).graph(), "MQM-P", "ANP").isEmpty();
            assertThat(shown).as(days.get(i).toString()).isEqualTo(!days.get(i).isBefore(LocalDate.of(2024, 2, 5)));
        }
    }

    @Test
    void eachFrameIsTheGraphOfItsDayAndSaysSo() {
        for (int i = 0; i < founding.days().size(); i++) {
            LocalDate day = founding.days().get(i);
            GraphFigure f = founding.frame(i);
            assertThat(f.info().asOf()).isEqualTo("As of " + PartialDate.of(day).display());
            // the same ties as the graph the window and the PNG export derive for that day
            assertThat(f.graph()).isEqualTo(EdgeDerivation.derive(data, GraphQuery.asOf(day)));
        }
        assertThat(founding.frame(0).info().asOf()).isEqualTo("As of 1 Dec 2023");
        assertThat(founding.frame(founding.days().size() - 1).info().asOf()).isEqualTo("As of 1 Mar 2024");
    }

    @Test
    void everyFrameHasTheSameLegendAndCreditsCoveringTheWholeRange() {
        Set<EdgeType> types = new HashSet<>();
        for (int i = 0; i < founding.days().size(); i++) {
            founding.frame(i).graph().edges().forEach(e -> types.add(e.type()));
        }
        List<String> labels =
                founding.frame(0).info().legend().stream().map(l -> l.label()).toList();
        for (EdgeType t : types) {
            assertThat(labels).contains(t.legend().label());
        }
        for (int i = 1; i < founding.days().size(); i++) {
            assertThat(founding.frame(i).info().legend())
                    .isEqualTo(founding.frame(0).info().legend());
            assertThat(founding.frame(i).info().credits())
                    .isEqualTo(founding.frame(0).info().credits());
        }
        assertThat(founding.frame(0).info().credits().get(0))
                .startsWith("Sources behind the ties shown, 1 Dec 2023 to 1 Mar 2024: ")
                .contains("ARY News");
        // the body of every frame is the same box, so the page does not jump
        Rectangle2D body = FigureFrame.layout(founding.frame(0), 1280, 720).body();
        for (int i = 1; i < founding.days().size(); i++) {
            assertThat(FigureFrame.layout(founding.frame(i), 1280, 720).body()).isEqualTo(body);
        }
    }

    @Test
    void aPartyWhoseTiesDidNotChangeStaysWhereItWas() {
        Rectangle2D body = FigureFrame.layout(founding.frame(0), 1280, 720).body();
        int compared = 0;
        List<String> moved = new ArrayList<>();
        for (int i = 1; i < founding.days().size(); i++) {
            GraphFigure before = founding.frame(i - 1);
            GraphFigure now = founding.frame(i);
            for (PartyNode n : now.graph().nodes()) {
                String p = n.abbreviation();
                if (before.graph().node(p) == null || !ties(before.graph(), p).equals(ties(now.graph(), p))) {
                    continue;
                }
                compared++;
                Point2D a = before.centre(body, p);
                Point2D b = now.centre(body, p);
                if (a.distance(b) > 0.5) {
                    moved.add(p + " on " + founding.days().get(i) + " by " + Math.round(a.distance(b)) + " px");
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(moved).isEmpty();
    }

    @Test
    void everyPartyKeepsItsPlaceAcrossTheRangeWithinAFewPixels() {
        Rectangle2D body = FigureFrame.layout(founding.frame(0), 1280, 720).body();
        // the union is laid out once: the worst a party drifts over three months is a nudge, not a jump
        Map<String, List<Point2D>> tracks = new HashMap<>();
        for (int i = 0; i < founding.days().size(); i++) {
            GraphFigure f = founding.frame(i);
            for (PartyNode n : f.graph().nodes()) {
                tracks.computeIfAbsent(n.abbreviation(), k -> new ArrayList<>()).add(f.centre(body, n.abbreviation()));
            }
        }
        for (Map.Entry<String, List<Point2D>> t : tracks.entrySet()) {
            Point2D first = t.getValue().get(0);
            for (Point2D p : t.getValue()) {
                assertThat(p.distance(first)).as(t.getKey()).isLessThan(20);
            }
        }
    }

    @Test
    void anEgoNetworkIsTheEgoNetworkOnEveryFrame() {
        List<LocalDate> days = TimeStep.parse("2w").days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
        GraphAnimation a = new GraphFigureView()
                .animate(
                        bundled.repositories(),
                        new ExportRequest(null, days.get(0), days.get(days.size() - 1), List.of("mqm-p"), "pk-2024", 1),
                        days,
                        FigureAnimation.Progress.NONE);
        for (int i = 0; i < days.size(); i++) {
            PartyGraph g = a.frame(i).graph();
            assertThat(g.node("MQM-P")).as(days.get(i).toString()).isNotNull();
            Set<String> neighbours = g.neighbours("MQM-P");
            assertThat(g.nodes().stream().map(PartyNode::abbreviation).filter(p -> !p.equals("MQM-P")))
                    .as(days.get(i).toString())
                    .allSatisfy(p -> assertThat(neighbours).contains(p));
            assertThat(a.frame(i).info().subtitle()).contains("ego network of MQM-P (depth 1)", "deals of pk-2024");
        }
    }

    /** The ties of a party, as text (type and ends). */
    private static Set<String> ties(PartyGraph g, String party) {
        return g.edges().stream()
                .filter(e -> e.touches(party))
                .map(e -> e.type() + " " + e.from() + " " + e.to() + " " + e.weight())
                .collect(Collectors.toSet());
    }
}
