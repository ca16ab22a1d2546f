package org.allianceexplorer.graph.model;

import java.awt.Color;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * The kinds of tie the relationship graph draws. Each has its own colour and its own line (solid, dashed,
 * dotted, ribbon, arrowheads), so meaning never rests on colour alone; {@link #legend()} is its key. On a dark
 * ground the colour is lifted so it reads ({@link #ink()}), in the legend as on the ties.
 */
public enum EdgeType {
    /** Two parties are members of the same electoral alliance or opposition movement on the day. */
    ALLIANCE("alliance co-membership", new Color(0x57606A), false, LegendEntry.Swatch.LINE),
    /** A seat deal in force: from the party that stands down to the one that benefits; width by seats. */
    SEAT_DEAL("seat deal (arrow to the party helped)", new Color(0xBC4C00), true, LegendEntry.Swatch.ARROW),
    /** A cooperation agreement or seat-adjustment pact, or a cooperation relation. */
    COOPERATION("cooperation agreement or pact", new Color(0x1A7F37), false, LegendEntry.Swatch.DASHED_LINE),
    /** Partners in a governing coalition. */
    COALITION("governing coalition partner", new Color(0x8250DF), false, LegendEntry.Swatch.BOX),
    /** A rivalry. */
    RIVALRY("rivalry", new Color(0xCF222E), false, LegendEntry.Swatch.DOTTED_LINE),
    /** Lineage: split, merger, renaming, from the newer party to the older. */
    LINEAGE("lineage (split, merger: newer to older)", new Color(0x6E5494), true, LegendEntry.Swatch.TRIANGLE);

    private final String label;
    private final Color colour;
    private final Ink ink;
    private final boolean directed;
    private final LegendEntry.Swatch swatch;

    EdgeType(String label, Color colour, boolean directed, LegendEntry.Swatch swatch) {
        this.label = label;
        this.colour = colour;
        this.ink = new Ink.Themed(colour, lifted(colour));
        this.directed = directed;
        this.swatch = swatch;
    }

    /** What the legend says. */
    public String label() {
        return label;
    }

    /** A short name for buttons and tooltips. */
    public String shortName() {
        return switch (this) {
            case ALLIANCE -> "Alliance";
            case SEAT_DEAL -> "Seat deal";
            case COOPERATION -> "Cooperation";
            case COALITION -> "Coalition";
            case RIVALRY -> "Rivalry";
            case LINEAGE -> "Lineage";
        };
    }

    /** The colour on a light ground (print). */
    public Color colour() {
        return colour;
    }

    /** The colour on either ground: {@link #colour()}, lifted on a dark one. */
    public Ink ink() {
        return ink;
    }

    /** A colour made lighter and a little less saturated, so it reads on a dark ground. */
    private static Color lifted(Color c) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        return Color.getHSBColor(hsb[0], hsb[1] * 0.8f, Math.min(1f, hsb[2] + 0.35f));
    }

    /** True when the edge has a direction (from {@code from} to {@code to}). */
    public boolean directed() {
        return directed;
    }

    public LegendEntry legend() {
        return new LegendEntry(label, ink, swatch);
    }
}
