package org.allianceexplorer.data.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.data.ImportHistory;
import org.allianceexplorer.data.format.DatasetFormat;

/** What an import did or would have done: counts per file, the problems (up to a cap) and notes. */
public final class ImportReport {

    /** Added, skipped (the same record is there already) and updated records of one file kind. */
    public static final class Counts {
        long added;
        long skipped;
        long updated;

        public long added() {
            return added;
        }

        public long skipped() {
            return skipped;
        }

        public long updated() {
            return updated;
        }
    }

    private final int maxProblems;
    private final Map<DatasetFormat.File, Counts> counts = new EnumMap<>(DatasetFormat.File.class);
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private ImportHistory.Recorded recorded = ImportHistory.Recorded.NONE;
    private long problemCount;
    private long conflictCount;
    private long keysGiven;
    private String datasetName;
    private DatasetFormat.Version version = DatasetFormat.CURRENT;

    public ImportReport(int maxProblems) {
        this.maxProblems = maxProblems;
        for (DatasetFormat.File f : DatasetFormat.File.values()) {
            counts.put(f, new Counts());
        }
    }

    void problem(ImportProblem p) {
        problemCount++;
        if (p.conflict()) {
            conflictCount++;
        }
        if (problems.size() < maxProblems) {
            problems.add(p);
        }
    }

    /** A problem of a file (or of the database or input when {@code file} says so), not of a record. */
    public void problem(String file, long line, String column, String message) {
        problem(new ImportProblem(file, line, column, message, false));
    }

    public void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    Counts counts(DatasetFormat.File f) {
        return counts.get(f);
    }

    void keysGiven(long n) {
        this.keysGiven = n;
    }

    /** Records of the database that had no key (made before schema 2) and were given their derived one. */
    public long keysGiven() {
        return keysGiven;
    }

    /** The import as recorded in the history ({@code ImportHistory}); noted when it was too large to be. */
    void recorded(ImportHistory.Recorded r) {
        this.recorded = r;
        if (r.note() != null) {
            note(r.note());
        }
    }

    /** The import as the history holds it (Undo takes it back); its edit id is 0 when it is not in the history. */
    public ImportHistory.Recorded history() {
        return recorded;
    }

    void datasetName(String name) {
        this.datasetName = name;
    }

    void version(DatasetFormat.Version v) {
        this.version = v;
    }

    public Counts countsOf(DatasetFormat.File f) {
        return counts.get(f);
    }

    public long added() {
        return counts.values().stream().mapToLong(c -> c.added).sum();
    }

    public long skipped() {
        return counts.values().stream().mapToLong(c -> c.skipped).sum();
    }

    public long updated() {
        return counts.values().stream().mapToLong(c -> c.updated).sum();
    }

    /** The problems listed (at most the cap); {@link #problemCount()} counts all. */
    public List<ImportProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public long problemCount() {
        return problemCount;
    }

    public long conflictCount() {
        return conflictCount;
    }

    public boolean ok() {
        return problemCount == 0;
    }

    /** Things the user should know that did not stop the import (a semicolon file read, a column ignored). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** The name the dataset's manifest gives, or null. */
    public String datasetName() {
        return datasetName;
    }

    public DatasetFormat.Version version() {
        return version;
    }

    /** One line: what was refused and why, for standard error. */
    public String summary() {
        long others = problemCount - conflictCount;
        List<String> parts = new ArrayList<>();
        if (others > 0) {
            parts.add(String.format(Locale.ROOT, "%,d problem%s", others, others == 1 ? "" : "s"));
        }
        if (conflictCount > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "%,d conflict%s with the database (give --update to take the" + " folder's version)",
                    conflictCount,
                    conflictCount == 1 ? "" : "s"));
        }
        String more = problemCount > problems.size()
                ? String.format(Locale.ROOT, "; the first %,d are listed", problems.size())
                : "";
        return "import refused, nothing was written: " + String.join(" and ", parts) + more;
    }

    /** Counts for standard output: a total line, then one line per file that had records. */
    public List<String> countLines() {
        return countLines(false);
    }

    /**
     * A total line, then one line per file that had records ({@code changedOnly}: per file that had a record added
     * or updated, as the window shows them).
     */
    public List<String> countLines(boolean changedOnly) {
        List<String> out = new ArrayList<>();
        out.add(String.format(
                Locale.ROOT, "%,d added, %,d skipped (already there), %,d updated", added(), skipped(), updated()));
        for (Map.Entry<DatasetFormat.File, Counts> e : counts.entrySet()) {
            Counts c = e.getValue();
            if (c.added + c.updated > 0 || !changedOnly && c.skipped > 0) {
                out.add(String.format(
                        Locale.ROOT,
                        "  %-20s %,10d added %,10d skipped %,10d updated",
                        e.getKey().fileName(),
                        c.added,
                        c.skipped,
                        c.updated));
            }
        }
        return out;
    }
}
