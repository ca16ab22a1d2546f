package org.allianceexplorer.data.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.data.format.DatasetFormat;

/** What an import did or would have done: counts per file, the problems (up to a cap) and notes. */
public final class ImportReport extends ImportOutcome {

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

    private final Map<DatasetFormat.File, Counts> counts = new EnumMap<>(DatasetFormat.File.class);
    private long keysGiven;
    private String datasetName;
    private DatasetFormat.Version version = DatasetFormat.CURRENT;

    public ImportReport(int maxProblems) {
        super(maxProblems);
        for (DatasetFormat.File f : DatasetFormat.File.values()) {
            counts.put(f, new Counts());
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

    /** The name the dataset's manifest gives, or null. */
    public String datasetName() {
        return datasetName;
    }

    public DatasetFormat.Version version() {
        return version;
    }

    /** One line: what was refused and why, for standard error. */
    public String summary() {
        long others = problemCount() - conflictCount();
        List<String> parts = new ArrayList<>();
        if (others > 0) {
            parts.add(String.format(Locale.ROOT, "%,d problem%s", others, others == 1 ? "" : "s"));
        }
        long conflicts = conflictCount();
        if (conflicts > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "%,d conflict%s with the database (give --update to take the" + " folder's version)",
                    conflicts,
                    conflicts == 1 ? "" : "s"));
        }
        String more = problemCount() > problems().size()
                ? String.format(
                        Locale.ROOT, "; the first %,d are listed", problems().size())
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
