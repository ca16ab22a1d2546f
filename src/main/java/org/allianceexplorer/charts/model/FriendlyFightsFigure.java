package org.allianceexplorer.charts.model;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.analysis.FriendlyFights.Fight;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * Friendly fights: first the allied pairs that fought each other, a bar of the seats where both stood with the
 * seats their split cost them filled; then each seat the split cost them, the two allies' votes stacked in their
 * colours against a tick at the winner's votes.
 */
public final class FriendlyFightsFigure extends ChartFigure<FriendlyFightsModel> {

    /** Pairs drawn at most (the rest are counted in a line). */
    static final int PAIRS = 12;

    private static final double BAR = 13;

    public FriendlyFightsFigure(FriendlyFightsModel model) {
        super(ChartKind.FRIENDLY_FIGHTS, model, title(model), subtitle(model), legend(model), credits(model));
    }

    @Override
    List<String> columns() {
        return List.of(
                "seat",
                "alliance",
                "party_a",
                "votes_a",
                "party_b",
                "votes_b",
                "winner",
                "winner_votes",
                "split_cost_seat");
    }

    /** Every friendly fight (the figure draws the pairs and the costly ones; the table has them all). */
    @Override
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Fight f : model.fights()) {
            rows.add(List.of(
                    f.seat(),
                    f.tie(),
                    f.partyA(),
                    Long.toString(f.votesA()),
                    f.partyB(),
                    Long.toString(f.votesB()),
                    f.winner(),
                    Long.toString(f.winnerVotes()),
                    f.splitCostSeat() ? "yes" : "no"));
        }
        return rows;
    }

    private static String title(FriendlyFightsModel m) {
        return "Friendly fights: allies against each other, " + m.election().name()
                + (m.focus().isEmpty() ? "" : " (" + String.join(", ", m.focus()) + ")");
    }

    private static String subtitle(FriendlyFightsModel m) {
        return m.fights().size() + " times two allies both stood in a seat; in "
                + m.costly().size()
                + " neither won though together they had more votes than the winner. Allies: members of one"
                + " electoral alliance or seat-adjustment pact in force on polling day where it holds, or partners in a"
                + " seat deal of the election. Votes on the official count where it names the candidate.";
    }

    private static List<LegendEntry> legend(FriendlyFightsModel m) {
        List<LegendEntry> out = new ArrayList<>();
        out.add(new LegendEntry("seats where both stood (outlined)", Ink.MUTED, LegendEntry.Swatch.OUTLINED_BOX));
        out.add(new LegendEntry("of which the split cost them (filled)", Ink.FOREGROUND, LegendEntry.Swatch.BOX));
        out.add(new LegendEntry("the winner's votes", Ink.FOREGROUND, LegendEntry.Swatch.RULE));
        Set<String> shown = new LinkedHashSet<>();
        for (Fight f : m.costly()) {
            shown.add(f.partyA());
            shown.add(f.partyB());
        }
        out.addAll(ChartInk.partyKeys(shown, m.parties()));
        return out;
    }

    private static List<String> credits(FriendlyFightsModel m) {
        return ChartText.credits(
                "Results",
                m.resultOutlets(),
                "Alliances, pacts and seat deals: the records of the database. Figure: Alliance Explorer.");
    }

    @Override
    String nothingToShow() {
        return model.fights().isEmpty()
                ? "No two allies stood against each other in "
                        + model.election().name() + "."
                : null;
    }

    /** {@code PML-N 80,382 + JUI-F 29,938 = 110,320 > 105,249 (PTI)}. */
    static String costText(Fight f) {
        return f.partyA() + " " + ChartInk.number(f.votesA()) + " + " + f.partyB() + " " + ChartInk.number(f.votesB())
                + " = " + ChartInk.number(f.votesA() + f.votesB()) + " > " + ChartInk.number(f.winnerVotes()) + " ("
                + f.winner() + ")";
    }

    @Override
    Sketch layout(double width) {
        Sketch s = new Sketch();
        Font head = ChartInk.bold(ChartInk.HEAD, "");
        Font label = ChartInk.regular(ChartInk.LABEL, "");
        Font small = ChartInk.regular(ChartInk.SMALL, "");
        List<FriendlyFightsModel.Pair> pairs =
                model.pairs().subList(0, Math.min(PAIRS, model.pairs().size()));
        List<Fight> costly = model.costly();
        double labelCol = 0;
        for (FriendlyFightsModel.Pair p : pairs) {
            labelCol = Math.max(labelCol, FigureText.width(pairLabel(p), label));
        }
        for (Fight f : costly) {
            labelCol = Math.max(labelCol, FigureText.width(seatLabel(f), label));
        }
        labelCol = Math.min(labelCol, width * 0.3);
        double x0 = labelCol + 10;

        double y = FigureText.ascent(head);
        s.text("Allied pairs that fought each other", head, 0, y, Ink.FOREGROUND);
        y += FigureText.lineHeight(head) - FigureText.ascent(head) + 6;
        int most =
                pairs.stream().mapToInt(FriendlyFightsModel.Pair::seats).max().orElse(1);
        double valueW = FigureText.width("999 seats, 99 lost to the split", small) + 8;
        double unit = Math.max(40, width - x0 - valueW) / most;
        for (FriendlyFightsModel.Pair p : pairs) {
            s.text(
                    FigureText.fit(pairLabel(p), label, labelCol),
                    label,
                    0,
                    y + BAR / 2 + FigureText.ascent(label) / 2 - 1,
                    Ink.FOREGROUND);
            double w = Math.max(1.5, p.seats() * unit);
            s.box(new Rectangle2D.Double(x0, y, w, BAR), null, false, Ink.MUTED);
            if (p.lost() > 0) {
                s.box(new Rectangle2D.Double(x0, y, Math.max(1.5, p.lost() * unit), BAR), Ink.FOREGROUND, false, null);
            }
            String v = ChartInk.seats(p.seats()) + (p.lost() > 0 ? ", " + p.lost() + " lost to the split" : "");
            s.text(v, small, x0 + w + 5, y + BAR / 2 + FigureText.ascent(small) / 2 - 1, Ink.FOREGROUND);
            y += BAR + 5;
        }
        if (model.pairs().size() > pairs.size()) {
            y += FigureText.ascent(small);
            s.text(
                    "and " + (model.pairs().size() - pairs.size()) + " more pairs (all are in the data table)",
                    small,
                    x0,
                    y,
                    Ink.MUTED);
            y += FigureText.lineHeight(small) - FigureText.ascent(small);
        }
        y += 14;
        y += FigureText.ascent(head);
        s.text(
                costly.isEmpty() ? "No seat was lost to the split" : "Seats the split cost them",
                head,
                0,
                y,
                Ink.FOREGROUND);
        y += FigureText.lineHeight(head) - FigureText.ascent(head) + 6;
        long max = 1;
        double textW = 0;
        for (Fight f : costly) {
            max = Math.max(max, Math.max(f.votesA() + f.votesB(), f.winnerVotes()));
            textW = Math.max(textW, FigureText.width(costText(f), small));
        }
        textW = Math.min(textW + 8, (width - x0) * 0.6);
        double vunit = Math.max(40, width - x0 - textW) / max;
        for (Fight f : costly) {
            s.text(
                    FigureText.fit(seatLabel(f), label, labelCol),
                    label,
                    0,
                    y + BAR / 2 + FigureText.ascent(label) / 2 - 1,
                    Ink.FOREGROUND);
            Party a = model.parties().get(f.partyA());
            Party b = model.parties().get(f.partyB());
            double wa = f.votesA() * vunit;
            double wb = f.votesB() * vunit;
            s.box(new Rectangle2D.Double(x0, y, wa, BAR), ChartInk.fill(a), ChartInk.hatched(a), Ink.FOREGROUND);
            s.box(new Rectangle2D.Double(x0 + wa, y, wb, BAR), ChartInk.fill(b), ChartInk.hatched(b), Ink.FOREGROUND);
            double wx = x0 + f.winnerVotes() * vunit;
            s.rule(wx, y - 3, wx, y + BAR + 3, Ink.FOREGROUND, 2f, false);
            double end = Math.max(x0 + wa + wb, wx);
            s.text(
                    FigureText.fit(costText(f), small, width - end - 6),
                    small,
                    end + 6,
                    y + BAR / 2 + FigureText.ascent(small) / 2 - 1,
                    Ink.FOREGROUND);
            y += BAR + 6;
        }
        s.extend(y);
        return s;
    }

    private static String pairLabel(FriendlyFightsModel.Pair p) {
        return p.partyA() + " and " + p.partyB();
    }

    private static String seatLabel(Fight f) {
        return f.seat() + ": " + f.tie();
    }
}
