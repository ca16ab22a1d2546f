package org.allianceexplorer.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * What frames a figure: title, subtitle, the as-of stamp (e.g. "As of 10 Feb 2024"), the legend, and the
 * credits printed as its footer (data sources and licences).
 */
public record FigureInfo(String title, String subtitle, String asOf, List<LegendEntry> legend, List<String> credits) {

    public FigureInfo {
        legend = List.copyOf(legend);
        credits = List.copyOf(credits);
    }

    /** Every text the frame prints, for tests that look for them in exported files. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add(title);
        if (subtitle != null) {
            out.add(subtitle);
        }
        if (asOf != null) {
            out.add(asOf);
        }
        legend.forEach(l -> out.add(l.label()));
        out.addAll(credits);
        return out;
    }
}
