package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.io.ZipInput;

/**
 * Where a dataset to import is: a folder, or a zip archive of one, unpacked (with {@link ZipInput}'s
 * checks) into a temporary folder that {@link #close} removes. The dataset may be at the top of the
 * archive or inside its one top-level folder, as when a folder is zipped whole.
 */
public final class ImportSource implements AutoCloseable {

    private final DatasetFiles files;
    private final Path temporary;
    private final String name;

    private ImportSource(DatasetFiles files, Path temporary, String name) {
        this.files = files;
        this.temporary = temporary;
        this.name = name;
    }

    /** Opens a folder or a {@code .zip}; a message for the user when it is neither or is refused. */
    public static ImportSource open(Path from, ZipInput.Limits limits) throws IOException {
        if (!Files.exists(from)) {
            throw new ImportSourceException(from + ": no such folder or file");
        }
        String base = from.toAbsolutePath().normalize().getFileName() == null
                ? from.toString()
                : from.toAbsolutePath().normalize().getFileName().toString();
        if (Files.isDirectory(from)) {
            return new ImportSource(DatasetFiles.directory(from), null, base);
        }
        if (!base.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new ImportSourceException(from + ": is a file, not a dataset folder or a .zip of one (one CSV file of"
                    + " results is for import-results)");
        }
        Path tmp = Files.createTempDirectory("alliance-explorer-import-");
        try {
            ZipInput.extract(from, tmp, limits);
            Path root = datasetRoot(tmp);
            String shown = from.toString()
                    + (root.equals(tmp)
                            ? ""
                            : "/" + tmp.relativize(root).toString().replace('\\', '/'));
            return new ImportSource(DatasetFiles.directory(root, shown), tmp, base.substring(0, base.length() - 4));
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            throw e;
        }
    }

    /** The folder of the archive that holds the dataset: the top, or its only sub-folder. */
    private static Path datasetRoot(Path top) throws IOException {
        if (looksLikeDataset(top)) {
            return top;
        }
        try (Stream<Path> s = Files.list(top)) {
            List<Path> entries = s.filter(p -> !p.getFileName().toString().startsWith("__MACOSX"))
                    .toList();
            if (entries.size() == 1 && Files.isDirectory(entries.get(0))) {
                return entries.get(0);
            }
        }
        return top;
    }

    private static boolean looksLikeDataset(Path dir) {
        if (Files.isRegularFile(dir.resolve(DatasetFormat.MANIFEST))
                || Files.isRegularFile(dir.resolve(DatasetFormat.FOLDERS))) {
            return true;
        }
        for (DatasetFormat.File f : DatasetFormat.File.values()) {
            if (Files.isRegularFile(dir.resolve(f.fileName()))) {
                return true;
            }
        }
        return false;
    }

    public DatasetFiles files() {
        return files;
    }

    /** The folder's or archive's name without {@code .zip}: the dataset's name when nothing else gives one. */
    public String name() {
        return name;
    }

    @Override
    public void close() {
        if (temporary != null) {
            delete(temporary);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder of ours; the system's temporary space is cleaned in time
        }
    }

    /** The source cannot be read as a dataset; the message is for the user. */
    public static final class ImportSourceException extends IOException {
        private static final long serialVersionUID = 1L;

        public ImportSourceException(String message) {
            super(message);
        }
    }
}
