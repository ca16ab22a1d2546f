package org.allianceexplorer.charts.model;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * The seat-deal ledger as a diverging bar chart: per election and party pair, the seats the first-named
 * party gave to the left of the zero line and the seats it received to the right, each bar in the colour
 * of the party that gave them (hatched grey where the data has none), with the seat codes beneath it.
 */
public final class LedgerFigure extends ChartFigure<LedgerModel> {

    private static final double BAR = 18;
    private static final double GAP = 6;
    private static final int MAX_LIST_LINES = 4;
    /**
     * Pairs drawn at the most; the rest are counted beneath them (the data CSV lists them all). A million deals make
     * thousands of pairs: drawing each froze the window for minutes.
     */
    static final int MAX_ROWS = 40;

    public LedgerFigure(LedgerModel model) {
        super(ChartKind.LEDGER, model, title(model), subtitle(model), legend(model), credits(model));
    }

    @Override
    List<String> columns() {
        return List.of("election", "giver", "receiver", "seats", "seat_codes");
    }

    /** One row per election, pair and direction: who gave whom how many seats, and which. */
    @Override
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (LedgerModel.Row r : model.rows()) {
            rows.add(gave(r.election(), r.first(), r.second(), r.firstGave()));
            rows.add(gave(r.election(), r.second(), r.first(), r.secondGave()));
        }
        return rows;
    }

    /** A row of the data: what {@code giver} gave {@code receiver} at {@code election}. */
    private static List<String> gave(String election, String giver, String receiver, List<String> seats) {
        return List.of(election, giver, receiver, Integer.toString(seats.size()), String.join("; ", seats));
    }

    private static String title(LedgerModel m) {
        String who = ChartText.who(
                m.focus(),
                "Seat-deal ledger of all parties",
                "Seat-deal ledger of %s with its partners",
                "Seat-deal ledger: ");
        return who + ", " + ChartText.when(m.election(), m.rows().stream().map(LedgerModel.Row::election));
    }

    private static String subtitle(LedgerModel m) {
        return "Seats given (left) and received (right) in seat deals by the first-named party of each row, per election;"
                + " the seat codes are listed under each bar. " + ChartText.countedRule(m.asOf());
    }

    private static List<LegendEntry> legend(LedgerModel m) {
        Set<String> shown = new LinkedHashSet<>();
        for (LedgerModel.Row r : m.rows()) {
            shown.add(r.first());
            shown.add(r.second());
        }
        return ChartInk.partyKeys(shown, m.parties());
    }

    private static List<String> credits(LedgerModel m) {
        return ChartText.credits(
                "Seat-deal claims",
                m.outlets(),
                "Bar colour: the party that gave the seats (party colours from the data). Figure: Alliance Explorer.");
    }

    private static String gave(String party, int n) {
        return party + (n == 0 ? " gave none" : " gave " + ChartInk.seats(n));
    }

    @Override
    String nothingToShow() {
        return model.rows().isEmpty() ? ChartText.noDeals(model.focus(), model.asOf()) : null;
    }

    /** The zero line's position, as in {@link #layout}. */
    @Override
    double noticeCentre(double width) {
        return Math.round(width / 2);
    }

    @Override
    Sketch layout(double width) {
        Sketch s = new Sketch();
        Font head = ChartInk.bold(ChartInk.HEAD, "");
        Font label = ChartInk.regular(ChartInk.LABEL, "");
        Font small = ChartInk.regular(ChartInk.SMALL, "");
        double cx = Math.round(width / 2);
        double half = cx - 2;
        double labelW = 0;
        int max = 1;
        List<LedgerModel.Row> drawn =
                model.rows().subList(0, Math.min(MAX_ROWS, model.rows().size()));
        for (LedgerModel.Row r : drawn) {
            labelW = Math.max(
                    labelW, FigureText.width(gave(r.first(), r.firstGave().size()), labelFont(r.first())));
            labelW = Math.max(
                    labelW, FigureText.width(gave(r.second(), r.secondGave().size()), labelFont(r.second())));
            max = Math.max(max, Math.max(r.firstGave().size(), r.secondGave().size()));
        }
        labelW = Math.min(labelW, half * 0.6);
        double maxBar = Math.max(20, half - labelW - 8);
        double unit = maxBar / max;

        // column headings
        String first = model.focus().isEmpty()
                ? "the first-named party"
                : model.focus().get(0);
        double y = FigureText.ascent(head);
        s.textRight(
                FigureText.fit("\u00ab seats given by " + first, head, half - GAP), head, cx - GAP, y, Ink.FOREGROUND);
        s.text(
                FigureText.fit("seats received by " + first + " \u00bb", head, half - GAP),
                head,
                cx + GAP,
                y,
                Ink.FOREGROUND);
        y += FigureText.lineHeight(head) - FigureText.ascent(head) + 6;

        for (LedgerModel.Row r : drawn) {
            y += 8;
            String rowLabel = r.first() + " and " + r.second() + " \u00b7 " + r.election();
            Font rowFont = ChartInk.bold(ChartInk.LABEL, rowLabel);
            s.rule(0, y, width, y, Ink.GRID, 1f, false);
            y += 4 + FigureText.ascent(rowFont);
            s.text(FigureText.fit(rowLabel, rowFont, width), rowFont, 0, y, Ink.FOREGROUND);
            y += FigureText.lineHeight(rowFont) - FigureText.ascent(rowFont) + 4;
            double barTop = y;
            bar(s, r.first(), r.firstGave().size(), cx, y, unit, false);
            bar(s, r.second(), r.secondGave().size(), cx, y, unit, true);
            double baseline = y + BAR / 2 + FigureText.ascent(label) / 2 - 1;
            String left = gave(r.first(), r.firstGave().size());
            String right = gave(r.second(), r.secondGave().size());
            Font lf = labelFont(left);
            Font rf = labelFont(right);
            s.textRight(
                    FigureText.fit(left, lf, labelW),
                    lf,
                    cx - r.firstGave().size() * unit - 4,
                    baseline,
                    Ink.FOREGROUND);
            s.text(
                    FigureText.fit(right, rf, labelW),
                    rf,
                    cx + r.secondGave().size() * unit + 4,
                    baseline,
                    Ink.FOREGROUND);
            y += BAR + 3;
            List<String> ll = ChartInk.wrapItems(r.firstGave(), small, half - GAP, MAX_LIST_LINES);
            List<String> rl = ChartInk.wrapItems(r.secondGave(), small, half - GAP, MAX_LIST_LINES);
            double lh = FigureText.lineHeight(small);
            for (int i = 0; i < Math.max(ll.size(), rl.size()); i++) {
                double b = y + FigureText.ascent(small) + i * lh;
                if (i < ll.size()) {
                    s.textRight(ll.get(i), small, cx - GAP, b, Ink.FOREGROUND);
                }
                if (i < rl.size()) {
                    s.text(rl.get(i), small, cx + GAP, b, Ink.FOREGROUND);
                }
            }
            y += Math.max(ll.size(), rl.size()) * lh + 2;
            s.rule(cx, barTop - 3, cx, y, Ink.FOREGROUND, 1.25f, false);
        }

        int notDrawn = model.rows().size() - drawn.size();
        if (notDrawn > 0) {
            y += 6 + FigureText.ascent(small);
            s.text(
                    FigureText.fit(
                            String.format(
                                    Locale.ROOT,
                                    "\u2026 and %,d more pairs (%,d in all): choose a party or an election to see"
                                            + " them; the data CSV lists every pair",
                                    notDrawn,
                                    model.rows().size()),
                            small,
                            width),
                    small,
                    0,
                    y,
                    Ink.MUTED);
            y += FigureText.lineHeight(small) - FigureText.ascent(small);
        }

        // axis: seat counts both ways from the zero line
        y += 6;
        s.rule(cx - maxBar, y, cx + maxBar, y, Ink.MUTED, 1f, false);
        Font tick = ChartInk.regular(ChartInk.SMALL, "");
        double tickBase = y + 4 + FigureText.ascent(tick);
        for (long v : ChartInk.ticks(max, maxBar, 34)) {
            for (int side : v == 0 ? new int[] {0} : new int[] {-1, 1}) {
                double x = cx + side * v * unit;
                s.rule(x, y, x, y + 4, Ink.MUTED, 1f, false);
                s.textCentred(Long.toString(v), tick, x, tickBase, Ink.MUTED);
            }
        }
        y = tickBase + FigureText.lineHeight(tick) - FigureText.ascent(tick) + 2;
        String axis = "seats (deals in force): \u00ab given \u00b7 received \u00bb";
        s.textCentred(FigureText.fit(axis, label, width), label, cx, y + FigureText.ascent(label), Ink.FOREGROUND);
        return s;
    }

    private static Font labelFont(String text) {
        return ChartInk.regular(ChartInk.LABEL, text);
    }

    /** One side's bar: the giver's colour (hatched grey if none), a tick between seats when there is room. */
    private void bar(Sketch s, String giver, int n, double cx, double y, double unit, boolean right) {
        if (n == 0) {
            return;
        }
        Party p = model.parties().get(giver);
        double w = n * unit;
        double x = right ? cx : cx - w;
        s.box(new Rectangle2D.Double(x, y, w, BAR), ChartInk.fill(p), ChartInk.hatched(p), Ink.FOREGROUND);
        if (unit >= 6) {
            for (int k = 1; k < n; k++) {
                double sx = right ? cx + k * unit : cx - k * unit;
                s.rule(sx, y + 1, sx, y + BAR - 1, Ink.BACKGROUND, 1.5f, false);
            }
        }
    }
}
