package org.allianceexplorer.charts.model;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic.Coalition;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic.Seats;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * Coalition arithmetic: one row per coalition (the governing one first, outlined, then the smallest minimal
 * winning ones), a bar of its members' seats in their colours against the majority line, its seats and surplus
 * at the end, and the rival pairs within it beneath.
 */
public final class CoalitionsFigure extends ChartFigure<CoalitionsModel> {

    private static final double BAR = 16;

    public CoalitionsFigure(CoalitionsModel model) {
        super(ChartKind.COALITIONS, model, title(model), subtitle(model), legend(model), credits(model));
    }

    @Override
    List<String> columns() {
        return List.of("rank", "parties", "size", "seats", "majority", "surplus", "governing", "seats_won", "rivals");
    }

    /**
     * One row per coalition drawn; rank among the minimal winning coalitions (empty for a governing coalition that
     * is not one).
     */
    @Override
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (CoalitionsModel.Row r : model.shown()) {
            Coalition c = r.coalition();
            rows.add(List.of(
                    r.rank() == 0 ? "" : Integer.toString(r.rank()),
                    String.join(";", c.parties()),
                    Integer.toString(c.size()),
                    Integer.toString(c.seats()),
                    Integer.toString(c.majority()),
                    Integer.toString(c.surplus()),
                    r.governing() ? "yes" : "no",
                    Integer.toString(model.inputs().wonBy(c.parties())),
                    String.join(";", r.rivalPairs())));
        }
        return rows;
    }

    private static String title(CoalitionsModel m) {
        return "Coalition arithmetic: " + m.inputs().assembly().name() + ", "
                + m.inputs().election().name();
    }

    private static String subtitle(CoalitionsModel m) {
        CoalitionsModel.Inputs in = m.inputs();
        StringBuilder sb = new StringBuilder("Majority ")
                .append(in.majority())
                .append(" of ")
                .append(in.total())
                .append(" seats; seats from ")
                .append(in.basis())
                .append(in.splitsWon() ? " (the general seats won at the polls in brackets)" : "")
                .append(". ");
        int minimal = (int) m.shown().stream().filter(r -> r.rank() > 0).count();
        if (m.shown().stream().anyMatch(CoalitionsModel.Row::governing)) {
            sb.append("The governing coalition in force, then ");
        }
        sb.append(
                        m.count() == 0
                                ? "no"
                                : (minimal == m.count() ? "all " : "the " + minimal + " smallest of ")
                                        + ChartInk.number(m.count()))
                .append(m.count() == 1 ? " minimal winning coalition" : " minimal winning coalitions")
                .append(" (each member needed for the majority)")
                .append(m.with() == null ? "" : " with " + m.with())
                .append("; rivals within a coalition are named beneath it.");
        return sb.toString();
    }

    private static List<LegendEntry> legend(CoalitionsModel m) {
        List<LegendEntry> out = new ArrayList<>();
        out.add(new LegendEntry("majority line", Ink.FOREGROUND, LegendEntry.Swatch.DASHED_LINE));
        if (m.shown().stream().anyMatch(CoalitionsModel.Row::governing)) {
            out.add(new LegendEntry(
                    "governing coalition in force (outlined)", Ink.FOREGROUND, LegendEntry.Swatch.OUTLINED_BOX));
        }
        Set<String> shown = new LinkedHashSet<>();
        m.shown().forEach(r -> shown.addAll(r.coalition().parties()));
        out.addAll(ChartInk.partyKeys(shown, m.parties()));
        return out;
    }

    private static List<String> credits(CoalitionsModel m) {
        Set<String> outlets = new LinkedHashSet<>();
        for (Source s : m.sources()) {
            outlets.add(s.outlet());
        }
        return ChartText.credits(
                "Results",
                List.copyOf(outlets),
                "Seats, majority and governing coalition: the records of the database. Figure: Alliance Explorer.");
    }

    /** {@code PML-N 123 (75 won)}: a party's seats for the seat line. */
    static String seatText(CoalitionsModel.Inputs in, Seats s) {
        return s.party() + " " + s.seats() + (in.splitsWon() ? " (" + in.won().getOrDefault(s.party(), 0) + ")" : "");
    }

    @Override
    String nothingToShow() {
        return null; // the seats are always there to show (without them there is no model)
    }

    @Override
    Sketch layout(double width) {
        Sketch s = new Sketch();
        CoalitionsModel.Inputs in = model.inputs();
        Font small = ChartInk.regular(ChartInk.SMALL, "");
        Font label = ChartInk.regular(ChartInk.LABEL, "");
        // the seats of every party, wrapped
        List<String> items = new ArrayList<>();
        for (Seats x : in.seats()) {
            items.add(seatText(in, x));
        }
        String intro = "Seats: ";
        double y = 0;
        y = s.introduced(intro, items, small, width, y);
        y += 14;
        if (model.shown().isEmpty()) {
            int held = in.seats().stream().mapToInt(Seats::seats).sum();
            String none = "No coalition reaches the majority of " + in.majority()
                    + (model.with() == null ? "" : " with " + model.with()) + ": " + held + " of " + in.total()
                    + " seats are recorded.";
            y += FigureText.ascent(label);
            s.text(FigureText.fit(none, label, width), label, 0, y, Ink.MUTED);
            s.extend(y + FigureText.lineHeight(label) - FigureText.ascent(label) + 4);
            return s;
        }
        // label column: the coalition's parties
        double labelCol = 0;
        for (CoalitionsModel.Row r : model.shown()) {
            String t = rowLabel(r);
            labelCol = Math.max(labelCol, FigureText.width(t, ChartInk.bold(ChartInk.LABEL, t)));
        }
        labelCol = Math.min(labelCol, width * 0.34);
        double x0 = labelCol + 10;
        String widest = ChartInk.number(in.total()) + " seats, +" + in.total();
        double valueW = FigureText.width(widest, label) + 8;
        double maxBar = Math.max(60, width - x0 - valueW);
        int max = in.majority();
        for (CoalitionsModel.Row r : model.shown()) {
            max = Math.max(max, r.coalition().seats());
        }
        double unit = maxBar / (max * 1.02);
        double majorityX = x0 + in.majority() * unit;
        String mLabel = "majority " + in.majority();
        double top = y;
        s.text(
                mLabel,
                small,
                Math.min(majorityX - FigureText.width(mLabel, small) / 2, width - FigureText.width(mLabel, small)),
                y + FigureText.ascent(small),
                Ink.FOREGROUND);
        y += FigureText.lineHeight(small) + 4;
        double barsTop = y;
        Map<String, Party> parties = model.parties();
        for (CoalitionsModel.Row r : model.shown()) {
            Coalition c = r.coalition();
            String lab = rowLabel(r);
            Font lf = r.governing() ? ChartInk.bold(ChartInk.LABEL, lab) : ChartInk.regular(ChartInk.LABEL, lab);
            s.text(
                    FigureText.fit(lab, lf, labelCol),
                    lf,
                    0,
                    y + BAR / 2 + FigureText.ascent(lf) / 2 - 1,
                    Ink.FOREGROUND);
            double x = x0;
            for (String p : c.parties()) {
                int seats = in.seats().stream()
                        .filter(q -> q.party().equals(p))
                        .mapToInt(Seats::seats)
                        .sum();
                double w = seats * unit;
                Party party = parties.get(p);
                Rectangle2D seg = new Rectangle2D.Double(x, y, Math.max(1, w), BAR);
                s.box(seg, ChartInk.fill(party), ChartInk.hatched(party), Ink.FOREGROUND);
                String t = w > FigureText.width(p + " " + seats, small) + 8
                        ? p + " " + seats
                        : w > FigureText.width(p, small) + 8 ? p : null;
                double ty = y + BAR / 2 + FigureText.ascent(small) / 2 - 1;
                if (t != null && ChartInk.hatched(party)) {
                    // on the hatch, on a patch of background so it reads
                    s.haloText(t, small, x + 4, ty, Ink.FOREGROUND);
                } else if (t != null) {
                    s.textOn(t, small, x + 3, ty, ChartInk.colour(party));
                }
                x += w;
            }
            if (r.governing()) {
                s.box(new Rectangle2D.Double(x0 - 1.5, y - 1.5, x - x0 + 3, BAR + 3), null, false, Ink.FOREGROUND);
            }
            String value = c.seats() + " seats, " + (c.surplus() >= 0 ? "+" : "") + c.surplus();
            s.text(value, label, x + 6, y + BAR / 2 + FigureText.ascent(label) / 2 - 1, Ink.FOREGROUND);
            y += BAR;
            if (!r.rivalPairs().isEmpty()) {
                String riv = "rivals within: " + String.join(", ", r.rivalPairs());
                y += 2 + FigureText.ascent(small);
                s.text(FigureText.fit(riv, small, width - x0), small, x0, y, Ink.MUTED);
                y += FigureText.lineHeight(small) - FigureText.ascent(small);
            }
            y += 7;
        }
        s.rule(majorityX, barsTop - 3, majorityX, y - 3, Ink.FOREGROUND, 1.2f, true);
        s.rule(x0, top - 2, x0, y - 3, Ink.MUTED, 1f, false);
        s.extend(y);
        return s;
    }

    private static String rowLabel(CoalitionsModel.Row r) {
        return (r.governing() ? "Governing: " : "")
                + String.join(" + ", r.coalition().parties());
    }
}
