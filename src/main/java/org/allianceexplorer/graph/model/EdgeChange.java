package org.allianceexplorer.graph.model;

import java.awt.Color;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * How a tie changed between two days in the graph's compare mode. Told apart by line as well as colour: an added
 * tie lies on a wide band, an ended one is a thin dashed grey ghost, an unchanged one keeps its line but fades.
 */
public enum EdgeChange {
    ADDED("added"),
    REMOVED("ended"),
    UNCHANGED("unchanged");

    /** The band under an added tie (a blue that reads on both grounds, apart from every tie type's hue). */
    static final Ink BAND = new Ink.Themed(new Color(0x0969DA), new Color(0x58A6FF));

    private final String label;

    EdgeChange(String label) {
        this.label = label;
    }

    /** The word in the CSV and tooltips. */
    public String label() {
        return label;
    }

    /** The legend's key, naming the two days ({@code 1 Jan 2024}). */
    LegendEntry legend(String from, String to) {
        return switch (this) {
            case ADDED ->
                new LegendEntry("added after " + from + ", by " + to + " (blue band)", BAND, LegendEntry.Swatch.BOX);
            case REMOVED ->
                new LegendEntry(
                        "held on " + from + ", ended by " + to + " (grey dashes)",
                        Ink.MUTED,
                        LegendEntry.Swatch.DASHED_LINE);
            case UNCHANGED -> new LegendEntry("held on both days (faded)", Ink.MUTED, LegendEntry.Swatch.LINE);
        };
    }
}
