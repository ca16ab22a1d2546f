package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The founding case can be read on the graph: on the bundled dataset, at the founding case's days and at
 * several sizes (files of several widths, the screen's body at laptop sizes), no node, label or seat-deal
 * badge covers another, every party is labelled and every seat deal has its badge.
 */
class GraphLabelsTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private static GraphData data;

    @BeforeAll
    static void open() {
        Repositories r = bundled.repositories();
        data = GraphData.load(r, r.relationships());
    }

    /** A box of the picture and what it belongs to. */
    private record Part(String what, Rectangle2D box) {}

    private static GraphFigure figure(String day, boolean nativeNames) {
        GraphQuery q = GraphQuery.asOf(LocalDate.parse(day));
        GraphSnapshot s = GraphSnapshot.compute(data, q, null, new ForceDirectedLayout(), nativeNames);
        return s.figure(new GraphFigure.Options(nativeNames, null, null, false));
    }

    private static void assertReadable(GraphFigure f, Rectangle2D body) {
        GraphLabels.Placement p = f.placement(body);
        PartyGraph g = f.graph();
        assertThat(p.labels())
                .extracting(GraphLabels.Label::party)
                .containsExactlyInAnyOrderElementsOf(
                        g.nodes().stream().map(PartyNode::abbreviation).toList());
        assertThat(p.badges())
                .extracting(GraphLabels.Badge::edge)
                .containsExactlyInAnyOrderElementsOf(g.edges().stream()
                        .filter(e -> e.type() == EdgeType.SEAT_DEAL)
                        .toList());
        List<Part> parts = new ArrayList<>();
        p.nodes().forEach(n -> parts.add(new Part("node " + n.party(), n.box())));
        p.labels().forEach(l -> parts.add(new Part("label " + l.party(), l.box())));
        p.badges()
                .forEach(b -> parts.add(
                        new Part("badge " + b.edge().from() + "->" + b.edge().to(), b.box())));
        for (Part a : parts) {
            if (!a.what().startsWith("node")) {
                assertThat(body.contains(a.box()))
                        .as("%s inside the body %s: %s", a.what(), body, a.box())
                        .isTrue();
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                Part a = parts.get(i);
                Part b = parts.get(j);
                assertThat(overlap(a.box(), b.box()))
                        .as("%s %s and %s %s", a.what(), a.box(), b.what(), b.box())
                        .isFalse();
            }
        }
    }

    /** True when the boxes share more than an edge. */
    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getMaxX() > b.getMinX() + 0.01
                && b.getMaxX() > a.getMinX() + 0.01
                && a.getMaxY() > b.getMinY() + 0.01
                && b.getMaxY() > a.getMinY() + 0.01;
    }

    @ParameterizedTest(name = "{0}, native names {1}, a file {2} px wide")
    @CsvSource({
        "2024-02-10, false, 1200", "2024-02-10, false, 800", "2024-02-10, false, 1600", "2024-02-10, true, 1200",
        "2024-02-10, true, 800", "2023-12-01, false, 1200", "2023-12-01, false, 800", "2023-12-01, true, 1200"
    })
    void aFileShowsEveryLabelAndBadgeUncovered(String day, boolean nativeNames, int width) {
        GraphFigure f = figure(day, nativeNames);
        Rectangle2D body = FigureFrame.layout(f, width, -1).body();
        assertReadable(f, body);
        if (nativeNames && width >= 1200) {
            // a file of the default width has room for every native name
            assertThat(f.placement(body).labels()).allMatch(GraphLabels.Label::whole);
        }
    }

    @ParameterizedTest(name = "{0}, native names {1}, a body of {2} x {3} on screen")
    @CsvSource({
        "2024-02-10, false, 560, 340", "2024-02-10, false, 760, 480", "2024-02-10, false, 1000, 700",
        "2024-02-10, true, 560, 340", "2024-02-10, true, 760, 480", "2023-12-01, false, 560, 340",
        "2023-12-01, true, 760, 480"
    })
    void theScreenShowsEveryLabelAndBadgeUncovered(String day, boolean nativeNames, int width, int height) {
        GraphFigure f = figure(day, nativeNames);
        assertReadable(f, new Rectangle2D.Double(16, 60, width, height));
    }
}
