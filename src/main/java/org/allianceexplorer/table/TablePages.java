package org.allianceexplorer.table;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.util.List;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.Pages;

/**
 * A table on paper: the rows shown (filtered, in their order) with the visible columns, their widths in the
 * proportions the screen gives them, the header row on every page, and a footer with the title, the credits line
 * and the page's number. A cell too long for its column is cut with an ellipsis, as on screen.
 */
public final class TablePages implements Pages {

    static final double ROW = 16;
    static final double HEADER = 20;
    static final double FOOTER = 18;
    private static final Font CELL = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 9);

    private final String title;
    private final String credits;
    private final List<String> headers;
    private final double[] widths;
    private final List<List<String>> rows;

    /**
     * @param widths the columns' widths on screen (only their proportions count)
     * @param rows   the cells' text, row by row, as many as {@code headers}
     */
    public TablePages(String title, String credits, List<String> headers, double[] widths, List<List<String>> rows) {
        this.title = title;
        this.credits = credits == null ? "" : credits.strip();
        this.headers = List.copyOf(headers);
        this.widths = widths.clone();
        this.rows = List.copyOf(rows);
    }

    @Override
    public String title() {
        return title;
    }

    /** Rows that fit on a page of this height, under the header and above the footer (at least one). */
    int rowsPerPage(double height) {
        return Math.max(1, (int) ((height - HEADER - FOOTER) / ROW));
    }

    @Override
    public int count(double width, double height) {
        return Math.max(1, (rows.size() + rowsPerPage(height) - 1) / rowsPerPage(height));
    }

    /** The header row (tests). */
    List<String> headers() {
        return headers;
    }

    /** The cells' text, row by row (tests). */
    List<List<String>> rowTexts() {
        return rows;
    }

    /** The rows on page {@code page}: from (inclusive), to (exclusive). */
    int[] rowsOn(int page, double height) {
        int per = rowsPerPage(height);
        int from = Math.min(rows.size(), page * per);
        return new int[] {from, Math.min(rows.size(), from + per)};
    }

    @Override
    public void paint(Graphics2D g, int page, double width, double height, FigureStyle style) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        double[] x = new double[widths.length + 1];
        for (int c = 0; c < widths.length; c++) {
            x[c + 1] = x[c] + (total <= 0 ? width / widths.length : widths[c] / total * width);
        }
        Color ink = style.foreground();
        Color rule = style.grid();
        g.setColor(ink);
        g.setFont(BOLD);
        FontMetrics bold = g.getFontMetrics();
        for (int c = 0; c < headers.size(); c++) {
            g.drawString(fit(headers.get(c), bold, x[c + 1] - x[c] - 6), (float) (x[c] + 3), (float) (HEADER - 6));
        }
        g.setColor(rule);
        g.draw(new Line2D.Double(0, HEADER - 1, width, HEADER - 1));
        g.setFont(CELL);
        FontMetrics cell = g.getFontMetrics();
        int[] range = rowsOn(page, height);
        double y = HEADER;
        for (int r = range[0]; r < range[1]; r++) {
            List<String> row = rows.get(r);
            g.setColor(ink);
            for (int c = 0; c < Math.min(row.size(), headers.size()); c++) {
                g.drawString(fit(row.get(c), cell, x[c + 1] - x[c] - 6), (float) (x[c] + 3), (float) (y + ROW - 5));
            }
            y += ROW;
            g.setColor(rule);
            g.draw(new Line2D.Double(0, y, width, y));
        }
        g.setColor(ink);
        String left = credits.isEmpty() ? title : title + " \u00b7 " + credits;
        String right = (page + 1) + " / " + count(width, height);
        float base = (float) (height - 5);
        g.drawString(fit(left, cell, width - cell.stringWidth(right) - 12), 0f, base);
        g.drawString(right, (float) (width - cell.stringWidth(right)), base);
    }

    /** The text cut with an ellipsis to fit {@code room} pixels. */
    static String fit(String text, FontMetrics m, double room) {
        if (text == null) {
            return "";
        }
        if (m.stringWidth(text) <= room) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && m.stringWidth(t + "\u2026") > room) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? "" : t + "\u2026";
    }
}
