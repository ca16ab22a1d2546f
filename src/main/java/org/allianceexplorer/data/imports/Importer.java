package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.format.DatasetFormat.File;
import org.allianceexplorer.data.format.RecordKeys;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.io.CsvReader;

/**
 * Reads a dataset in the interchange format ({@code docs/data-format.md}) into a database: a new one, or
 * one that has records already, which are matched by key. A record whose key is new is added; one whose
 * key is there with the same content is skipped; one whose key is there with other content is a conflict,
 * which is a problem unless {@link OnConflict#UPDATE} says to take the file's version.
 *
 * <p>Everything happens in one transaction on a database that is a temporary file of ours (see
 * {@link DatasetImport}): reading goes on after a problem, so that every problem is listed (up to a cap),
 * and the transaction is committed only when there were none. Files are streamed: memory grows with the
 * number of keys, not with the size of the files.
 *
 * <p>In parts: {@link Manifest} (format and name), {@link KeyIndexes} (the records by key),
 * {@link RowReader} and {@link Line} (files, headers, cells and their problems), {@link RecordReaders} (the
 * rules of each kind of record) and {@link RecordWriter} (matching by key, adding, skipping, updating).
 */
public final class Importer {

    /** What to do with a record whose key is in the database already with other content. */
    public enum OnConflict {
        REFUSE,
        UPDATE
    }

    /**
     * How an import runs; {@code editor} is the name an import into an existing database is recorded under in its
     * history (null: the operating system's user name; a team database records its server user).
     */
    public record Settings(
            OnConflict onConflict, int maxProblems, CsvReader.Limits limits, boolean requireSources, String editor) {
        /**
         * Conflicts refused, 100 problems listed, cells up to 100,000 characters, and every record must cite a
         * source (the rule of the bundled dataset and of {@code check}).
         */
        public static final Settings DEFAULT =
                new Settings(OnConflict.REFUSE, 100, CsvReader.Limits.DEFAULT, true, null);

        public Settings withConflicts(OnConflict o) {
            return new Settings(o, maxProblems, limits, requireSources, editor);
        }

        /** Records that cite no source are imported too ({@code check} lists them). */
        public Settings allowingUnsourced() {
            return new Settings(onConflict, maxProblems, limits, false, editor);
        }

        /** The name the history records the import under (the window's editor name). */
        public Settings withEditor(String name) {
            return new Settings(onConflict, maxProblems, limits, requireSources, name);
        }
    }

    /** Joins a seat's assembly and code into one key (a character no code holds). */
    static final String SEP = "\u001F";

    private final DatasetFiles files;
    private final Settings settings;
    private final ImportReport report;
    private Consumer<String> progress = s -> {};
    private String defaultName;
    private ImportTransaction.Recording recording;

    public Importer(DatasetFiles files, Settings settings) {
        this.files = files;
        this.settings = settings;
        this.report = new ImportReport(settings.maxProblems());
    }

    /** The dataset's name when neither the manifest nor the database gives one (a new database from a format-1 folder). */
    public Importer defaultName(String name) {
        this.defaultName = name;
        return this;
    }

    /**
     * Records the import in the database's history as one edit named {@code label} (an import into an existing
     * database: Undo takes it back), under the settings' editor.
     */
    public Importer inHistory(String label) {
        this.recording = new ImportTransaction.Recording(label, settings.editor());
        return this;
    }

    /** Hears which file is being read (for a progress line). */
    public Importer onProgress(Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Imports into {@code db} (writable, ours to discard on failure) in one transaction, committed only
     * when there was no problem. Returns the report either way; problems in it mean nothing was committed.
     */
    public ImportReport run(Database db) {
        ImportTransaction.run(db, report, "(input)", Importer::oneLine, recording, (c, history) -> {
            Manifest manifest = Manifest.read(files, settings.limits(), report);
            if (report.ok()) {
                giveMissingKeys(c);
                try (RecordWriter writer =
                        new RecordWriter(c, new KeyIndexes(c), settings.onConflict(), report, history)) {
                    RowReader rows = new RowReader(files, settings, manifest, writer.keys(), report, progress);
                    readAll(new RecordReaders(c, rows, writer));
                }
            }
            if (report.ok()) {
                manifest.writeMeta(c, defaultName);
            }
        });
        return report;
    }

    /** Records made before schema 2 have no key: gives them the one a dump would, so they can be matched. */
    private void giveMissingKeys(Connection c) throws SQLException {
        long keyed = RecordKeys.fillMissing(c);
        report.keysGiven(keyed);
        if (keyed > 0) {
            report.note(String.format(
                    Locale.ROOT,
                    "%,d records of the database had no key (made by an older version)"
                            + " and were given the key a dump derives for them",
                    keyed));
        }
    }

    /** Every file in the order of the format (a file refers only to files before it), folder by folder. */
    private void readAll(RecordReaders readers) throws IOException, SQLException {
        List<String> folders = files.folders();
        if (!hasDatasetFiles(folders)) {
            report.problem(
                    files.describe("", ""),
                    0,
                    null,
                    "holds no dataset: none of " + DatasetFormat.MANIFEST + ", " + File.SOURCES.fileName() + ", "
                            + File.PARTIES.fileName() + ", ... (see docs/data-format.md)");
            return;
        }
        for (File f : File.values()) {
            if (f == File.CANDIDACIES) {
                for (String folder : folders) {
                    readers.results(folder);
                }
            }
            for (String folder : folders) {
                readers.each(folder, f);
            }
        }
    }

    private boolean hasDatasetFiles(List<String> folders) throws IOException {
        if (files.openBytes("", DatasetFormat.MANIFEST)
                .map(Importer::closeQuietly)
                .isPresent()) {
            return true;
        }
        for (String folder : folders) {
            for (File f : File.values()) {
                if (files.openBytes(folder, f.fileName())
                        .map(Importer::closeQuietly)
                        .isPresent()) {
                    return true;
                }
            }
            if (files.openBytes(folder, DatasetFormat.RESULTS_LAYOUT)
                    .map(Importer::closeQuietly)
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // only its presence mattered
        }
        return true;
    }

    static String oneLine(String m) {
        return m == null
                ? "unknown error"
                : m.replace('\n', ' ')
                        .replace("[SQLITE_CONSTRAINT_UNIQUE]", "")
                        .replace("[SQLITE_CONSTRAINT_CHECK]", "")
                        .strip();
    }
}
