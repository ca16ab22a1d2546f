package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a chart is asked to show; each chart uses what applies to it.
 *
 * @param asOf     the as-of day ({@code null}: latest)
 * @param parties  party abbreviations (ledger: a pair or one party; outcomes and membership: these only)
 * @param election election key or name, {@code null}: all (ledger, outcomes) or the latest with results (results)
 * @param assembly assembly code for the results chart, {@code null}: NA if it has results
 */
public record ChartRequest(LocalDate asOf, List<String> parties, String election, String assembly) {

    public ChartRequest {
        parties = parties == null
                ? List.of()
                : parties.stream()
                        .filter(p -> p != null && !p.isBlank())
                        .distinct()
                        .toList();
        election = election == null || election.isBlank() ? null : election.strip();
        assembly = assembly == null || assembly.isBlank() ? null : assembly.strip();
    }

    public static ChartRequest latest() {
        return new ChartRequest(null, List.of(), null, null);
    }
}
