package org.allianceexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.allianceexplorer.io.AtomicFile;

/** "Save a copy to edit…": {@link Database#saveCopy}. */
final class DatabaseCopy {

    private DatabaseCopy() {}

    static void save(Database db, Path target) {
        if (Files.exists(target.resolveSibling(target.getFileName() + "-wal"))
                || Files.exists(target.resolveSibling(target.getFileName() + "-shm"))) {
            // SQLite would read that journal into the new copy
            throw new DatabaseException(target + ": is open in another program or was not closed cleanly (it has a"
                    + " journal beside it); choose another name");
        }
        if (Files.exists(target)) {
            try {
                if (Files.isSameFile(target, db.path())) {
                    throw new DatabaseException(target + ": is the open database itself; choose another name");
                }
            } catch (IOException e) {
                throw new DatabaseException(target + ": cannot be checked (" + e.getMessage() + ")", e);
            }
        }
        try {
            AtomicFile.writeFile(target, tmp -> {
                try (PreparedStatement ps = db.connection().prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, tmp.toAbsolutePath().toString());
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw new IOException(EditFailures.writeFailure(target, e).getMessage(), e);
                }
            });
        } catch (AtomicFile.OutputException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }
}
