package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.io.AtomicFile;
import org.allianceexplorer.io.ZipInput;

/**
 * The two ways a dataset comes in, each all or nothing:
 * <ul>
 *   <li>{@link #toNewFile}: a new database, written beside the target under a temporary name and moved
 *       into place when complete;</li>
 *   <li>{@link #intoFile}: into an existing database. The file is copied beside itself, the import runs on
 *       the copy in one transaction, and the copy replaces the file (an atomic rename) only when the
 *       import succeeded and the file did not change meanwhile. Killed at any moment, the file is as it was
 *       (byte for byte) or wholly imported; never half.</li>
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
            return intoFile(source.files(), file, settings, progress);
        }
    }

    /** Adds dataset files to the database {@code file}. */
    public static ImportReport intoFile(
            DatasetFiles files, Path file, Importer.Settings settings, Consumer<String> progress) throws IOException {
        checkTarget(file);
        // opening it read-only first checks that it is a database of ours of the current schema
        try (Database probe = Database.openReadOnly(file)) {
            Objects.requireNonNull(probe);
        }
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        BasicFileAttributes before = Files.readAttributes(abs, BasicFileAttributes.class);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        boolean moved = false;
        try {
            Files.copy(abs, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            ImportReport report;
            boolean wal = walMode(tmp);
            try (Database db = Database.openWritable(tmp)) {
                scratch(db, wal);
                report = new Importer(files, settings).onProgress(progress).run(db);
            }
            if (!report.ok()) {
                throw new ImportException(report);
            }
            if (report.added() + report.updated() + report.keysGiven() == 0) {
                // nothing to write: the file keeps its bytes
                return report;
            }
            AtomicFile.sync(tmp);
            BasicFileAttributes now = Files.readAttributes(abs, BasicFileAttributes.class);
            if (now.size() != before.size()
                    || !now.lastModifiedTime().equals(before.lastModifiedTime())
                    || !Objects.equals(now.fileKey(), before.fileKey())) {
                throw new DatabaseException(file + ": changed while the import ran (another program wrote to it);"
                        + " nothing was written, try again");
            }
            checkTarget(file);
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            AtomicFile.forceFolder(dir);
            return report;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
            for (String suffix : new String[] {"-journal", "-wal", "-shm"}) {
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + suffix));
            }
        }
    }

    /** Settings for a database file that is ours to discard if anything goes wrong. */
    private static void scratch(Database db, boolean wal) {
        try (Statement st = db.connection().createStatement()) {
            if (!wal) {
                // no journal: a failed import throws the whole file away, it never rolls back into it
                st.execute("PRAGMA journal_mode = OFF");
            }
            st.execute("PRAGMA synchronous = OFF");
            st.execute("PRAGMA cache_size = -65536");
            st.execute("PRAGMA temp_store = MEMORY");
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    private static boolean walMode(Path file) throws IOException {
        byte[] header = new byte[20];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, 20) < 20) {
                return false;
            }
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        return b.get(18) == 2 || b.get(19) == 2;
    }

    private static void checkTarget(Path file) {
        if (!Files.exists(file)) {
            throw new DatabaseException(file + ": no such file (import --out makes a new database)");
        }
        for (String suffix : new String[] {"-journal", "-wal"}) {
            Path j = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(j)) {
                throw new DatabaseException(file + ": is in use by another program or was not closed cleanly (it has a "
                        + j.getFileName() + " beside it); close that program, or import into a copy");
            }
        }
    }

    private static void refuseExisting(Path out) {
        if (Files.exists(out) || Files.isSymbolicLink(out)) {
            throw new DatabaseException(out + ": already exists; import --out writes a new database only (to add to"
                    + " this one: import --into)");
        }
    }
}
