package org.allianceexplorer.data.imports.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.allianceexplorer.data.Cancellation;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.imports.DatabaseCopy;
import org.allianceexplorer.data.imports.ImportTransaction;
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

    /** A party the import makes (the wizard's "new party" for an unknown label), cited to the results' source. */
    public record NewParty(String abbreviation, String name, String colour) {}

    /**
     * What to import and where: the file, its mapping file (or null: detected), the election and assembly
     * (made when the database lacks them, from the name, polling day and country given), the source, an
     * alias file of labels resolved by the user (or null), and whether unknown labels are kept as labels
     * without a party instead of refusing the import. From the window: the mapping as made there (wins over
     * {@code map}), the labels resolved there (as the alias file's entries) and the parties to make first.
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
            CsvReader.Limits limits,
            ResultsMapping mapping,
            List<AliasFile.Entry> resolved,
            List<NewParty> newParties,
            String editor) {

        public Settings {
            resolved = resolved == null ? List.of() : List.copyOf(resolved);
            newParties = newParties == null ? List.of() : List.copyOf(newParties);
        }

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
                    CsvReader.Limits.DEFAULT,
                    null,
                    List.of(),
                    List.of(),
                    null);
        }

        /** The mapping made in the window, used instead of a mapping file. */
        public Settings withMapping(ResultsMapping m) {
            return with(d -> d.mapping = m);
        }

        /** Labels resolved in the window (a party's abbreviation, or {@link AliasFile#NO_PARTY}) and parties to make. */
        public Settings withResolved(List<AliasFile.Entry> entries, List<NewParty> parties) {
            return with(d -> {
                d.resolved = entries;
                d.newParties = parties;
            });
        }

        public Settings withMap(Path m) {
            return with(d -> d.map = m);
        }

        public Settings withNewElection(String name, String day, String iso3) {
            return with(d -> {
                d.electionName = name;
                d.pollingDay = day;
                d.country = iso3;
            });
        }

        public Settings withAssemblyName(String name) {
            return with(d -> d.assemblyName = name);
        }

        public Settings withAliases(Path a) {
            return with(d -> d.aliases = a);
        }

        public Settings keepingUnknownLabels() {
            return with(d -> d.keepUnknownLabels = true);
        }

        /**
         * The name an import into an existing database is recorded under in its history (the window's editor name);
         * null: the operating system's user name. A team database records its server user.
         */
        public Settings withEditor(String name) {
            return with(d -> d.editor = name);
        }

        public Settings withLimits(int problems, CsvReader.Limits l) {
            return with(d -> {
                d.maxProblems = problems;
                d.limits = l;
            });
        }

        /** These settings with {@code change} made to a copy of their values (the one place that copies them). */
        private Settings with(Consumer<Draft> change) {
            Draft d = new Draft(this);
            change.accept(d);
            return d.settings();
        }
    }

    /** The values of {@link Settings} that its {@code with...} methods change, on a copy. */
    private static final class Draft {
        private final Settings base;
        private Path map, aliases;
        private String electionName, pollingDay, country, assemblyName, editor;
        private boolean keepUnknownLabels;
        private int maxProblems;
        private CsvReader.Limits limits;
        private ResultsMapping mapping;
        private List<AliasFile.Entry> resolved;
        private List<NewParty> newParties;

        Draft(Settings s) {
            base = s;
            map = s.map();
            aliases = s.aliases();
            electionName = s.electionName();
            pollingDay = s.pollingDay();
            country = s.country();
            assemblyName = s.assemblyName();
            keepUnknownLabels = s.keepUnknownLabels();
            maxProblems = s.maxProblems();
            limits = s.limits();
            mapping = s.mapping();
            resolved = s.resolved();
            newParties = s.newParties();
            editor = s.editor();
        }

        Settings settings() {
            return new Settings(
                    base.from(),
                    map,
                    base.election(),
                    electionName,
                    pollingDay,
                    country,
                    base.assembly(),
                    assemblyName,
                    base.source(),
                    aliases,
                    keepUnknownLabels,
                    maxProblems,
                    limits,
                    mapping,
                    resolved,
                    newParties,
                    editor);
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
        return DatabaseCopy.update(file, db -> lastChance(runRecorded(db, settings, progress)), RefusedException::new);
    }

    /**
     * Adds the results to a team database on a server (issue 17) in the server's one transaction: committed only
     * when everything imports, else rolled back and {@link RefusedException} thrown. Needs an editor's rights.
     */
    public static ResultsReport intoServer(ServerAddress server, Settings settings, Consumer<String> progress) {
        return into(Database.openServer(server, null, false), settings, progress);
    }

    /**
     * Adds the results to {@code writable} (a team database opened to write, see {@link #intoServer}) in its one
     * transaction and closes it; refused: nothing written, {@link RefusedException}. Cancelled from the window: the
     * transaction is never committed.
     */
    public static ResultsReport into(Database writable, Settings settings, Consumer<String> progress) {
        try (Database db = writable) {
            ResultsReport report = runRecorded(db, settings, progress);
            if (!report.ok()) {
                throw new RefusedException(report);
            }
            return report;
        }
    }

    /**
     * A new database at {@code out} (which must not exist) that starts as a copy of {@code base} (a database the
     * window has open, e.g. a bundled dataset, which is never written itself) and holds the results too. Written
     * beside {@code out} and moved into place when the import is complete.
     */
    public static ResultsReport copyWithResults(Path base, Path out, Settings settings, Consumer<String> progress)
            throws IOException {
        if (Files.exists(out)) {
            throw new DatabaseException(out + ": already exists; choose a new file");
        }
        Path abs = out.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".new");
        boolean moved = false;
        try {
            Files.copy(base, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ResultsReport report = intoFile(tmp, settings, progress);
            org.allianceexplorer.io.AtomicFile.sync(tmp);
            if (Files.exists(out)) {
                throw new DatabaseException(out + ": already exists");
            }
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            org.allianceexplorer.io.AtomicFile.forceFolder(abs.getParent());
            return report;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * As {@link #copyWithResults(Path, Path, Settings, Consumer)} from an open database, a team database's too: its
     * records copied into the new file first ({@link Database#saveCopy}), then the results added.
     */
    public static ResultsReport copyWithResults(Database base, Path out, Settings settings, Consumer<String> progress)
            throws IOException {
        if (Files.exists(out)) {
            throw new DatabaseException(out + ": already exists; choose a new file");
        }
        Path abs = out.toAbsolutePath();
        Path copy = abs.resolveSibling("." + abs.getFileName() + "." + System.nanoTime() + ".base");
        try {
            base.saveCopy(copy);
            return copyWithResults(copy, out, settings, progress);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * The import's work is done and about to be kept: a job cancelled from the window stops here, before the copy
     * replaces the file (so Cancel writes nothing).
     */
    private static ResultsReport lastChance(ResultsReport report) {
        Cancellation.check();
        return report;
    }

    /** A new database at {@code out} (which must not exist) holding the results. */
    public static ResultsReport toNewFile(Path out, Settings settings, Consumer<String> progress) throws IOException {
        if (Files.exists(out)) {
            throw new DatabaseException(
                    out + ": already exists; --out writes a new database only (to add to this" + " one: --into)");
        }
        return DatabaseCopy.create(
                out, db -> lastChance(run(db, settings, progress)), RefusedException::new, p -> !Files.exists(p));
    }

    /** Imports into {@code db} (writable, ours to discard on failure) in one transaction, committed only if ok. */
    public static ResultsReport run(Database db, Settings settings, Consumer<String> progress) {
        return new ResultsImporter(settings, progress, null).run(db);
    }

    /**
     * As {@link #run}, into a database that was there before: the import is recorded in its history as one edit
     * ("Import results na_2024.csv"), which Undo takes back.
     */
    private static ResultsReport runRecorded(Database db, Settings settings, Consumer<String> progress) {
        ImportTransaction.Recording recording = new ImportTransaction.Recording(
                "Import results " + settings.from().getFileName(), settings.editor());
        return new ResultsImporter(settings, progress, recording).run(db);
    }
}
