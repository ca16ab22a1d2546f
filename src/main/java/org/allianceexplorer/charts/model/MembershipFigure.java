package org.allianceexplorer.charts.model;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * Alliance membership over time as small multiples on one year axis: a row per alliance, a bar per year
 * as tall as the number of member parties (one scale for every row), the number printed where it changes.
 */
public final class MembershipFigure extends ChartFigure<MembershipModel> {

    /** The bars' colour, the same in both themes and in print (no party colour applies to an alliance). */
    static final Color BAR = new Color(0x4C8DCB);

    private static final double ROW = 46;
    private static final double DIGITS = 13;

    public MembershipFigure(MembershipModel model) {
        super(ChartKind.MEMBERSHIP, model, title(model), subtitle(model), legend(), credits(model));
    }

    @Override
    List<String> columns() {
        return List.of("alliance", "year", "member_parties", "members");
    }

    /** One row per alliance and year with members (the bars): how many member parties, and which. */
    @Override
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (MembershipModel.Lane l : model.lanes()) {
            for (int i = 0; i < l.counts().length; i++) {
                if (l.counts()[i] > 0) {
                    rows.add(List.of(
                            l.alliance().name(),
                            Integer.toString(model.firstYear() + i),
                            Integer.toString(l.counts()[i]),
                            String.join("; ", l.members().get(i))));
                }
            }
        }
        return rows;
    }

    private static String title(MembershipModel m) {
        String who = m.focus().isEmpty()
                ? "Alliance membership over time"
                : "Alliances of " + String.join(" and ", m.focus()) + ": membership over time";
        return who + ", " + (m.lanes().isEmpty() ? m.lastYear() : m.firstYear() + "\u2013" + m.lastYear());
    }

    private static String subtitle(MembershipModel m) {
        String end = m.asOf() == null ? "the last year the data names (" + m.lastYear() + ")" : ChartInk.day(m.asOf());
        return "Number of member parties per alliance and year. Rule: a party counts in a year when its membership held on"
                + " any day of that year; memberships are clipped to the alliance's own dates, an unknown start is the"
                + " alliance's start, an open end runs to " + end + ". Bar height: member parties (tallest: " + m.max()
                + ")."
                + (m.undated() == 0
                        ? ""
                        : " " + m.undated() + (m.undated() == 1 ? " membership" : " memberships")
                                + " with no known start left out.");
    }

    private static List<LegendEntry> legend() {
        return List.of(new LegendEntry(
                "member parties in the year (bar height; the number is printed where it changes)",
                BAR,
                LegendEntry.Swatch.BOX));
    }

    private static List<String> credits(MembershipModel m) {
        return ChartText.credits("Alliance memberships", m.outlets(), "Figure: Alliance Explorer.");
    }

    @Override
    String nothingToShow() {
        return model.lanes().isEmpty() ? "No alliance memberships to show." : null;
    }

    @Override
    Sketch layout(double width) {
        Sketch s = new Sketch();
        Font label = ChartInk.regular(ChartInk.LABEL, "");
        Font small = ChartInk.regular(ChartInk.SMALL, "");
        double labelCol = 0;
        for (MembershipModel.Lane l : model.lanes()) {
            String n = l.alliance().name();
            labelCol = Math.max(labelCol, Math.min(240, FigureText.width(n, ChartInk.regular(ChartInk.LABEL, n))));
        }
        labelCol = Math.min(labelCol, width * 0.28);
        double x0 = labelCol + 10;
        int years = model.years();
        double col = (width - x0) / years;
        double gap = col >= 6 ? Math.min(3, col * 0.2) : 0;
        int max = Math.max(1, model.max());
        double yearW = FigureText.width("0000", small) + 8;
        int step = 1;
        for (int cand : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
            step = cand;
            if (col * cand >= yearW) {
                break;
            }
        }
        // the year axis above the rows as well as below: a tall chart is read from the top
        years(s, x0, col, step, FigureText.ascent(small), width, small);
        double top = FigureText.lineHeight(small) + 4;
        double y = top;
        for (MembershipModel.Lane l : model.lanes()) {
            String name = l.alliance().name();
            Font nf = ChartInk.regular(ChartInk.LABEL, name);
            List<String> lines = FigureText.wrap(name, nf, labelCol);
            if (lines.size() > 2) {
                lines = List.of(
                        lines.get(0), FigureText.fit(String.join(" ", lines.subList(1, lines.size())), nf, labelCol));
            }
            double lh = FigureText.lineHeight(nf);
            double rowH = Math.max(ROW, lines.size() * lh + 4);
            s.rule(0, y, width, y, Ink.GRID, 1f, false);
            double ty = y + (rowH - lines.size() * lh) / 2 + FigureText.ascent(nf);
            for (int i = 0; i < lines.size(); i++) {
                s.text(lines.get(i), nf, 0, ty + i * lh, Ink.FOREGROUND);
            }
            double barBottom = y + rowH - 3;
            double barSpace = rowH - 3 - DIGITS - 3;
            double lastRight = Double.NEGATIVE_INFINITY;
            int prev = 0;
            for (int i = 0; i < years; i++) {
                int c = l.counts()[i];
                double x = x0 + i * col;
                if (c > 0) {
                    double h = Math.max(1.5, barSpace * c / max);
                    s.box(
                            new Rectangle2D.Double(x + gap / 2, barBottom - h, Math.max(0.8, col - gap), h),
                            Ink.of(BAR),
                            false,
                            null);
                    if (c != prev) {
                        String t = Integer.toString(c);
                        double tw = FigureText.width(t, small);
                        double tx = Math.min(Math.max(x0, x + col / 2 - tw / 2), width - tw);
                        if (tx > lastRight + 2) {
                            s.text(t, small, tx, barBottom - h - 3, Ink.FOREGROUND);
                            lastRight = tx + tw;
                        }
                    }
                }
                prev = c;
            }
            y += rowH;
        }
        s.rule(0, y, width, y, Ink.GRID, 1f, false);
        // decade lines under the bars; the year axis
        for (int yr = model.firstYear(); yr <= model.lastYear(); yr++) {
            if (yr % 10 == 0) {
                double x = x0 + (yr - model.firstYear()) * col;
                s.underlay(x, top, x, y, Ink.GRID, 1f, false);
            }
        }
        for (int yr = model.firstYear(); yr <= model.lastYear(); yr++) {
            if (step == 1 || yr % step == 0) {
                double cx = x0 + (yr - model.firstYear() + 0.5) * col;
                s.rule(cx, y, cx, y + 3, Ink.MUTED, 1f, false);
                s.rule(cx, top - 3, cx, top, Ink.MUTED, 1f, false);
            }
        }
        double tickBase = y + 4 + FigureText.ascent(small);
        years(s, x0, col, step, tickBase, width, small);
        y = tickBase + FigureText.lineHeight(small) - FigureText.ascent(small) + 2;
        String axis = "year (bar: member parties that year)";
        s.text(FigureText.fit(axis, label, width - x0), label, x0, y + FigureText.ascent(label), Ink.FOREGROUND);
        return s;
    }

    /** The year labels of the axis on one baseline, every {@code step} years, kept inside the width. */
    private void years(Sketch s, double x0, double col, int step, double baseline, double width, Font small) {
        for (int yr = model.firstYear(); yr <= model.lastYear(); yr++) {
            if (step != 1 && yr % step != 0) {
                continue;
            }
            double cx = x0 + (yr - model.firstYear() + 0.5) * col;
            String t = Integer.toString(yr);
            double tw = FigureText.width(t, small);
            s.text(t, small, Math.min(Math.max(0, cx - tw / 2), width - tw), baseline, Ink.MUTED);
        }
    }
}
