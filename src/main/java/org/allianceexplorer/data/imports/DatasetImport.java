package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.io.AtomicFile;
import org.allianceexplorer.io.ZipInput;

/**
 * The ways a dataset comes in, each all or nothing:
 * <ul>
 *   <li>{@link #toNewFile}: a new database, written beside the target under a temporary name and moved
 *       into place when complete;</li>
 *   <li>{@link #intoFile}: into an existing database. The file is copied beside itself, the import runs on
 *       the copy in one transaction, and the copy replaces the file (an atomic rename) only when the
 *       import succeeded and the file did not change meanwhile. Killed at any moment, the file is as it was
 *       (byte for byte) or wholly imported; never half.</li>
 *   <li>{@link #intoServer} and {@link #into}: into a team database, in the server's one transaction.</li>
 * </ul>
 */
public final class DatasetImport {

    private DatasetImport() {}

    /** A new database at {@code out} (which must not exist) from the dataset at {@code from}. */
    public static ImportReport toNewFile(
            Path from, Path out, Importer.Settings settings, ZipInput.Limits zipLimits, Consumer<String> progress)
            throws IOException {
        refuseExisting(out);
        try (ImportSource source = ImportSource.open(from, zipLimits)) {
            return toNewFile(source.files(), source.name(), out, settings, progress);
        }
    }

    /** A new database at {@code out} (which must not exist) from dataset files. */
    public static ImportReport toNewFile(
            DatasetFiles files, String name, Path out, Importer.Settings settings, Consumer<String> progress)
            throws AtomicFile.OutputException {
        refuseExisting(out);
        ImportReport[] report = new ImportReport[1];
        AtomicFile.writeFile(out, tmp -> {
            try {
                try (Database db = Database.createNew(tmp)) {
                    scratch(db, false);
                    report[0] = new Importer(files, settings)
                            .defaultName(name)
                            .onProgress(progress)
                            .run(db);
                }
                if (!report[0].ok()) {
                    throw new ImportException(report[0]);
                }
                refuseExisting(out);
            } finally {
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-journal"));
            }
        });
        return report[0];
    }

    /** Adds the dataset at {@code from} to the database {@code file}. */
    public static ImportReport intoFile(
            Path from, Path file, Importer.Settings settings, ZipInput.Limits zipLimits, Consumer<String> progress)
            throws IOException {
        checkTarget(file);
        try (ImportSource source = ImportSource.open(from, zipLimits)) {
            return intoFile(source.files(), label(from), file, settings, progress);
        }
    }

    /** Adds dataset files to the database {@code file}, recorded in its history as one edit named {@code label}. */
    public static ImportReport intoFile(
            DatasetFiles files, String label, Path file, Importer.Settings settings, Consumer<String> progress)
            throws IOException {
        DatabaseCopy.checkTarget(file);
        record Done(ImportReport report) implements DatabaseCopy.Outcome {
            @Override
            public boolean ok() {
                return report.ok();
            }

            @Override
            public boolean changed() {
                return report.added() + report.updated() + report.keysGiven() > 0;
            }
        }
        return DatabaseCopy.update(
                        file,
                        db -> new Done(new Importer(files, settings)
                                .inHistory(label)
                                .onProgress(progress)
                                .run(db)),
                        done -> new ImportException(done.report()))
                .report();
    }

    /**
     * Adds the dataset at {@code from} to a team database on a server (issue 17), in the server's one transaction:
     * committed only when everything imports, else rolled back (nothing written); a connection lost meanwhile
     * leaves nothing of it either. Needs an editor's rights.
     */
    public static ImportReport intoServer(
            Path from,
            ServerAddress server,
            Importer.Settings settings,
            ZipInput.Limits zipLimits,
            Consumer<String> progress)
            throws IOException {
        try (ImportSource source = ImportSource.open(from, zipLimits);
                Database db = Database.openServer(server, null, false)) {
            return into(db, source.files(), label(from), settings, progress);
        }
    }

    /**
     * Adds the dataset at {@code from} to {@code writable}, an open database of the window's opened again to write
     * (a file, or a team database as the signed-in user), in one transaction as an edit is made (killed meanwhile,
     * the file is as it was); recorded in its history as one edit. {@code writable} is closed.
     */
    public static ImportReport into(
            Database writable,
            Path from,
            Importer.Settings settings,
            ZipInput.Limits zipLimits,
            Consumer<String> progress)
            throws IOException {
        try (Database db = writable;
                ImportSource source = ImportSource.open(from, zipLimits)) {
            return into(db, source.files(), label(from), settings, progress);
        }
    }

    private static ImportReport into(
            Database db, DatasetFiles files, String label, Importer.Settings settings, Consumer<String> progress) {
        ImportReport report = new Importer(files, settings)
                .inHistory(label)
                .onProgress(progress)
                .run(db);
        if (!report.ok()) {
            throw new ImportException(report);
        }
        return report;
    }

    /** The history's name for an import from {@code from}: "Import karachi-update.zip". */
    private static String label(Path from) {
        return "Import " + from.toAbsolutePath().normalize().getFileName();
    }

    private static void scratch(Database db, boolean wal) {
        DatabaseCopy.scratch(db, wal);
    }

    private static void checkTarget(Path file) {
        DatabaseCopy.checkTarget(file);
    }

    private static void refuseExisting(Path out) {
        if (Files.exists(out) || Files.isSymbolicLink(out)) {
            throw new DatabaseException(out + ": already exists; import --out writes a new database only (to add to"
                    + " this one: import --into)");
        }
    }
}
