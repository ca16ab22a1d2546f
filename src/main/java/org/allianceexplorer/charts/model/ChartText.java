package org.allianceexplorer.charts.model;

import java.time.LocalDate;

/** Sentences the charts share. */
final class ChartText {

    private ChartText() {}

    /** Which deals are counted: the rule behind every deal chart. */
    static String countedRule(LocalDate asOf) {
        String rule =
                "\u201creported\u201d or \u201cconfirmed\u201d (denied, switched and collapsed deals are left out).";
        return asOf == null
                ? "Counted: deals whose latest claim is " + rule
                : "Counted: deals in force on " + ChartInk.day(asOf) + ", i.e. whose latest claim by then is " + rule;
    }
}
