package org.allianceexplorer.figure;

import java.awt.Color;

/** One key of a legend: a swatch and what it means. Meaning is never carried by colour alone. */
public record LegendEntry(String label, Color colour, Swatch swatch) {

    /** How the key is drawn. */
    public enum Swatch { BOX, HATCHED_BOX, LINE, DASHED_LINE, DOTTED_LINE, ARROW, DOT, DIAMOND, TRIANGLE, SQUARE,
        CROSS, RULE }
}
