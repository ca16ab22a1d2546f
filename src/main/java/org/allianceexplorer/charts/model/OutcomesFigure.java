package org.allianceexplorer.charts.model;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.allianceexplorer.domain.DealEffect;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * Deal outcomes: per beneficiary and election a header with the deals won and lost, then one row per deal
 * with results: the margin (a solid bar when the beneficiary won, an outlined one when it lost, in its
 * colour) and beneath it the votes the withdrawing party still took (hatched, in its colour), on one vote
 * scale, each with its number and whether those votes could have decided the seat.
 */
public final class OutcomesFigure extends ChartFigure<OutcomesModel> {

    private static final double MARGIN_BAR = 12;
    private static final double GIVER_BAR = 9;

    public OutcomesFigure(OutcomesModel model) {
        super(ChartKind.OUTCOMES, model, title(model), subtitle(model), legend(model), credits(model));
    }

    @Override
    List<String> columns() {
        return List.of(
                "election",
                "seat",
                "giver",
                "receiver",
                "candidate",
                "outcome",
                "margin",
                "receiver_votes",
                "giver_votes",
                "giver_could_decide",
                "effect",
                "giver_estimate",
                "estimate_from");
    }

    /**
     * One row per deal plotted, in the figure's order: with results its outcome, margin (negative when
     * lost), the beneficiary's and the withdrawing party's votes; without results those cells are empty.
     */
    @Override
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (OutcomesModel.Group g : model.groups()) {
            for (List<OutcomesModel.Deal> list : List.of(g.withResults(), g.withoutResults())) {
                for (OutcomesModel.Deal d : list) {
                    Outcome o = d.outcome();
                    rows.add(List.of(
                            d.election(),
                            d.seat(),
                            d.giver(),
                            d.receiver(),
                            ChartQueries.cell(d.candidate()),
                            o == null ? "no results" : o.label(),
                            o == null ? "" : Long.toString(o.margin()),
                            o == null ? "" : Long.toString(o.receiverVotes()),
                            o == null ? "" : ChartQueries.cell(o.giverVotes()),
                            o == null ? "" : o.giverCouldDecide() ? "yes" : "no",
                            o == null || o.effect() == null ? "" : o.effect().label(),
                            o == null ? "" : ChartQueries.cell(o.giverEstimate()),
                            o == null ? "" : ChartQueries.cell(o.estimateFrom())));
                }
            }
        }
        return rows;
    }

    private static String title(OutcomesModel m) {
        String who = ChartText.who(
                m.focus(), "Seat-deal outcomes", "Seat-deal outcomes for %s and its partners", "Seat-deal outcomes: ");
        return who + ", " + ChartText.when(m.election(), m.groups().stream().map(OutcomesModel.Group::election));
    }

    private static String subtitle(OutcomesModel m) {
        return "Did the deal matter? A win was decisive when the margin was no more than the votes the withdrawing party"
                + " could bring (its candidate's votes there, or, when it stood down, its votes in the seat at the previous"
                + " election: an estimate), not needed when more; a loss failed. Outcomes from the results where the"
                + " database has them. " + ChartText.countedRule(m.asOf());
    }

    private static List<LegendEntry> legend(OutcomesModel m) {
        List<LegendEntry> out = new ArrayList<>();
        out.add(new LegendEntry(
                "margin: solid = won by, outlined = lost by (beneficiary's colour)",
                Ink.FOREGROUND,
                LegendEntry.Swatch.BOX));
        out.add(new LegendEntry(
                "votes the withdrawing party still took (hatched, its colour)",
                Ink.FOREGROUND,
                LegendEntry.Swatch.HATCHED_BOX));
        if (m.groups().stream()
                .flatMap(g -> g.withResults().stream())
                .anyMatch(d -> d.outcome().estimated())) {
            out.add(new LegendEntry(
                    "its votes at the previous election, when it stood down (outlined, an estimate)",
                    Ink.FOREGROUND,
                    LegendEntry.Swatch.OUTLINED_BOX));
        }
        Set<String> shown = new LinkedHashSet<>();
        for (OutcomesModel.Group g : m.groups()) {
            shown.add(g.receiver());
            g.withResults().forEach(d -> shown.add(d.giver()));
        }
        out.addAll(ChartInk.partyKeys(shown, m.parties()));
        return out;
    }

    private static List<String> credits(OutcomesModel m) {
        List<String> out = new ArrayList<>();
        ChartText.cite(out, "Results", m.resultOutlets(), "");
        ChartText.cite(out, "Seat-deal claims", m.outlets(), " Figure: Alliance Explorer.");
        return out;
    }

    static String marginText(Outcome o) {
        return (o.won() ? "won by " : "lost by ") + ChartInk.number(Math.abs(o.margin())) + " votes"
                + (o.basis() == null ? "" : " (" + o.basis() + ")")
                + ": " + (o.effect() == null ? "effect unknown" : o.effectText());
    }

    static String giverText(String giver, Outcome o) {
        if (o.giverVotes() == null) {
            return o.giverEstimate() == null
                    ? giver + " not on the ballot"
                    : giver + " not on the ballot; took " + ChartInk.number(o.giverEstimate()) + " at the "
                            + o.estimateFrom();
        }
        return giver + " still took " + ChartInk.number(o.giverVotes())
                + (o.giverCouldDecide() ? ": could have decided the seat" : ": fewer than the margin");
    }

    @Override
    String nothingToShow() {
        return model.groups().isEmpty() ? ChartText.noDeals(model.focus(), model.asOf()) : null;
    }

    @Override
    Sketch layout(double width) {
        Sketch s = new Sketch();
        Font label = ChartInk.regular(ChartInk.LABEL, "");
        Font small = ChartInk.regular(ChartInk.SMALL, "");
        // the label column: seat, giver -> receiver; candidate beneath
        double labelCol = 0;
        long max = 1;
        double valueW = 0;
        for (OutcomesModel.Group g : model.groups()) {
            for (OutcomesModel.Deal d : g.withResults()) {
                labelCol =
                        Math.max(labelCol, FigureText.width(rowLabel(d), ChartInk.bold(ChartInk.LABEL, rowLabel(d))));
                if (d.candidate() != null) {
                    labelCol = Math.max(
                            labelCol, FigureText.width(d.candidate(), ChartInk.regular(ChartInk.SMALL, d.candidate())));
                }
                Outcome o = d.outcome();
                max = Math.max(max, Math.abs(o.margin()));
                max = Math.max(max, o.giverCouldBring() == null ? 0 : o.giverCouldBring());
                valueW = Math.max(valueW, FigureText.width(marginText(o), label));
                valueW = Math.max(
                        valueW, FigureText.width(giverText(d.giver(), o), ChartInk.regular(ChartInk.SMALL, d.giver())));
            }
        }
        labelCol = Math.min(labelCol, width * 0.3);
        double x0 = labelCol + 12;
        valueW = Math.min(valueW, (width - x0) * 0.55);
        double maxBar = Math.max(30, width - x0 - valueW - 8);
        double unit = maxBar / max;
        boolean anyResults =
                model.groups().stream().anyMatch(g -> !g.withResults().isEmpty());

        double y = 0;
        for (OutcomesModel.Group g : model.groups()) {
            String head = g.receiver() + " as beneficiary \u00b7 " + g.election() + ": "
                    + (g.withResults().isEmpty() ? "no results for its deals" : tally(g));
            Font hf = ChartInk.bold(ChartInk.HEAD, head);
            s.rule(0, y, width, y, Ink.GRID, 1f, false);
            y += 5 + FigureText.ascent(hf);
            s.text(FigureText.fit(head, hf, width), hf, 0, y, Ink.FOREGROUND);
            y += FigureText.lineHeight(hf) - FigureText.ascent(hf) + 2;
            if (!g.withoutResults().isEmpty()) {
                List<String> items = g.withoutResults().stream()
                        .map(d -> d.seat() + " (from " + d.giver() + ")")
                        .toList();
                String intro = g.withoutResults().size() == 1
                        ? "No results for 1 deal: "
                        : "No results for " + g.withoutResults().size() + " deals: ";
                y = s.introduced(intro, items, small, width, y);
            }
            for (OutcomesModel.Deal d : g.withResults()) {
                y += 6;
                y = row(s, d, y, labelCol, x0, unit, width);
            }
            y += 8;
        }
        if (anyResults) {
            y += 2;
            s.rule(x0, y, x0 + maxBar, y, Ink.MUTED, 1f, false);
            double tickBase = y + 4 + FigureText.ascent(small);
            for (long v : ChartInk.ticks(max, maxBar, 70)) {
                double x = x0 + v * unit;
                s.rule(x, y, x, y + 4, Ink.MUTED, 1f, false);
                String t = ChartInk.number(v);
                double tw = FigureText.width(t, small);
                s.text(t, small, Math.min(Math.max(0, x - tw / 2), width - tw), tickBase, Ink.MUTED);
            }
            y = tickBase + FigureText.lineHeight(small) - FigureText.ascent(small) + 2;
            String axis = "votes (margin over the runner-up, or behind the winner; votes of the withdrawing party)";
            s.text(FigureText.fit(axis, label, width - x0), label, x0, y + FigureText.ascent(label), Ink.FOREGROUND);
        }
        return s;
    }

    /** {@code 3 won (2 decisive, 1 not needed), 1 lost}: the deals with results of one group by effect. */
    static String tally(OutcomesModel.Group g) {
        long decisive = g.withResults().stream()
                .filter(d -> d.outcome().effect() == DealEffect.DECISIVE)
                .count();
        long notNeeded = g.withResults().stream()
                .filter(d -> d.outcome().effect() == DealEffect.NOT_NEEDED)
                .count();
        List<String> parts = new ArrayList<>();
        if (decisive > 0) {
            parts.add(decisive + " decisive");
        }
        if (notNeeded > 0) {
            parts.add(notNeeded + " not needed");
        }
        long unknown = g.won() - decisive - notNeeded;
        if (unknown > 0 && !parts.isEmpty()) {
            parts.add(unknown + " unknown");
        }
        return g.won() + " won" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")") + ", " + g.lost()
                + " lost (failed)";
    }

    private static String rowLabel(OutcomesModel.Deal d) {
        return d.seat() + ": " + d.giver() + " for " + d.receiver();
    }

    /** One deal: label column, margin bar, giver bar; returns the y under it. */
    private double row(
            Sketch s, OutcomesModel.Deal d, double y, double labelCol, double x0, double unit, double width) {
        Outcome o = d.outcome();
        String lab = rowLabel(d);
        Font lf = ChartInk.bold(ChartInk.LABEL, lab);
        Font small = ChartInk.regular(ChartInk.SMALL, d.candidate() == null ? "" : d.candidate());
        Font label = ChartInk.regular(ChartInk.LABEL, "");
        s.text(FigureText.fit(lab, lf, labelCol), lf, 0, y + FigureText.ascent(lf), Ink.FOREGROUND);
        if (d.candidate() != null) {
            s.text(
                    FigureText.fit(d.candidate(), small, labelCol),
                    small,
                    0,
                    y + FigureText.lineHeight(lf) + FigureText.ascent(small),
                    Ink.MUTED);
        }
        Party receiver = model.parties().get(d.receiver());
        Party giver = model.parties().get(d.giver());
        double mw = Math.max(1.5, Math.abs(o.margin()) * unit);
        Rectangle2D mr = new Rectangle2D.Double(x0, y + 1, mw, MARGIN_BAR);
        if (o.won()) {
            s.box(mr, ChartInk.fill(receiver), ChartInk.hatched(receiver), Ink.FOREGROUND);
        } else {
            s.box(mr, null, false, ChartInk.fill(receiver));
            s.box(
                    new Rectangle2D.Double(x0 + 1, y + 2, Math.max(0, mw - 2), MARGIN_BAR - 2),
                    null,
                    false,
                    ChartInk.fill(receiver));
        }
        s.text(
                FigureText.fit(marginText(o), label, width - x0 - mw - 5),
                label,
                x0 + mw + 5,
                y + 1 + MARGIN_BAR / 2 + FigureText.ascent(label) / 2 - 1,
                Ink.FOREGROUND);
        double gy = y + 1 + MARGIN_BAR + 3;
        String gt = giverText(d.giver(), o);
        Font gf = o.giverCouldDecide() ? ChartInk.bold(ChartInk.SMALL, gt) : ChartInk.regular(ChartInk.SMALL, gt);
        double gw = o.giverCouldBring() == null ? 0 : Math.max(1.5, o.giverCouldBring() * unit);
        if (gw > 0 && o.estimated()) {
            s.box(new Rectangle2D.Double(x0, gy, gw, GIVER_BAR), null, false, ChartInk.fill(giver));
        } else if (gw > 0) {
            s.box(new Rectangle2D.Double(x0, gy, gw, GIVER_BAR), ChartInk.fill(giver), true, Ink.FOREGROUND);
        }
        s.text(
                FigureText.fit(gt, gf, width - x0 - gw - 5),
                gf,
                x0 + gw + 5,
                gy + GIVER_BAR / 2 + FigureText.ascent(gf) / 2 - 1,
                Ink.FOREGROUND);
        s.rule(x0, y - 1, x0, gy + GIVER_BAR + 1, Ink.MUTED, 1f, false);
        double labelBottom = y + FigureText.lineHeight(lf) + (d.candidate() == null ? 0 : FigureText.lineHeight(small));
        return Math.max(gy + GIVER_BAR + 2, labelBottom);
    }
}
