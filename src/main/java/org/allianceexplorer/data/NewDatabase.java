package org.allianceexplorer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.allianceexplorer.io.AtomicFile;

/** An empty database of the current schema, with its name, for a user to fill (by import, later by editing). */
public final class NewDatabase {

    private NewDatabase() {}

    /** Writes a new empty database at {@code out}, which must not exist; it appears whole or not at all. */
    public static void create(Path out, String name) throws AtomicFile.OutputException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the dataset's name is empty");
        }
        refuseExisting(out);
        AtomicFile.writeFile(out, tmp -> {
            try (Database db = Database.createNew(tmp);
                    PreparedStatement ps =
                            db.connection().prepareStatement("INSERT INTO meta (key, value) VALUES ('name', ?)")) {
                ps.setString(1, name);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new DatabaseException(out + ": cannot write the new database (" + e.getMessage() + ")", e);
            }
            refuseExisting(out);
        });
    }

    /** The name a file suggests for its dataset: its name without the extension ("karachi.sqlite": "karachi"). */
    public static String defaultName(Path file) {
        String n = file.getFileName() == null ? "dataset" : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The name a database gives itself (its {@code meta} row), or null. */
    public static String nameOf(Database db) {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT value FROM meta WHERE key = 'name'");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    private static void refuseExisting(Path out) {
        if (Files.exists(out) || Files.isSymbolicLink(out)) {
            throw new DatabaseException(out + ": already exists; new writes a new database only, so choose another"
                    + " name or remove the file first");
        }
    }
}
