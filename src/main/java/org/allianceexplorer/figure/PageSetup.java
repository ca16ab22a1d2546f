package org.allianceexplorer.figure;

import java.util.Locale;

/**
 * How a figure goes on paper: page size (or {@link Paper#FIT}: the page is the figure), orientation,
 * margins, and for PNG the resolution. One CSS pixel is 1/96 inch; one point 1/72 inch.
 */
public record PageSetup(Paper paper, boolean landscape, double marginMm, int dpi) {

    /** Paper sizes in millimetres. */
    public enum Paper {
        FIT(0, 0),
        A4(210, 297),
        A3(297, 420),
        A5(148, 210),
        LETTER(215.9, 279.4),
        LEGAL(215.9, 355.6);

        final double widthMm;
        final double heightMm;

        Paper(double w, double h) {
            widthMm = w;
            heightMm = h;
        }

        public static Paper parse(String text) {
            for (Paper p : values()) {
                if (p.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not a page size (fit, a4, a3, a5, letter, legal)");
        }
    }

    public static final PageSetup FIT = new PageSetup(Paper.FIT, false, 0, 96);

    public PageSetup {
        if (marginMm < 0 || marginMm > 50) {
            throw new IllegalArgumentException("--margin must be 0 to 50 mm: " + marginMm);
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("--dpi must be 72 to 600: " + dpi);
        }
    }

    public boolean fit() {
        return paper == Paper.FIT;
    }

    /** Page width in millimetres (0 for FIT). */
    public double pageWidthMm() {
        return landscape ? paper.heightMm : paper.widthMm;
    }

    public double pageHeightMm() {
        return landscape ? paper.widthMm : paper.heightMm;
    }

    /** The width the figure is laid out at, in CSS pixels: the page width less the margins. */
    public double contentWidthPx() {
        return mmToPx(pageWidthMm() - 2 * marginMm);
    }

    public double contentHeightPx() {
        return mmToPx(pageHeightMm() - 2 * marginMm);
    }

    public static double mmToPx(double mm) {
        return mm / 25.4 * 96;
    }

    public static double mmToPt(double mm) {
        return mm / 25.4 * 72;
    }

    /** The PNG pixel scale for this resolution: 96 dpi is 1x, 300 dpi is 3.125x. */
    public double pngScale() {
        return dpi / 96.0;
    }

    @Override
    public String toString() {
        return fit()
                ? "fit"
                : paper.name().toLowerCase(Locale.ROOT) + (landscape ? " landscape" : "") + ", margins " + marginMm
                        + " mm, " + dpi + " dpi";
    }
}
