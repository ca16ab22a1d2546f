package org.allianceexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zip archive someone sent us into a folder of our own, refusing archives that would write
 * outside it (an entry named {@code ../x} or {@code /etc/x}: "zip slip") or that expand far beyond their
 * size (a zip bomb). The limits are checked against the bytes actually unpacked, never against the sizes
 * the archive claims.
 */
public final class ZipInput {

    /** How much an archive may unpack to. */
    public record Limits(long maxTotalBytes, long maxEntryBytes, int maxEntries, int maxRatio) {
        /**
         * 4 GiB in all, 2 GiB a file, 10,000 files, and no file above 1 MiB that expands more than 200 times
         * (CSV compresses 5 to 15 times; a bomb a thousand times and more).
         */
        public static final Limits DEFAULT = new Limits(4L << 30, 2L << 30, 10_000, 200);
    }

    /** The archive was refused; nothing should be read from the folder. The message is for the user. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    private static final long RATIO_FROM = 1 << 20;

    private ZipInput() {}

    /** Unpacks {@code zip} into {@code into}, an existing empty folder. */
    public static void extract(Path zip, Path into, Limits limits) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        String name =
                zip.getFileName() == null ? zip.toString() : zip.getFileName().toString();
        ZipFile zf;
        try {
            zf = new ZipFile(zip.toFile());
        } catch (ZipException e) {
            throw new RefusedException(zip + ": is not a zip archive, or a damaged one (" + e.getMessage() + ")");
        }
        try (zf) {
            refuseIf(
                    zf.size() > limits.maxEntries(),
                    "%s: has %,d entries, more than the %,d allowed",
                    zip,
                    zf.size(),
                    limits.maxEntries());
            Set<String> seen = new HashSet<>();
            long total = 0;
            byte[] buf = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path target = inside(root, e.getName(), zip);
                if (!seen.add(target.toString().toLowerCase(Locale.ROOT))) {
                    throw new RefusedException(zip + ": has the entry '" + e.getName() + "' twice");
                }
                if (e.isDirectory() || target.equals(root)) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                long compressed = Math.max(1, e.getCompressedSize());
                long written = 0;
                try (InputStream in = zf.getInputStream(e);
                        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        written += n;
                        total += n;
                        refuseIf(
                                written > limits.maxEntryBytes(),
                                "%s: the entry '%s' unpacks to more than %,d bytes; refused",
                                zip,
                                e.getName(),
                                limits.maxEntryBytes());
                        refuseIf(
                                total > limits.maxTotalBytes(),
                                "%s: unpacks to more than %,d bytes in all; refused",
                                zip,
                                limits.maxTotalBytes());
                        refuseIf(
                                written > RATIO_FROM && written / compressed > limits.maxRatio(),
                                "%s: the entry '%s' expands more than %d times its packed size (a zip bomb?); refused",
                                zip,
                                e.getName(),
                                limits.maxRatio());
                        out.write(buf, 0, n);
                    }
                } catch (ZipException ze) {
                    throw new RefusedException(
                            name + ": the entry '" + e.getName() + "' is damaged (" + ze.getMessage() + ")");
                }
            }
        }
    }

    /** Refuses the archive when {@code over}, saying {@code format} with {@code args} (the archive first). */
    private static void refuseIf(boolean over, String format, Object... args) throws RefusedException {
        if (over) {
            throw new RefusedException(String.format(Locale.ROOT, format, args));
        }
    }

    /** Where an entry goes; refuses names that leave the folder. */
    private static Path inside(Path root, String entry, Path zip) throws RefusedException {
        String n = entry.replace('\\', '/');
        boolean bad = n.isEmpty() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0;
        for (String part : n.split("/")) {
            bad |= part.equals("..");
        }
        Path p = bad ? null : root.resolve(n).normalize();
        if (p == null || !p.startsWith(root)) {
            throw new RefusedException(zip + ": the entry '" + entry + "' points outside the archive's folder"
                    + " (a \"zip slip\" path); refused, nothing was read");
        }
        return p;
    }
}
