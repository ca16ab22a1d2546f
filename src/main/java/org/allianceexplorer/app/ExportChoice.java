package org.allianceexplorer.app;

import org.allianceexplorer.figure.PageSetup;

/**
 * What the user chose in the export dialog: the page (or fit), and for PNG the pixel scale (a page's
 * DPI decides it when a paper size is chosen).
 */
public record ExportChoice(PageSetup page, double scale) {

    public ExportChoice {
        if (scale < 1 || scale > 8) {
            throw new IllegalArgumentException("scale must be 1 to 8: " + scale);
        }
    }

    /** The figure as it is, at 2x for PNG. */
    public static final ExportChoice DEFAULT = new ExportChoice(PageSetup.FIT, 2);
}
