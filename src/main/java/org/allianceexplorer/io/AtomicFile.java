package org.allianceexplorer.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a file so that it appears whole or not at all: the content goes to a temporary file in the
 * same folder, which replaces the target only when everything was written. A failure (no such folder,
 * no permission, a full disk, an error while producing the content) leaves no file behind and the
 * old target, if any, untouched.
 */
public final class AtomicFile {

    /** Produces the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces a file at a temporary path (e.g. a database), which then becomes the target. */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path temporary) throws IOException;
    }

    /** The output could not be written; the message is for the user. */
    public static final class OutputException extends IOException {
        private static final long serialVersionUID = 1L;

        public OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AtomicFile() {}

    public static void write(Path target, Content content) throws OutputException {
        writeFile(target, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
        });
    }

    /** Like {@link #write}, for content that needs a path of its own; the temporary path does not exist yet. */
    public static void writeFile(Path target, FileContent content) throws OutputException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException(target + ": the folder " + dir + " does not exist", null);
        }
        if (Files.isDirectory(abs)) {
            throw new OutputException(target + ": is a folder; give a file name", null);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
            Files.delete(tmp);
            content.writeTo(tmp);
            // on disk before it takes the target's name: after a crash the target is the old file or the whole new one
            sync(tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            forceFolder(dir);
        } catch (AccessDeniedException e) {
            throw new OutputException(target + ": cannot write there (permission denied)", e);
        } catch (NoSuchFileException e) {
            throw new OutputException(target + ": the folder does not exist", e);
        } catch (FileSystemException e) {
            throw new OutputException(target + ": cannot write (" + reason(e) + ")", e);
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write (" + reason(e) + ")", e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Forces a file, or every file of a folder and the folder itself, to disk. Folders cannot be forced on
     * every system (Windows); there the files still are.
     */
    public static void sync(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    force(p);
                }
            }
            try (Stream<Path> s = Files.walk(path)) {
                for (Path p : s.filter(Files::isDirectory).toList()) {
                    forceFolder(p);
                }
            }
        } else if (Files.isRegularFile(path)) {
            force(path);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Forces a folder's entries (its file names) to disk where the system allows it. */
    public static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder as a channel; its file system orders renames itself
        }
    }

    /** Removes what a failed write left at the temporary path (a file, or a folder for a bundle). */
    private static void deleteQuietly(Path tmp) {
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // the error being reported is what matters; the temporary file is ours
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            m = fse.getReason();
        }
        return m.toLowerCase(Locale.ROOT).contains("no space") ? "the disk is full" : m;
    }
}
