package org.allianceexplorer.figure;

import java.time.LocalDate;
import java.util.List;

/**
 * What a headless export asks for; each view uses the options that apply to it and ignores the rest.
 *
 * @param asOf     the as-of day ({@code null}: latest)
 * @param from     first day shown (timeline), {@code null}: from the data
 * @param to       last day shown (timeline), {@code null}: to the data
 * @param parties  party abbreviations to restrict to (empty: all)
 * @param election election key or name (graph, charts), {@code null}: the latest with data
 * @param depth    ego-network depth (graph, with one party), 1 or 2
 * @param assembly assembly code (results chart), {@code null}: the National Assembly
 */
public record ExportRequest(
        LocalDate asOf,
        LocalDate from,
        LocalDate to,
        List<String> parties,
        String election,
        int depth,
        String assembly) {

    /** A request for no particular assembly. */
    public ExportRequest(
            LocalDate asOf, LocalDate from, LocalDate to, List<String> parties, String election, int depth) {
        this(asOf, from, to, parties, election, depth, null);
    }

    public ExportRequest {
        parties = parties == null ? List.of() : List.copyOf(parties);
        assembly = assembly == null || assembly.isBlank() ? null : assembly.strip();
        if (depth < 1 || depth > 2) {
            throw new IllegalArgumentException("--depth must be 1 or 2");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to (" + to + ") is before --from (" + from + ")");
        }
    }

    public static ExportRequest latest() {
        return new ExportRequest(null, null, null, List.of(), null, 1);
    }
}
