package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.List;

/** Sentences the charts share. */
final class ChartText {

    private ChartText() {}

    /** Adds the credit line "{@code what}: outlet; outlet.{@code tail}" to {@code credits}, when there are outlets. */
    static void cite(List<String> credits, String what, List<String> outlets, String tail) {
        if (!outlets.isEmpty()) {
            credits.add(what + ": " + String.join("; ", outlets) + "." + tail);
        }
    }

    /** What a deal chart says when no deal is counted. */
    static String noDeals(List<String> focus, LocalDate asOf) {
        String who = focus.isEmpty() ? "" : " involving " + String.join(" and ", focus);
        return "No seat deals in force" + who + (asOf == null ? "." : " on " + ChartInk.day(asOf) + ".");
    }

    /** Which deals are counted: the rule behind every deal chart. */
    static String countedRule(LocalDate asOf) {
        String rule =
                "\u201creported\u201d or \u201cconfirmed\u201d (denied, switched and collapsed deals are left out).";
        return asOf == null
                ? "Counted: deals whose latest claim is " + rule
                : "Counted: deals in force on " + ChartInk.day(asOf) + ", i.e. whose latest claim by then is " + rule;
    }
}
