package org.allianceexplorer.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Writes a folder so that it appears complete or not at all: the files go to a temporary folder beside
 * the target ({@code .NAME.XXXX.part}), are forced to disk, and the folder is then renamed to the target.
 * A failure or a kill leaves the target as it was (absent, empty, or the old folder); at worst a temporary
 * folder stays behind.
 */
public final class AtomicFolder {

    /** Produces the folder's files into an existing empty folder. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path folder) throws IOException;
    }

    private AtomicFolder() {}

    /**
     * Writes {@code target}, which must not exist or be an empty folder; with {@code replace}, it may be a
     * folder that {@code replaceable} accepts (say, one we wrote before), which is then replaced whole.
     */
    public static void write(
            Path target, boolean replace, Predicate<Path> replaceable, String replaceableWhat, Content content)
            throws AtomicFile.OutputException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new AtomicFile.OutputException(target + ": the folder " + dir + " does not exist", null);
        }
        check(target, abs, replace, replaceable, replaceableWhat);
        Path tmp = null;
        Path old = null;
        try {
            tmp = Files.createTempDirectory(dir, "." + abs.getFileName() + ".");
            content.writeTo(tmp);
            AtomicFile.sync(tmp);
            // the target may have changed while we were writing
            check(target, abs, replace, replaceable, replaceableWhat);
            if (Files.isDirectory(abs) && empty(abs)) {
                Files.delete(abs);
            } else if (Files.exists(abs)) {
                old = Files.createTempDirectory(dir, "." + abs.getFileName() + ".old.");
                Files.delete(old);
                move(abs, old);
            }
            move(tmp, abs);
            tmp = null;
            AtomicFile.forceFolder(dir);
            if (old != null) {
                deleteQuietly(old);
                old = null;
            }
        } catch (AtomicFile.OutputException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new AtomicFile.OutputException(target + ": cannot write there (permission denied)", e);
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new AtomicFile.OutputException(
                    target + ": cannot write ("
                            + (m.toLowerCase(Locale.ROOT).contains("no space") ? "the disk is full" : m) + ")",
                    e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
            if (old != null && !Files.exists(abs)) {
                // the new folder could not take the name: put the old one back
                try {
                    move(old, abs);
                } catch (IOException ignored) {
                    // it stays under its temporary name beside the target; the error says what went wrong
                }
            }
        }
    }

    private static void check(Path target, Path abs, boolean replace, Predicate<Path> replaceable, String what)
            throws AtomicFile.OutputException {
        if (Files.isSymbolicLink(abs) || Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new AtomicFile.OutputException(target + ": exists and is not a folder; choose another name", null);
        }
        if (Files.isDirectory(abs) && !empty(abs)) {
            if (!replace) {
                throw new AtomicFile.OutputException(
                        target + ": is a folder that is not empty; choose another, or" + " give --force to replace it",
                        null);
            }
            if (!replaceable.test(abs)) {
                throw new AtomicFile.OutputException(
                        target + ": is not " + what + "; refusing to replace it even with" + " --force", null);
            }
        }
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // ours, temporary: the result or error being reported is what matters
        }
    }
}
