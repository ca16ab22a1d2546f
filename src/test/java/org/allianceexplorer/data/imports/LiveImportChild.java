package org.allianceexplorer.data.imports;

import java.nio.file.Path;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.io.ZipInput;

/**
 * The writer the kill harness kills while it imports into a file open for editing, as the window does (one
 * transaction on a connection of its own, the file in WAL mode): imports DATASET into FILE taking the dataset's
 * version of records that differ, then prints {@code DONE}. Arguments: FILE DATASET.
 */
public final class LiveImportChild {

    private LiveImportChild() {}

    public static void main(String[] args) throws Exception {
        DatasetImport.into(
                Database.openForEditing(Path.of(args[0])),
                Path.of(args[1]),
                Importer.Settings.DEFAULT.withConflicts(Importer.OnConflict.UPDATE),
                ZipInput.Limits.DEFAULT,
                s -> {});
        System.out.println("DONE");
    }
}
