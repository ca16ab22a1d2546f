package org.allianceexplorer.charts.model;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.ChartRepository.SeatCount;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * Seats won per party in an assembly, with the majority as a dashed line. Above the parties, one stacked
 * bar per alliance in force on the as-of day (its members' seats, in their colours, named inside where they
 * fit) against the same line; each alliance has a letter, printed in a badge after the seats of every
 * member party, so membership is read from letters, not from colour.
 */
public final class ResultsFigure extends ChartFigure<ResultsModel> {

    /** Alliance badge colours (Okabe-Ito, safe for colour-blind readers); the letter carries the meaning. */
    static final Color[] BADGES = {
        new Color(0xE69F00),
        new Color(0x56B4E9),
        new Color(0x009E73),
        new Color(0xF0E442),
        new Color(0xCC79A7),
        new Color(0xD55E00)
    };

    private static final double BAR = 16;
    private static final double BADGE = 15;

    public ResultsFigure(ResultsModel model) {
        super(ChartKind.RESULTS, model, title(model), subtitle(model), legend(model), credits(model));
    }

    @Override
    List<String> columns() {
        return List.of("election", "assembly", "party", "seats", "majority", "alliance_letters", "alliances");
    }

    /**
     * One row per party (or results label) plotted: election, assembly, seats won, the assembly's majority
     * (the dashed line) and the letters and names of the alliances the party is marked with.
     */
    @Override
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        String election = model.coverage() == null ? "" : model.coverage().electionName();
        String assembly = model.assembly() == null ? "" : model.assembly().code();
        String majority = model.assembly() == null
                ? ""
                : ChartQueries.cell(model.assembly().majority());
        for (SeatCount sc : model.seats()) {
            List<String> letters = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (ResultsModel.AllianceSeats a : model.alliances()) {
                if (a.members().stream().anyMatch(m -> m.label().equals(sc.label()))) {
                    letters.add(String.valueOf(a.letter()));
                    names.add(a.alliance().name());
                }
            }
            rows.add(List.of(
                    election,
                    assembly,
                    sc.label(),
                    Integer.toString(sc.seats()),
                    majority,
                    String.join("; ", letters),
                    String.join("; ", names)));
        }
        return rows;
    }

    private static String assemblyName(ResultsModel m) {
        return m.assembly() == null ? "the assembly" : m.assembly().name();
    }

    private static String title(ResultsModel m) {
        if (m.coverage() == null) {
            return "Seats won in " + assemblyName(m) + ": no results";
        }
        return "Seats won per party in the " + assemblyName(m) + ", "
                + m.coverage().electionName();
    }

    private static String subtitle(ResultsModel m) {
        if (m.coverage() == null) {
            return "The database has no results for " + assemblyName(m)
                    + (m.asOf() == null ? "." : " from an election held by " + ChartInk.day(m.asOf()) + ".");
        }
        Assembly a = m.assembly();
        StringBuilder b = new StringBuilder();
        b.append("Seats won (winners in the results) per party. The results cover ")
                .append(m.coverage().seats())
                .append(" seats");
        if (a != null && a.totalSeats() != null && m.coverage().seats() < a.totalSeats()) {
            b.append(" of ").append(a.totalSeats());
            if (a.generalSeats() != null && m.coverage().seats() <= a.generalSeats()) {
                b.append(": the ")
                        .append(a.generalSeats())
                        .append(" general seats only; the ")
                        .append(a.totalSeats() - a.generalSeats())
                        .append(" reserved seats are not in the results");
            }
        }
        b.append('.');
        if (a != null && a.majority() != null) {
            b.append(" Dashed line: majority, ")
                    .append(a.majority())
                    .append(a.totalSeats() == null ? " seats." : " of " + a.totalSeats() + " seats.");
        }
        if (!m.alliances().isEmpty()) {
            b.append(" Alliances in force ")
                    .append(m.asOf() == null ? "now (no end date)" : "on " + ChartInk.day(m.asOf()))
                    .append(": a letter after a party's seats marks its membership.");
        }
        return b.toString();
    }

    private static List<LegendEntry> legend(ResultsModel m) {
        List<LegendEntry> out = new ArrayList<>();
        for (ResultsModel.AllianceSeats a : m.alliances()) {
            out.add(new LegendEntry(
                    a.letter() + ": " + a.alliance().name(), BADGES[a.letter() - 'A'], LegendEntry.Swatch.SQUARE));
        }
        if (m.assembly() != null && m.assembly().majority() != null && m.coverage() != null) {
            out.add(new LegendEntry(
                    "majority (" + m.assembly().majority() + " seats)",
                    Ink.FOREGROUND,
                    LegendEntry.Swatch.DASHED_LINE));
        }
        out.addAll(ChartInk.partyKeys(m.seats().stream().map(SeatCount::label).toList(), m.parties()));
        return out;
    }

    private static List<String> credits(ResultsModel m) {
        List<String> out = new ArrayList<>();
        ChartText.cite(out, "Results", m.resultOutlets(), "");
        ChartText.cite(out, "Alliance memberships", m.allianceOutlets(), "");
        out.add("Bars in party colours from the data (hatched grey: none in the data). Figure: Alliance Explorer.");
        return out;
    }

    @Override
    String nothingToShow() {
        return model.coverage() == null || model.seats().isEmpty() ? "No results to show." : null;
    }

    @Override
    Sketch layout(double width) {
        Sketch s = new Sketch();
        Font label = ChartInk.regular(ChartInk.LABEL, "");
        Font small = ChartInk.regular(ChartInk.SMALL, "");
        Font head = ChartInk.bold(ChartInk.LABEL, "");
        Integer majority = model.assembly() == null ? null : model.assembly().majority();
        double labelCol = 0;
        for (SeatCount sc : model.seats()) {
            labelCol = Math.max(labelCol, FigureText.width(sc.label(), ChartInk.bold(ChartInk.LABEL, sc.label())));
        }
        for (ResultsModel.AllianceSeats a : model.alliances()) {
            labelCol = Math.max(
                    labelCol,
                    BADGE
                            + 6
                            + Math.min(
                                    220,
                                    FigureText.width(
                                            a.alliance().name(),
                                            ChartInk.regular(
                                                    ChartInk.LABEL, a.alliance().name()))));
        }
        labelCol = Math.min(labelCol, width * 0.3);
        double x0 = labelCol + 10;
        long max = majority == null ? 1 : majority;
        double valueW = 0;
        for (SeatCount sc : model.seats()) {
            max = Math.max(max, sc.seats());
            valueW = Math.max(
                    valueW,
                    FigureText.width(Integer.toString(sc.seats()), label)
                            + 6
                            + model.lettersOf(sc.label()).size() * (BADGE + 3));
        }
        for (ResultsModel.AllianceSeats a : model.alliances()) {
            max = Math.max(max, a.seats());
            // drawn bold (allianceRow): measured bold, so a label moved past the majority line still fits
            valueW = Math.max(valueW, FigureText.width(allianceValue(a, majority), ChartInk.bold(ChartInk.LABEL, "")));
        }
        valueW = Math.min(valueW, (width - x0) * 0.5);
        double maxBar = Math.max(40, width - x0 - valueW - 8);
        double unit = maxBar / max;

        double y = 0;
        double lineTop;
        // majority label above the plot
        if (majority != null) {
            String t = "majority: " + majority
                    + (model.assembly().totalSeats() == null
                            ? " seats"
                            : " of " + model.assembly().totalSeats() + " seats");
            double mx = x0 + majority * unit;
            double tw = FigureText.width(t, small);
            double tx = mx + 4 + tw <= width ? mx + 4 : Math.max(0, mx - 4 - tw);
            s.text(t, small, tx, FigureText.ascent(small), Ink.FOREGROUND);
            y = FigureText.lineHeight(small) + 2;
        }
        lineTop = y;
        if (!model.alliances().isEmpty()) {
            String h = "Alliances " + (model.asOf() == null ? "in force now" : "on " + ChartInk.day(model.asOf()))
                    + ": seats of their members";
            y += FigureText.ascent(head);
            s.text(FigureText.fit(h, head, x0 - 4 + maxBar * 0.5), head, 0, y, Ink.FOREGROUND);
            y += FigureText.lineHeight(head) - FigureText.ascent(head) + 4;
            for (ResultsModel.AllianceSeats a : model.alliances()) {
                y = allianceRow(s, a, y, labelCol, x0, unit, majority, width) + 6;
            }
            y += 4;
        }
        String h = "Seats won per party";
        y += FigureText.ascent(head);
        s.text(h, head, 0, y, Ink.FOREGROUND);
        y += FigureText.lineHeight(head) - FigureText.ascent(head) + 4;
        for (SeatCount sc : model.seats()) {
            Party p = model.parties().get(sc.label());
            Font lf = ChartInk.bold(ChartInk.LABEL, sc.label());
            double baseline = y + BAR / 2 + FigureText.ascent(lf) / 2 - 1;
            s.textRight(FigureText.fit(sc.label(), lf, labelCol), lf, labelCol, baseline, Ink.FOREGROUND);
            double w = Math.max(1.5, sc.seats() * unit);
            s.box(new Rectangle2D.Double(x0, y, w, BAR), ChartInk.fill(p), ChartInk.hatched(p), Ink.FOREGROUND);
            String n = Integer.toString(sc.seats());
            double tx = clearOfMajority(
                    x0 + w + 5,
                    FigureText.width(n, label) + 6 + model.lettersOf(sc.label()).size() * (BADGE + 3),
                    x0,
                    unit,
                    majority);
            s.haloText(n, label, tx, y + BAR / 2 + FigureText.ascent(label) / 2 - 1, Ink.FOREGROUND);
            tx += FigureText.width(n, label) + 6;
            for (char c : model.lettersOf(sc.label())) {
                if (tx + BADGE > width) {
                    break;
                }
                Font bf = ChartInk.bold(ChartInk.SMALL, "");
                s.badge(
                        new Rectangle2D.Double(tx, y + (BAR - BADGE) / 2, BADGE, BADGE),
                        BADGES[c - 'A'],
                        String.valueOf(c),
                        bf);
                tx += BADGE + 3;
            }
            y += BAR + 5;
        }
        double plotBottom = y;
        if (majority != null) {
            double mx = x0 + majority * unit;
            s.underlay(mx, lineTop, mx, plotBottom, Ink.FOREGROUND, 1.5f, true);
        }
        s.underlay(x0, lineTop, x0, plotBottom, Ink.MUTED, 1f, false);
        y += 2;
        s.rule(x0, y, x0 + maxBar, y, Ink.MUTED, 1f, false);
        double tickBase = y + 4 + FigureText.ascent(small);
        for (long v : ChartInk.ticks(max, maxBar, 40)) {
            double x = x0 + v * unit;
            s.rule(x, y, x, y + 4, Ink.MUTED, 1f, false);
            s.textCentred(Long.toString(v), small, x, tickBase, Ink.MUTED);
        }
        y = tickBase + FigureText.lineHeight(small) - FigureText.ascent(small) + 2;
        String axis = "seats won (" + model.totalSeats() + " seats with a winner in the results)";
        s.text(FigureText.fit(axis, label, width - x0), label, x0, y + FigureText.ascent(label), Ink.FOREGROUND);
        return s;
    }

    /**
     * Where a label that would start at {@code x} goes so that the majority line does not run through it:
     * where it is, or just past the line when the line falls inside it.
     */
    static double clearOfMajority(double x, double labelWidth, double x0, double unit, Integer majority) {
        if (majority == null) {
            return x;
        }
        double mx = x0 + majority * unit;
        return x <= mx + 1 && x + labelWidth >= mx - 1 ? mx + 5 : x;
    }

    private static String allianceValue(ResultsModel.AllianceSeats a, Integer majority) {
        String t = ChartInk.seats(a.seats());
        if (majority == null) {
            return t;
        }
        return a.seats() >= majority ? t + ": a majority" : t + ": " + (majority - a.seats()) + " short";
    }

    /** An alliance: badge and name (up to two lines), its members' seats stacked, the total. */
    private double allianceRow(
            Sketch s,
            ResultsModel.AllianceSeats a,
            double y,
            double labelCol,
            double x0,
            double unit,
            Integer majority,
            double width) {
        Font bf = ChartInk.bold(ChartInk.SMALL, "");
        String name = a.alliance().name();
        Font nf = ChartInk.regular(ChartInk.LABEL, name);
        List<String> lines = FigureText.wrap(name, nf, labelCol - BADGE - 6);
        if (lines.size() > 2) {
            String second = String.join(" ", lines.subList(1, lines.size()));
            lines = List.of(lines.get(0), FigureText.fit(second, nf, labelCol - BADGE - 6));
        }
        double lh = FigureText.lineHeight(nf);
        double rowH = Math.max(BAR, lines.size() * lh);
        s.badge(
                new Rectangle2D.Double(0, y + (Math.min(rowH, lh + 2) - BADGE) / 2, BADGE, BADGE),
                BADGES[a.letter() - 'A'],
                String.valueOf(a.letter()),
                bf);
        for (int i = 0; i < lines.size(); i++) {
            s.text(lines.get(i), nf, BADGE + 6, y + i * lh + FigureText.ascent(nf), Ink.FOREGROUND);
        }
        double by = y + (rowH - BAR) / 2;
        double x = x0;
        Font seg = ChartInk.bold(ChartInk.SMALL, "");
        for (SeatCount m : a.members()) {
            Party p = model.parties().get(m.label());
            double w = m.seats() * unit;
            Rectangle2D r = new Rectangle2D.Double(x, by, w, BAR);
            s.box(r, ChartInk.fill(p), ChartInk.hatched(p), Ink.FOREGROUND);
            Font mf = ChartInk.bold(ChartInk.SMALL, m.label());
            if (FigureText.width(m.label(), mf) + 6 <= w) {
                Color fill = ChartInk.hatched(p) ? null : ChartInk.colour(p);
                double tb = by + BAR / 2 + FigureText.ascent(mf) / 2 - 1;
                if (fill == null) {
                    // on a hatch, a plain box behind the name keeps it legible
                    double tw = FigureText.width(m.label(), mf);
                    s.box(
                            new Rectangle2D.Double(x + w / 2 - tw / 2 - 2, by + 2, tw + 4, BAR - 4),
                            Ink.SURFACE,
                            false,
                            null);
                    s.textCentred(m.label(), mf, x + w / 2, tb, Ink.FOREGROUND);
                } else {
                    s.textOn(m.label(), mf, x + w / 2 - FigureText.width(m.label(), mf) / 2, tb, fill);
                }
            }
            x += w;
        }
        String v = allianceValue(a, majority);
        Font vf = seg.deriveFont(ChartInk.LABEL);
        double vx = clearOfMajority(x + 5, FigureText.width(v, vf), x0, unit, majority);
        s.haloText(
                FigureText.fit(v, vf, width - vx),
                vf,
                vx,
                by + BAR / 2 + FigureText.ascent(vf) / 2 - 1,
                Ink.FOREGROUND);
        return y + rowH;
    }
}
