package org.allianceexplorer.data.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;

/**
 * The dataset that ships with the application: its CSV files are loaded into a temporary SQLite file
 * (deleted when the program ends), which is then opened read-only like any user database.
 */
public final class BundledDataset {

    /** The name the window and status bar give the bundled database. */
    public static final String NAME = "Bundled dataset (Pakistan)";

    private BundledDataset() {}

    /** Builds the bundled database into a temporary file and opens it read-only. */
    public static Database open() {
        return Database.openReadOnly(materialize(DatasetFiles.bundled()), NAME);
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
