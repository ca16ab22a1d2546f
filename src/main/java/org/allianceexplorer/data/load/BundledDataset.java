package org.allianceexplorer.data.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;

/**
 * The dataset that ships with the application: its CSV files are loaded into a temporary SQLite file
 * (deleted when the program ends), which is then opened read-only like any user database.
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

    /** Builds a bundled dataset into a temporary file and opens it read-only. */
    public static Database open(Bundle bundle) {
        return Database.openBundled(materialize(bundle.files()), bundle.name());
    }

    /** Builds a dataset into a new temporary database file and returns its path. */
    public static Path materialize(DatasetFiles files) {
        Path tmp;
        try {
            Path dir = Files.createTempDirectory("alliance-explorer-");
            dir.toFile().deleteOnExit();
            tmp = dir.resolve("bundled.sqlite");
            tmp.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot create a temporary file for the bundled dataset (" + e.getMessage() + ")", e);
        }
        build(files, tmp);
        return tmp;
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
