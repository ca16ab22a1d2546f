package org.allianceexplorer.figure;

import java.awt.Graphics2D;

/**
 * What File > Print puts on paper: a number of pages of a given size and a painter for each, in CSS pixels (the
 * printer's dialog decides the paper; the printing code scales pixels to points). A figure is one page, scaled down
 * to the page when taller ({@link #of(Figure)}); a table is as many pages as its rows need.
 */
public interface Pages {

    /** What is printed, for the printer's queue and the notice. */
    String title();

    /** How many pages of {@code width} x {@code height} this takes (at least one). */
    int count(double width, double height);

    /** Paints page {@code page} (from 0) into a {@code width} x {@code height} area at the origin. */
    void paint(Graphics2D g, int page, double width, double height, FigureStyle style);

    /** A figure on one page: laid out at the page's width, scaled down to its height if taller. */
    static Pages of(Figure figure) {
        return new Pages() {
            @Override
            public String title() {
                return figure.info().title();
            }

            @Override
            public int count(double width, double height) {
                return 1;
            }

            @Override
            public void paint(Graphics2D g, int page, double width, double height, FigureStyle style) {
                double h = Math.ceil(FigureFrame.height(figure, width));
                double fit = Math.min(1, height / h);
                Graphics2D g2 = (Graphics2D) g.create();
                try {
                    g2.scale(fit, fit);
                    FigureFrame.paint(g2, figure, width, h, style);
                } finally {
                    g2.dispose();
                }
            }
        };
    }
}
