package org.allianceexplorer.graph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.Ink;
import org.allianceexplorer.figure.LegendEntry;

/**
 * What the graph figure says about its data: the frame (title, subtitle, as-of stamp, legend and the credits
 * naming the outlets behind the ties), the rows a report bundle writes beside the figure, and the sources of
 * the records behind them.
 */
final class GraphFigureData {

    /**
     * What the sources of a figure are looked up from: the day of its ties, the election whose seats size
     * its nodes ({@code null}: sized by ties), and the sources once looked up.
     */
    record Basis(LocalDate day, String election, List<Source> sources) {
        static final Basis NONE = new Basis(null, null, List.of());

        Basis {
            sources = List.copyOf(sources);
        }

        Basis withSources(List<Source> s) {
            return new Basis(day, election, s);
        }
    }

    private GraphFigureData() {}

    /** Title, stamp, legend (the tie types present, and the no-colour key when needed) and credits. */
    static FigureInfo info(PartyGraph g, LocalDate day, boolean latest, String scope) {
        Set<EdgeType> present = EnumSet.noneOf(EdgeType.class);
        g.edges().forEach(e -> present.add(e.type()));
        List<String> creditLines = new ArrayList<>();
        creditLines.add(credits("Sources behind the ties shown: ", outlets(g.edges())));
        if (g.sizedBy().startsWith("seats")) {
            creditLines.add(sizeCredit(g.sizedBy()));
        }
        return info(g, day, latest, scope, legend(present, uncoloured(g)), creditLines);
    }

    /** The frame of {@code g} with a legend and credits given (an animation's, the same on every frame). */
    static FigureInfo info(
            PartyGraph g, LocalDate day, boolean latest, String scope, List<LegendEntry> legend, List<String> credits) {
        String stamp = day == null
                ? "Latest"
                : (latest ? "Latest: " : "As of ") + PartialDate.of(day).display();
        StringBuilder sub = new StringBuilder();
        sub.append(g.nodes().size())
                .append(g.nodes().size() == 1 ? " party, " : " parties, ")
                .append(g.edges().size())
                .append(g.edges().size() == 1 ? " tie" : " ties");
        if (scope != null && !scope.isBlank()) {
            sub.append(" \u00b7 ").append(scope);
        }
        if (!g.sizedBy().isBlank()) {
            sub.append(" \u00b7 node size: ").append(g.sizedBy());
        }
        return new FigureInfo("Party relationships", sub.toString(), stamp, legend, credits);
    }

    /** The keys of the tie types {@code present} (all when none), and the no-colour key when {@code uncoloured}. */
    static List<LegendEntry> legend(Set<EdgeType> present, boolean uncoloured) {
        List<LegendEntry> legend = new ArrayList<>();
        for (EdgeType t : present.isEmpty() ? EnumSet.allOf(EdgeType.class) : present) {
            legend.add(t.legend());
        }
        if (uncoloured) {
            // hatched in the muted colour like the nodes it explains (FigureFrame draws the hatch as vector lines,
            // so SVG keeps it)
            legend.add(
                    new LegendEntry("no party colour on record (hatched)", Ink.MUTED, LegendEntry.Swatch.HATCHED_BOX));
        }
        return legend;
    }

    /** Whether a party of {@code g} has no colour on record (its node is hatched). */
    static boolean uncoloured(PartyGraph g) {
        return g.nodes().stream().anyMatch(n -> n.colour() == null);
    }

    /** The credit line for nodes sized by seats, e.g. "Node size: seats won in pk-2024 (...)". */
    static String sizeCredit(String sizedBy) {
        return "Node size: " + sizedBy + " (election results in the database).";
    }

    /** How many of {@code ties} each outlet is behind. */
    static Map<String, Integer> outlets(Collection<PartyEdge> ties) {
        Map<String, Integer> outlets = new TreeMap<>();
        for (PartyEdge e : ties) {
            e.sources().forEach(s -> outlets.merge(s, 1, Integer::sum));
        }
        return outlets;
    }

    /** {@code lead} and the outlets, most ties first (ten at the most). */
    static String credits(String lead, Map<String, Integer> outlets) {
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(outlets.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder credits = new StringBuilder(lead);
        if (ranked.isEmpty()) {
            return credits.append("the records of the open database.").toString();
        }
        int shown = Math.min(10, ranked.size());
        for (int i = 0; i < shown; i++) {
            credits.append(i == 0 ? "" : "; ")
                    .append(ranked.get(i).getKey())
                    .append(" (")
                    .append(ranked.get(i).getValue())
                    .append(')');
        }
        if (ranked.size() > shown) {
            credits.append("; and ").append(ranked.size() - shown).append(" more outlets");
        }
        return credits.append('.').toString();
    }

    /**
     * One row per tie shown (type, from, to, weight: seats for a seat deal, else the groupings or relations
     * behind it; detail: the alliances, seats or relations; in compare mode, change: added, ended or unchanged),
     * then one per party shown with what sizes its node.
     */
    static FigureData data(PartyGraph graph, Basis basis, Map<PartyEdge, EdgeChange> changes) {
        boolean compare = !changes.isEmpty();
        List<List<String>> rows = new ArrayList<>();
        for (PartyEdge e : graph.edges()) {
            List<String> row = new ArrayList<>(List.of(
                    e.type().shortName().toLowerCase(Locale.ROOT),
                    e.from(),
                    e.to(),
                    Integer.toString(e.weight()),
                    String.join("; ", e.reasons())));
            if (compare) {
                row.add(changes.get(e).label());
            }
            rows.add(row);
        }
        Map<String, Integer> degrees = graph.degrees();
        boolean bySeats = graph.nodes().stream().anyMatch(n -> n.seats() != null);
        for (PartyNode n : graph.nodes()) {
            int size = bySeats ? (n.seats() == null ? 0 : n.seats()) : degrees.getOrDefault(n.abbreviation(), 0);
            List<String> row = new ArrayList<>(List.of(
                    "party",
                    n.abbreviation(),
                    "",
                    Integer.toString(size),
                    n.name() + " (node size: " + (graph.sizedBy().isBlank() ? "ties" : graph.sizedBy()) + ")"));
            if (compare) {
                row.add("");
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("type", "from", "to", "weight", "detail"));
        if (compare) {
            header.add("change");
        }
        return new FigureData(header, rows, basis.sources());
    }

    /**
     * The sources of the ties of {@code g} on {@code day} and of the results of {@code election} (may be null),
     * looked up through {@code query} (reads the database: call off the FX thread).
     */
    static List<Source> sources(PartyGraph g, LocalDate day, String election, SourcesOfRecords query) {
        Set<RecordRef> records = new LinkedHashSet<>();
        g.edges().forEach(e -> records.addAll(e.records()));
        List<Source> out = new ArrayList<>(query.of(records, day));
        if (election != null && g.nodes().stream().anyMatch(n -> n.seats() != null)) {
            out.addAll(query.ofResults(election, null));
        }
        return SourcesOfRecords.merge(out);
    }
}
