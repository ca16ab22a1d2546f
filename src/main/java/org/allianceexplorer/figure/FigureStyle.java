package org.allianceexplorer.figure;

import java.awt.Color;

/**
 * The colours a figure is painted with, apart from party colours (which are data). {@link #LIGHT} is
 * also the print style used by every export; {@link #DARK} follows the dark theme on screen.
 */
public record FigureStyle(
        String name,
        Color background,
        Color foreground,
        Color muted,
        Color grid,
        Color accent,
        Color accentText,
        Color surface) {

    public static final FigureStyle LIGHT = new FigureStyle(
            "light",
            new Color(0xFFFFFF),
            new Color(0x1F2328),
            new Color(0x59636E),
            new Color(0xD1D9E0),
            new Color(0x0969DA),
            new Color(0xFFFFFF),
            new Color(0xF6F8FA));

    public static final FigureStyle DARK = new FigureStyle(
            "dark",
            new Color(0x0D1117),
            new Color(0xE6EDF3),
            new Color(0x9198A1),
            new Color(0x3D444D),
            new Color(0x4493F8),
            new Color(0x0D1117),
            new Color(0x151B23));

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
        return luminance(fill) > 0.36 ? new Color(0x1F2328) : Color.WHITE;
    }

    /** The WCAG contrast ratio of two opaque colours: 1 (the same) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Below this contrast with the background a filled shape needs an outline to be seen. */
    public static final double OUTLINE_BELOW = 1.6;

    /**
     * The outline a shape filled with {@code fill} needs on this style's background, or {@code null} when it
     * stands out on its own: black party bars on the dark background, white or pale ones on the light.
     * A translucent fill is judged as it shows over the background.
     */
    public Color outlineFor(Color fill) {
        Color shown = over(fill, background);
        return contrast(shown, background) < OUTLINE_BELOW ? muted : null;
    }

    /**
     * Whether this style is dark: light text on a dark ground. Colours that must read on it (tie types, claim
     * statuses) take their lighter hues ({@link Ink.Themed}).
     */
    public boolean isDark() {
        return luminance(background) < luminance(foreground);
    }

    /** {@code c} as it shows over {@code bg} (its alpha blended in). */
    public static Color over(Color c, Color bg) {
        return blend(c, bg, c.getAlpha() / 255.0);
    }

    /** An opaque mix: {@code a} of {@code c} (0 to 1) and the rest of {@code ground}. */
    public static Color blend(Color c, Color ground, double a) {
        return new Color(
                (int) Math.round(c.getRed() * a + ground.getRed() * (1 - a)),
                (int) Math.round(c.getGreen() * a + ground.getGreen() * (1 - a)),
                (int) Math.round(c.getBlue() * a + ground.getBlue() * (1 - a)));
    }

    /** {@code c} with another alpha (0 to 255). */
    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
