package org.allianceexplorer.data.imports.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.data.imports.DatabaseCopy;
import org.allianceexplorer.data.imports.ImportOutcome;
import org.allianceexplorer.data.imports.ImportProblem;

/** What an {@code import-results} did or would have done: counts, problems (up to a cap), notes, unknown labels. */
public final class ResultsReport extends ImportOutcome implements DatabaseCopy.Outcome {

    /** A party label no party or alias answers to: how many rows print it, and where it is first. */
    public record UnknownLabel(String label, long count, String file, long line, String column) {}

    private final Map<String, UnknownLabel> unknown = new LinkedHashMap<>();
    long rows;
    long seatsAdded;
    long resultsAdded;
    long resultsSkipped;
    long aliasesAdded;
    long partiesAdded;
    boolean electionAdded;
    boolean assemblyAdded;
    boolean sourceAdded;

    public ResultsReport(int maxProblems) {
        super(maxProblems);
    }

    void conflict(String file, long line, String message) {
        problem(new ImportProblem(file, line, null, message, true));
    }

    void unknown(String label, String file, long line, String column) {
        unknown.merge(
                label,
                new UnknownLabel(label, 1, file, line, column),
                (a, b) -> new UnknownLabel(a.label(), a.count() + 1, a.file(), a.line(), a.column()));
    }

    /** The labels that are neither a party nor an alias, in the order first met, with their counts. */
    public List<UnknownLabel> unknownLabels() {
        return List.copyOf(unknown.values());
    }

    @Override
    public boolean changed() {
        return seatsAdded + resultsAdded + aliasesAdded + partiesAdded > 0
                || electionAdded
                || assemblyAdded
                || sourceAdded;
    }

    public long rows() {
        return rows;
    }

    public long resultsAdded() {
        return resultsAdded;
    }

    public long resultsSkipped() {
        return resultsSkipped;
    }

    public long seatsAdded() {
        return seatsAdded;
    }

    public long aliasesAdded() {
        return aliasesAdded;
    }

    /** Parties made for labels resolved in the window. */
    public long partiesAdded() {
        return partiesAdded;
    }

    /** Whether the import made the election (it was not in the database). */
    public boolean electionAdded() {
        return electionAdded;
    }

    /** Whether the import made the election's assembly. */
    public boolean assemblyAdded() {
        return assemblyAdded;
    }

    /** Whether the import made the source its results cite. */
    public boolean sourceAdded() {
        return sourceAdded;
    }

    /** One line: what was imported, or why nothing was. */
    public String summary() {
        if (ok()) {
            return String.format(
                    Locale.ROOT,
                    "%,d results added, %,d already there; %,d seats added",
                    resultsAdded,
                    resultsSkipped,
                    seatsAdded);
        }
        String labels =
                unknown.isEmpty() ? "" : String.format(Locale.ROOT, " (%,d unknown party labels)", unknown.size());
        return String.format(
                Locale.ROOT,
                "refused: %,d problem%s%s; nothing was written",
                problemCount(),
                problemCount() == 1 ? "" : "s",
                labels);
    }

    /** The counts, one line each. */
    public List<String> countLines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "  rows read        %,d", rows));
        out.add(String.format(Locale.ROOT, "  results added    %,d", resultsAdded));
        out.add(String.format(Locale.ROOT, "  results skipped  %,d (already there, the same)", resultsSkipped));
        out.add(String.format(Locale.ROOT, "  seats added      %,d", seatsAdded));
        out.add(String.format(Locale.ROOT, "  aliases added    %,d", aliasesAdded));
        if (partiesAdded > 0) {
            out.add(String.format(Locale.ROOT, "  parties added    %,d", partiesAdded));
        }
        if (electionAdded || assemblyAdded || sourceAdded) {
            List<String> made = new ArrayList<>();
            if (electionAdded) {
                made.add("the election");
            }
            if (assemblyAdded) {
                made.add("the assembly");
            }
            if (sourceAdded) {
                made.add("the source");
            }
            out.add("  created          " + String.join(", ", made));
        }
        return out;
    }
}
