package org.allianceexplorer.data.imports.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;

/**
 * An import run to see what it would do, writing nothing the user has: the whole import (every row, the labels
 * with their counts, every problem, the same report as the command line's) on a scratch copy of the database,
 * thrown away after. The import wizard checks with it before the user may import.
 */
public final class ResultsCheck {

    private ResultsCheck() {}

    /**
     * Imports into a scratch copy of {@code database} (null: into a new empty database) and deletes it; the report
     * says what the import would do, or why it would be refused.
     */
    public static ResultsReport check(Path database, ResultsImport.Settings settings, Consumer<String> progress)
            throws IOException {
        return inScratch(database == null ? null : scratch -> Files.copy(database, scratch), settings, progress);
    }

    /**
     * As {@link #check(Path, ResultsImport.Settings, Consumer)} against an open database, a team database's too:
     * its records copied into the scratch file first ({@link Database#saveCopy}).
     */
    public static ResultsReport check(Database open, ResultsImport.Settings settings, Consumer<String> progress)
            throws IOException {
        return inScratch(open::saveCopy, settings, progress);
    }

    /** How the scratch file gets its records (null: a new empty database instead). */
    private interface Fill {
        void into(Path scratch) throws IOException;
    }

    private static ResultsReport inScratch(Fill fill, ResultsImport.Settings settings, Consumer<String> progress)
            throws IOException {
        Path dir = Files.createTempDirectory("alliance-explorer-check-");
        Path scratch = dir.resolve("check.sqlite");
        try {
            Database db;
            if (fill != null) {
                fill.into(scratch);
                db = Database.openWritable(scratch);
            } else {
                db = Database.createNew(scratch);
            }
            try (db) {
                try (Statement st = db.connection().createStatement()) {
                    st.execute("PRAGMA synchronous = OFF");
                    st.execute("PRAGMA temp_store = MEMORY");
                } catch (SQLException e) {
                    throw db.failure(e);
                }
                return ResultsImport.run(db, settings, progress);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
