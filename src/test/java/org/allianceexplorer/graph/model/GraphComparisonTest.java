package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.figure.FigureStyle;
import org.junit.jupiter.api.Test;

/** Compare mode on two hand-made days: which ties were added, ended and kept, and what the figure says. */
class GraphComparisonTest {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 15);

    private static PartyNode node(long id, String abbr) {
        return new PartyNode(id, abbr, abbr + " Party", null, "#336699", null);
    }

    private static PartyEdge edge(EdgeType t, String from, String to, int weight) {
        return new PartyEdge(t, from, to, weight, List.of("r" + weight), List.of("Outlet"));
    }

    private final PartyGraph before = new PartyGraph(
            List.of(node(1, "AAA"), node(2, "BBB"), node(3, "CCC"), node(4, "DDD")),
            List.of(
                    edge(EdgeType.ALLIANCE, "AAA", "BBB", 1),
                    edge(EdgeType.SEAT_DEAL, "BBB", "CCC", 2),
                    edge(EdgeType.RIVALRY, "CCC", "DDD", 1)),
            "");
    private final PartyGraph after = new PartyGraph(
            List.of(node(1, "AAA"), node(2, "BBB"), node(3, "CCC")),
            List.of(
                    edge(EdgeType.ALLIANCE, "AAA", "BBB", 2), // the same tie, another weight
                    edge(EdgeType.SEAT_DEAL, "CCC", "BBB", 1), // the other way: another tie
                    edge(EdgeType.RIVALRY, "AAA", "CCC", 1)),
            "");

    @Test
    void tiesOfTheLaterDayOnlyAreAddedOfTheEarlierOnlyEndedOfBothUnchanged() {
        GraphComparison c = GraphComparison.of(JAN, FEB, before, after);
        assertThat(c.union().edges())
                .extracting(e -> e.type().shortName() + " " + e.from() + "-" + e.to() + " "
                        + c.changes().get(e).label())
                .containsExactly(
                        "Alliance AAA-BBB unchanged",
                        "Seat deal CCC-BBB added",
                        "Rivalry AAA-CCC added",
                        "Seat deal BBB-CCC ended",
                        "Rivalry CCC-DDD ended");
        // the unchanged tie is the later day's (weight 2)
        assertThat(c.union().edges().get(0).weight()).isEqualTo(2);
        // every party of either day, DDD included
        assertThat(c.union().nodes()).extracting(PartyNode::abbreviation).containsExactly("AAA", "BBB", "CCC", "DDD");
        assertThat(c.count(EdgeChange.ADDED)).isEqualTo(2);
        assertThat(c.count(EdgeChange.REMOVED)).isEqualTo(2);
        assertThat(c.count(EdgeChange.UNCHANGED)).isEqualTo(1);
        assertThatThrownBy(() -> GraphComparison.of(FEB, JAN, before, after))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFigureKeysTheChangesWritesThemAsAColumnAndPaintsTheBand() {
        GraphComparison c = GraphComparison.of(JAN, FEB, before, after);
        GraphPositions p = new ForceDirectedLayout().layout(LayoutGraph.of(c.union(), false), null);
        GraphFigure f = new GraphFigure(
                c.union(), p, c.info(""), GraphFigure.Options.PRINT, GraphFigureData.Basis.NONE, c.changes());
        assertThat(f.info().title()).isEqualTo("What changed: party relationships");
        assertThat(f.info().subtitle()).startsWith("2 ties added, 2 ended, 1 unchanged");
        assertThat(f.info().asOf()).isEqualTo("1 Jan 2024 \u2013 15 Feb 2024");
        assertThat(f.info().legend()).extracting(l -> l.swatch().name()).startsWith("BOX", "DASHED_LINE", "LINE");
        FigureData d = f.data();
        assertThat(d.header()).containsExactly("type", "from", "to", "weight", "detail", "change");
        assertThat(d.rows())
                .anySatisfy(
                        r -> assertThat(r).startsWith("rivalry", "CCC", "DDD").endsWith("ended"));

        // the added ties lie on the blue band: some pixel of it shows between AAA and CCC
        BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        FigureStyle style = FigureStyle.print();
        g.setColor(style.background());
        g.fillRect(0, 0, 600, 400);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 600, 400);
        f.paintBody(g, area, style);
        g.dispose();
        assertThat(bluish(img)).as("pixels of the added ties' band").isGreaterThan(50);
        // without the changes, no band
        GraphFigure plain = new GraphFigure(c.union(), p, c.info(""), GraphFigure.Options.PRINT);
        BufferedImage img2 = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img2.createGraphics();
        g2.setColor(style.background());
        g2.fillRect(0, 0, 600, 400);
        plain.paintBody(g2, area, style);
        g2.dispose();
        assertThat(bluish(img2)).isLessThan(bluish(img) / 5);
    }

    /** Pixels where blue clearly leads red and green (the band; the party colour #336699 is in the nodes only). */
    private static int bluish(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int gr = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (b > 200 && b - r > 40 && b - gr > 10 && r < 200) {
                    n++;
                }
            }
        }
        return n;
    }
}
