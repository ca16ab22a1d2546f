package org.allianceexplorer.figure;

import java.awt.Color;

/**
 * The colours a figure is painted with, apart from party colours (which are data). {@link #LIGHT} is
 * also the print style used by every export; {@link #DARK} follows the dark theme on screen.
 */
public record FigureStyle(String name, Color background, Color foreground, Color muted, Color grid, Color accent,
                          Color accentText, Color surface) {

    public static final FigureStyle LIGHT = new FigureStyle("light", new Color(0xFFFFFF), new Color(0x1F2328),
            new Color(0x59636E), new Color(0xD1D9E0), new Color(0x0969DA), new Color(0xFFFFFF), new Color(0xF6F8FA));

    public static final FigureStyle DARK = new FigureStyle("dark", new Color(0x0D1117), new Color(0xE6EDF3),
            new Color(0x9198A1), new Color(0x3D444D), new Color(0x4493F8), new Color(0x0D1117), new Color(0x151B23));

    /** The style for files: reports are printed on white. */
    public static FigureStyle print() {
        return LIGHT;
    }

    /** Parses {@code #RRGGBB}; {@code fallback} for {@code null} or bad text. */
    public static Color colour(String hex, Color fallback) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return fallback;
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** Black or white, whichever reads better on {@code fill}. */
    public static Color textOn(Color fill) {
        double l = (0.2126 * lin(fill.getRed()) + 0.7152 * lin(fill.getGreen()) + 0.0722 * lin(fill.getBlue()));
        return l > 0.36 ? new Color(0x1F2328) : Color.WHITE;
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
