package org.allianceexplorer.data.imports.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.imports.DatabaseCopy;
import org.allianceexplorer.io.CsvReader;

/**
 * {@code import-results}: candidate-level results from a CSV or XLSX file (long or wide layout, see
 * {@link ResultsMapping}) into a database, all or nothing (through {@link DatabaseCopy}: the import runs
 * on a copy that replaces the file only when everything imported).
 */
public final class ResultsImport {

    /** The source every imported row cites: an existing one by key, or one made from these values. */
    public record Source(
            String key, String outlet, String title, String url, String published, String retrieved, String snippet) {
        public static final Source NONE = new Source(null, null, null, null, null, null, null);
    }

    /**
     * What to import and where: the file, its mapping file (or null: detected), the election and assembly
     * (made when the database lacks them, from the name, polling day and country given), the source, an
     * alias file of labels resolved by the user (or null), and whether unknown labels are kept as labels
     * without a party instead of refusing the import.
     */
    public record Settings(
            Path from,
            Path map,
            String election,
            String electionName,
            String pollingDay,
            String country,
            String assembly,
            String assemblyName,
            Source source,
            Path aliases,
            boolean keepUnknownLabels,
            int maxProblems,
            CsvReader.Limits limits) {

        /** The least a run needs: the file, the election's and the assembly's keys, the source. */
        public static Settings of(Path from, String election, String assembly, Source source) {
            return new Settings(
                    from,
                    null,
                    election,
                    null,
                    null,
                    null,
                    assembly,
                    null,
                    source,
                    null,
                    false,
                    100,
                    CsvReader.Limits.DEFAULT);
        }

        public Settings withMap(Path m) {
            return new Settings(
                    from,
                    m,
                    election,
                    electionName,
                    pollingDay,
                    country,
                    assembly,
                    assemblyName,
                    source,
                    aliases,
                    keepUnknownLabels,
                    maxProblems,
                    limits);
        }

        public Settings withNewElection(String name, String day, String iso3) {
            return new Settings(
                    from,
                    map,
                    election,
                    name,
                    day,
                    iso3,
                    assembly,
                    assemblyName,
                    source,
                    aliases,
                    keepUnknownLabels,
                    maxProblems,
                    limits);
        }

        public Settings withAssemblyName(String name) {
            return new Settings(
                    from,
                    map,
                    election,
                    electionName,
                    pollingDay,
                    country,
                    assembly,
                    name,
                    source,
                    aliases,
                    keepUnknownLabels,
                    maxProblems,
                    limits);
        }

        public Settings withAliases(Path a) {
            return new Settings(
                    from,
                    map,
                    election,
                    electionName,
                    pollingDay,
                    country,
                    assembly,
                    assemblyName,
                    source,
                    a,
                    keepUnknownLabels,
                    maxProblems,
                    limits);
        }

        public Settings keepingUnknownLabels() {
            return new Settings(
                    from,
                    map,
                    election,
                    electionName,
                    pollingDay,
                    country,
                    assembly,
                    assemblyName,
                    source,
                    aliases,
                    true,
                    maxProblems,
                    limits);
        }

        public Settings withLimits(int problems, CsvReader.Limits l) {
            return new Settings(
                    from,
                    map,
                    election,
                    electionName,
                    pollingDay,
                    country,
                    assembly,
                    assemblyName,
                    source,
                    aliases,
                    keepUnknownLabels,
                    problems,
                    l);
        }
    }

    /** The import was refused and nothing was written; the report says why. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ResultsReport report;

        public RefusedException(ResultsReport report) {
            super(report.summary());
            this.report = report;
        }

        public ResultsReport report() {
            return report;
        }
    }

    private ResultsImport() {}

    /** Adds the results to the database {@code file}; throws {@link RefusedException} when refused. */
    public static ResultsReport intoFile(Path file, Settings settings, Consumer<String> progress) throws IOException {
        return DatabaseCopy.update(file, db -> run(db, settings, progress), RefusedException::new);
    }

    /** A new database at {@code out} (which must not exist) holding the results. */
    public static ResultsReport toNewFile(Path out, Settings settings, Consumer<String> progress) throws IOException {
        if (Files.exists(out)) {
            throw new DatabaseException(
                    out + ": already exists; --out writes a new database only (to add to this" + " one: --into)");
        }
        return DatabaseCopy.create(
                out, db -> run(db, settings, progress), RefusedException::new, p -> !Files.exists(p));
    }

    /** Imports into {@code db} (writable, ours to discard on failure) in one transaction, committed only if ok. */
    public static ResultsReport run(Database db, Settings settings, Consumer<String> progress) {
        return new ResultsImporter(settings, progress).run(db);
    }
}
