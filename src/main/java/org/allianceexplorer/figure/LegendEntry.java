package org.allianceexplorer.figure;

import java.awt.Color;

/**
 * One key of a legend: a swatch, its ink and what it means. Meaning is never carried by colour alone. The ink
 * is resolved against the style the legend is painted with, so one entry serves screen (light or dark) and file.
 */
public record LegendEntry(String label, Ink ink, Swatch swatch) {

    public LegendEntry {
        ink = ink == null ? Ink.FOREGROUND : ink;
    }

    /** A key in a fixed colour; {@code null} colour: the style's foreground. */
    public LegendEntry(String label, Color colour, Swatch swatch) {
        this(label, colour == null ? Ink.FOREGROUND : Ink.of(colour), swatch);
    }

    /** The swatch's colour in print ({@link FigureStyle#print()}). */
    public Color colour() {
        return colour(FigureStyle.print());
    }

    /** The swatch's colour on {@code style}. */
    public Color colour(FigureStyle style) {
        return ink.resolve(style);
    }

    /** How the key is drawn. */
    public enum Swatch {
        BOX,
        /** A box drawn as its outline only (an outlined bar). */
        OUTLINED_BOX,
        HATCHED_BOX,
        LINE,
        DASHED_LINE,
        DOTTED_LINE,
        ARROW,
        DOT,
        DIAMOND,
        TRIANGLE,
        SQUARE,
        CROSS,
        RULE
    }
}
