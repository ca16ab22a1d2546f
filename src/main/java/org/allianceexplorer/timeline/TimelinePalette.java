package org.allianceexplorer.timeline;

import java.awt.Color;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.LegendEntry;

/**
 * The timeline's colours and marker shapes. Claim statuses differ by shape AND colour (Okabe-Ito hues, safe
 * for colour-blind readers), so meaning never rests on colour alone; the dark style uses lighter hues.
 */
final class TimelinePalette {

    final FigureStyle style;
    final Color span;
    final Color spanText;
    final Color rule;
    final Color leader;
    final Color stripe;

    private TimelinePalette(FigureStyle style) {
        this.style = style;
        boolean dark = style.isDark();
        span = dark ? new Color(0x57606A) : new Color(0xAFB8C1);
        spanText = style.foreground();
        rule = withAlpha(style.foreground(), dark ? 150 : 140);
        leader = withAlpha(style.muted(), 150);
        stripe = style.surface();
    }

    static TimelinePalette of(FigureStyle style) {
        return new TimelinePalette(style);
    }

    Color status(ClaimStatus s) {
        return status(s, style.isDark());
    }

    static Color status(ClaimStatus s, boolean dark) {
        return switch (s) {
            case REPORTED -> new Color(dark ? 0x56B4E9 : 0x0072B2);
            case CONFIRMED -> new Color(dark ? 0x3CCB8F : 0x008A63);
            case DENIED -> new Color(dark ? 0xFF8A5B : 0xD55E00);
            case SWITCHED -> new Color(dark ? 0xF0C040 : 0xB07800);
            case COLLAPSED -> new Color(dark ? 0xD09AE6 : 0x7B3294);
        };
    }

    /** The legend key of a status: shape and colour. */
    static LegendEntry.Swatch swatch(ClaimStatus s) {
        return switch (s) {
            case REPORTED -> LegendEntry.Swatch.DOT;
            case CONFIRMED -> LegendEntry.Swatch.SQUARE;
            case DENIED -> LegendEntry.Swatch.CROSS;
            case SWITCHED -> LegendEntry.Swatch.ARROW;
            case COLLAPSED -> LegendEntry.Swatch.TRIANGLE;
        };
    }

    /** A party colour ({@code #RRGGBB}), or the neutral span colour. */
    Color party(String hex) {
        return FigureStyle.colour(hex, span);
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Things after the as-of date are drawn faded. */
    static Color faded(Color c) {
        return withAlpha(c, Math.min(c.getAlpha(), 80));
    }
}
