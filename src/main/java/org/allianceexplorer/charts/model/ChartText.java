package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.allianceexplorer.domain.Election;

/** Sentences the charts share. */
final class ChartText {

    private ChartText() {}

    /** Adds the credit line "{@code what}: outlet; outlet.{@code tail}" to {@code credits}, when there are outlets. */
    static void cite(List<String> credits, String what, List<String> outlets, String tail) {
        if (!outlets.isEmpty()) {
            credits.add(what + ": " + String.join("; ", outlets) + "." + tail);
        }
    }

    /**
     * Who a deal chart's title names: {@code all} without asked parties, {@code one} (with {@code %s} for the
     * party) for one, else {@code many} followed by the parties.
     */
    static String who(List<String> focus, String all, String one, String many) {
        return switch (focus.size()) {
            case 0 -> all;
            case 1 -> one.formatted(focus.get(0));
            default -> many + String.join(" and ", focus);
        };
    }

    /** The election(s) a chart covers: the one asked for, else the only one its rows name, else all. */
    static String when(Election asked, Stream<String> elections) {
        if (asked != null) {
            return asked.name();
        }
        Set<String> els = elections.collect(Collectors.toCollection(LinkedHashSet::new));
        return els.size() == 1 ? els.iterator().next() : "all elections";
    }

    /** A chart's credits: "{@code what}: outlet; outlet." when there are outlets, then {@code last}. */
    static List<String> credits(String what, List<String> outlets, String last) {
        List<String> out = new ArrayList<>();
        cite(out, what, outlets, "");
        out.add(last);
        return out;
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
