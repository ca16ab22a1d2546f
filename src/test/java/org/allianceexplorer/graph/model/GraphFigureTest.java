package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.LegendEntry;
import org.junit.jupiter.api.Test;

/** What is under a point of the graph figure (a typed hit), its tooltip, and a legend that follows the theme. */
class GraphFigureTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 800, 600);

    /** A seat deal A → B of 3 seats and a rivalry B – C; A has no party colour. */
    private static GraphFigure figure() {
        PartyGraph g = new PartyGraph(
                List.of(
                        new PartyNode(1, "A", "Party A", null, null, null),
                        new PartyNode(2, "B", "Party B", null, "#336699", null),
                        new PartyNode(3, "C", "Party C", null, "#993366", null)),
                List.of(
                        new PartyEdge(EdgeType.SEAT_DEAL, "A", "B", 3, List.of("NA-1", "NA-2", "NA-3"), List.of()),
                        new PartyEdge(EdgeType.RIVALRY, "B", "C", 1, List.of(), List.of())),
                "");
        GraphPositions p = new GraphPositions();
        p.set(1, 0, 0);
        p.set(2, 300, 0);
        p.set(3, 300, 300);
        return new GraphFigure(
                g, p, GraphFigure.info(g, LocalDate.of(2024, 2, 10), false, ""), GraphFigure.Options.PRINT);
    }

    @Test
    void aPointHitsANodeATieOrNothing() {
        GraphFigure f = figure();
        Point2D a = f.centre(AREA, "A");
        Hit onA = f.hitAt(AREA, a.getX() + 2, a.getY() - 1);
        assertThat(onA).isEqualTo(new Hit.Node("A"));
        assertThat(onA.party()).isEqualTo("A");
        assertThat(f.describe(onA)).isEqualTo(f.describe("A")).startsWith("A \u2014 Party A");

        Point2D b = f.centre(AREA, "B");
        Point2D c = f.centre(AREA, "C");
        Hit onTie = f.hitAt(AREA, (b.getX() + c.getX()) / 2 + 1, (b.getY() + c.getY()) / 2);
        assertThat(onTie).isInstanceOf(Hit.Tie.class);
        assertThat(((Hit.Tie) onTie).edge().type()).isEqualTo(EdgeType.RIVALRY);
        assertThat(onTie.party()).isNull();

        Point2D mid = new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
        Hit onDeal = f.hitAt(AREA, mid.getX(), mid.getY());
        assertThat(f.describe(onDeal))
                .startsWith("A \u2192 B: 3 seats; B \u2192 A: 0")
                .contains("Seats: NA-1, NA-2, NA-3");

        assertThat(f.hitAt(AREA, a.getX() + 150, a.getY() + 250)).isNull();
    }

    @Test
    void theLegendIsResolvedForTheThemeItIsShownIn() {
        List<LegendEntry> legend = figure().info().legend();
        // print (and every file) keeps the tie types' own colours
        assertThat(legend.get(0).colour(FigureStyle.LIGHT)).isEqualTo(EdgeType.SEAT_DEAL.colour());
        for (LegendEntry e : legend.subList(0, 2)) {
            EdgeType t = e.label().equals(EdgeType.SEAT_DEAL.label()) ? EdgeType.SEAT_DEAL : EdgeType.RIVALRY;
            // on the dark ground the key takes the lifted hue the ties are drawn with, so it reads as well as they do
            assertThat(e.colour(FigureStyle.DARK)).isEqualTo(t.ink().resolve(FigureStyle.DARK));
            assertThat(FigureStyle.contrast(e.colour(FigureStyle.DARK), FigureStyle.DARK.background()))
                    .isGreaterThan(FigureStyle.contrast(t.colour(), FigureStyle.DARK.background()));
        }
        // the no-colour key is hatched in the colour the nodes are hatched with, in either theme
        LegendEntry hatched = legend.get(2);
        assertThat(hatched.swatch()).isEqualTo(LegendEntry.Swatch.HATCHED_BOX);
        assertThat(hatched.colour(FigureStyle.LIGHT)).isEqualTo(FigureStyle.LIGHT.muted());
        assertThat(hatched.colour(FigureStyle.DARK)).isEqualTo(FigureStyle.DARK.muted());
    }
}
