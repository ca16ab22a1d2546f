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
import java.util.function.Function;
import java.util.function.Predicate;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.io.AtomicFile;

/**
 * The one way we write into a user's existing database, all or nothing: the file is copied beside itself,
 * a job runs on the copy (in its own transaction), and the copy replaces the file (an atomic rename) only
 * when the job succeeded, wrote something, and the file did not change meanwhile. Killed at any moment,
 * the file is as it was (byte for byte) or wholly changed; never half. Used by {@code import --into}
 * ({@link DatasetImport}) and {@code import-results}.
 */
public final class DatabaseCopy {

    /** What a job's result says: whether it may be kept, and whether it changed anything. */
    public interface Outcome {
        /** False: the job was refused and the copy is thrown away ({@link #refused} is then thrown). */
        boolean ok();

        /** False: nothing to write; the file keeps its bytes. */
        boolean changed();
    }

    private DatabaseCopy() {}

    /**
     * Runs {@code job} on a copy of {@code file} and puts the copy in its place when the outcome is ok and
     * changed something. When it is not ok, {@code refused} makes the exception thrown (nothing written).
     */
    public static <R extends Outcome> R update(
            Path file, Function<Database, R> job, Function<R, RuntimeException> refused) throws IOException {
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
            R result;
            boolean wal = walMode(tmp);
            try (Database db = Database.openWritable(tmp)) {
                scratch(db, wal);
                result = job.apply(db);
            }
            if (!result.ok()) {
                throw refused.apply(result);
            }
            if (!result.changed()) {
                return result;
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
            return result;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
            for (String suffix : new String[] {"-journal", "-wal", "-shm"}) {
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + suffix));
            }
        }
    }

    /**
     * Runs {@code job} on a new database written beside {@code out} (which must not exist) and moved into
     * place when the outcome is ok.
     */
    public static <R extends Outcome> R create(
            Path out, Function<Database, R> job, Function<R, RuntimeException> refused, Predicate<Path> stillFree)
            throws AtomicFile.OutputException {
        Object[] result = new Object[1];
        AtomicFile.writeFile(out, tmp -> {
            try {
                try (Database db = Database.createNew(tmp)) {
                    scratch(db, false);
                    result[0] = job.apply(db);
                }
                @SuppressWarnings("unchecked")
                R r = (R) result[0];
                if (!r.ok()) {
                    throw refused.apply(r);
                }
                if (!stillFree.test(out)) {
                    throw new DatabaseException(out + ": already exists");
                }
            } finally {
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-journal"));
            }
        });
        @SuppressWarnings("unchecked")
        R r = (R) result[0];
        return r;
    }

    /** Settings for a database file that is ours to discard if anything goes wrong. */
    static void scratch(Database db, boolean wal) {
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

    /** The target exists and no other program has it open for writing. */
    public static void checkTarget(Path file) {
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
}
