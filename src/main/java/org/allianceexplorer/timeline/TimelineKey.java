package org.allianceexplorer.timeline;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.LegendEntry;

/**
 * One key of the timeline's legend: what it means (the file's wording, and the screen's shorter one whose
 * tooltip is the file's), the swatch it is drawn with, and the role its colour plays; the colour itself is
 * looked up in the style the key is drawn in. {@link #ALL} is the one definition that the exported legend
 * ({@link TimelineFigure#info()}) and the screen's strip ({@link TimelineLegend}) both draw.
 *
 * @param status the claim status, for {@link Role#CLAIM} only
 */
record TimelineKey(String label, String screenLabel, Role role, ClaimStatus status, LegendEntry.Swatch swatch) {

    /** What a key's colour is, in any style. */
    enum Role {
        /** The neutral colour of an alliance's bar. */
        SPAN,
        /** The style's muted ink (keys to how a date is drawn). */
        MUTED,
        /** The style's ink. */
        FOREGROUND,
        /** The style's accent (the as-of cursor). */
        ACCENT,
        /** The colour of a claim's status. */
        CLAIM
    }

    /** Every key, in the order shown. */
    static final List<TimelineKey> ALL = keys();

    private static List<TimelineKey> keys() {
        List<TimelineKey> l = new ArrayList<>();
        l.add(new TimelineKey(
                "alliance, membership (bar in party colour)",
                "alliance, membership",
                Role.SPAN,
                null,
                LegendEntry.Swatch.BOX));
        // the partial-date key is the hatch the bars carry
        l.add(new TimelineKey(
                "hatched: a start or end known only to the month or year (the span it may fall in)",
                "hatched: month or year only",
                Role.MUTED,
                null,
                LegendEntry.Swatch.HATCHED_BOX));
        l.add(new TimelineKey("no end date", "no end date", Role.MUTED, null, LegendEntry.Swatch.DOTTED_LINE));
        for (ClaimStatus s : ClaimStatus.values()) {
            l.add(new TimelineKey(
                    "claim " + s.label(), "claim " + s.label(), Role.CLAIM, s, TimelinePalette.swatch(s)));
        }
        l.add(new TimelineKey("event", "event", Role.FOREGROUND, null, LegendEntry.Swatch.DIAMOND));
        l.add(new TimelineKey("election (polling day)", "election", Role.FOREGROUND, null, LegendEntry.Swatch.RULE));
        l.add(new TimelineKey(
                "as-of date; later items faded",
                "as-of date; later items faded",
                Role.ACCENT,
                null,
                LegendEntry.Swatch.LINE));
        return List.copyOf(l);
    }

    /** The legend as printed (files). */
    static List<LegendEntry> legend() {
        return legend(FigureStyle.print());
    }

    /** The legend in the colours of {@code style}. */
    static List<LegendEntry> legend(FigureStyle style) {
        TimelinePalette p = TimelinePalette.of(style);
        return ALL.stream().map(k -> k.entry(p)).toList();
    }

    /** This key in the colours of {@code style}, as the frame and the screen draw it. */
    LegendEntry entry(FigureStyle style) {
        return entry(TimelinePalette.of(style));
    }

    private LegendEntry entry(TimelinePalette p) {
        return new LegendEntry(label, colour(p), swatch);
    }

    private Color colour(TimelinePalette p) {
        return switch (role) {
            case SPAN -> p.span;
            case MUTED -> p.style.muted();
            case FOREGROUND -> p.style.foreground();
            case ACCENT -> p.style.accent();
            case CLAIM -> p.status(status);
        };
    }
}
