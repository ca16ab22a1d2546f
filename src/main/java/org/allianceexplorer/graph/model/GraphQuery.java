package org.allianceexplorer.graph.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.allianceexplorer.domain.Level;

/**
 * What the graph shows: the day, and the filters.
 *
 * @param asOf         the day ({@code null}: the latest day the data knows of)
 * @param election     election key or name: seat deals of that election only, nodes sized by its seats
 *                     ({@code null}: all deals; sizes from the latest election with results by the day)
 * @param assembly     assembly code ({@code NA}, {@code PS}...): seat deals in that assembly only; {@code null}: all
 * @param level        alliance level for alliance-based ties ({@code null}: every level)
 * @param region       alliance region, e.g. {@code Sindh} or {@code Karachi} ({@code null}: every region)
 * @param types        the kinds of tie shown
 * @param party        the centre of an ego network ({@code null}: every party)
 * @param depth        ego-network depth, 1 or 2
 * @param showIsolated whether parties with no tie on the day are shown
 */
public record GraphQuery(
        LocalDate asOf,
        String election,
        String assembly,
        Level level,
        String region,
        Set<EdgeType> types,
        String party,
        int depth,
        boolean showIsolated) {

    public GraphQuery {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (depth < 1 || depth > 2) {
            throw new IllegalArgumentException("depth must be 1 or 2: " + depth);
        }
    }

    /** Every tie of every party, as of {@code day}. */
    public static GraphQuery asOf(LocalDate day) {
        return new GraphQuery(day, null, null, null, null, EnumSet.allOf(EdgeType.class), null, 1, false);
    }

    public GraphQuery withAsOf(LocalDate day) {
        return new GraphQuery(day, election, assembly, level, region, types, party, depth, showIsolated);
    }

    public GraphQuery withElection(String e) {
        return new GraphQuery(asOf, e, assembly, level, region, types, party, depth, showIsolated);
    }

    public GraphQuery withAssembly(String a) {
        return new GraphQuery(asOf, election, a, level, region, types, party, depth, showIsolated);
    }

    public GraphQuery withScope(Level l, String r) {
        return new GraphQuery(asOf, election, assembly, l, r, types, party, depth, showIsolated);
    }

    public GraphQuery withTypes(Set<EdgeType> t) {
        return new GraphQuery(asOf, election, assembly, level, region, t, party, depth, showIsolated);
    }

    public GraphQuery withEgo(String centre, int d) {
        return new GraphQuery(asOf, election, assembly, level, region, types, centre, d, showIsolated);
    }

    public GraphQuery withShowIsolated(boolean show) {
        return new GraphQuery(asOf, election, assembly, level, region, types, party, depth, show);
    }
}
