package org.allianceexplorer.data.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;

/**
 * The datasets that ship with the application. Their CSV files are loaded into SQLite when the project is
 * built ({@link #buildAll}, run by Maven in {@code process-classes}), so a start copies a ready database file to a
 * temporary file (deleted when the program ends) and opens it read-only like any user database. Run from
 * classes without that step (an IDE), the copy is built from the CSV files instead, as it once was at every
 * start.
 */
public final class BundledDataset {

    /** The name the window and status bar give the bundled database. */
    public static final String NAME = "Bundled dataset (Pakistan)";

    /**
     * One of the datasets that ship in the application: its key ({@code --dataset KEY}), the name the
     * window gives it, and its files.
     */
    public record Bundle(String key, String name, DatasetFiles files) {}

    /** The default dataset: Pakistan, 1977-2024 ({@code data/}). */
    public static final Bundle PAKISTAN = new Bundle("pakistan", NAME, DatasetFiles.bundled());

    /** Malaysia's 15th general election, 2022 ({@code datasets/malaysia-ge15/}, Tindak Malaysia, CC-BY-4.0). */
    public static final Bundle MALAYSIA_GE15 = new Bundle(
            "malaysia-ge15",
            "Bundled dataset (Malaysia GE15, 2022)",
            DatasetFiles.resources("/org/allianceexplorer/datasets/malaysia-ge15/", "datasets/malaysia-ge15/"));

    /** Every bundled dataset, the default first. */
    public static final List<Bundle> ALL = List.of(PAKISTAN, MALAYSIA_GE15);

    private BundledDataset() {}

    /** The bundled dataset of that key (any case); refused with the keys there are. */
    public static Bundle byKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (Bundle b : ALL) {
            if (b.key().equals(k)) {
                return b;
            }
        }
        throw new DatasetException("no bundled dataset '" + key + "'; there are: "
                + String.join(", ", ALL.stream().map(Bundle::key).toList()));
    }

    /** Builds the bundled database into a temporary file and opens it read-only. */
    public static Database open() {
        return open(PAKISTAN);
    }

    /** Opens a bundled dataset read-only, from a temporary copy of the file built with the application. */
    public static Database open(Bundle bundle) {
        return Database.openBundled(copyOfBuilt(bundle), bundle.name());
    }

    /** Where the database built from a bundle's CSV files is among the application's resources. */
    static String builtResource(Bundle bundle) {
        return "/org/allianceexplorer/bundled/" + bundle.key() + ".sqlite";
    }

    /**
     * A new temporary file holding the bundle's database: a copy of the one built with the application, else
     * built now from its CSV files.
     */
    public static Path copyOfBuilt(Bundle bundle) {
        try (InputStream built = BundledDataset.class.getResourceAsStream(builtResource(bundle))) {
            if (built == null) {
                return materialize(bundle.files());
            }
            Path tmp = temporaryFile();
            Files.copy(built, tmp);
            return tmp;
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot copy the bundled dataset to a temporary file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Builds every bundled dataset into {@code dir/KEY.sqlite} (replacing what is there): the build's step that
     * spares each start from loading the CSV files ({@code BuildResources}). A dataset that fails its checks
     * fails the build.
     */
    public static void buildAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Bundle b : ALL) {
            Path target = dir.resolve(b.key() + ".sqlite");
            Path part = dir.resolve(b.key() + ".sqlite.part");
            Files.deleteIfExists(part);
            build(b.files(), part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Builds a dataset into a new temporary database file and returns its path. */
    public static Path materialize(DatasetFiles files) {
        Path tmp = temporaryFile();
        build(files, tmp);
        return tmp;
    }

    /** A path in a new temporary folder, both deleted when the program ends; the file is not made. */
    private static Path temporaryFile() {
        try {
            Path dir = Files.createTempDirectory("alliance-explorer-");
            dir.toFile().deleteOnExit();
            Path tmp = dir.resolve("bundled.sqlite");
            tmp.toFile().deleteOnExit();
            return tmp;
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot create a temporary file for the bundled dataset (" + e.getMessage() + ")", e);
        }
    }

    /** Builds a dataset into a new database file at {@code target}, which must not exist. */
    public static void build(DatasetFiles files, Path target) {
        // refused before anything is written, so the clean-up below only ever removes our own file
        if (Files.exists(target)) {
            throw new DatabaseException(target + ": already exists; choose another name or remove it first");
        }
        try (Database db = Database.createNew(target)) {
            new DatasetLoader(files).load(db);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the failure above is what the user needs to know
            }
            throw e;
        }
    }
}
