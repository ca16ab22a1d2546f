import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.io.ZipInput;

/**
 * How long Undo and Redo of an import take: copies DATABASE, imports DATASET into the copy (taking the dataset's
 * version of records that differ), then undoes and redoes it as the window's Edit menu does (the edit service on the
 * file open for editing), RUNS times (default 3), printing each time. Run as a single-file program:
 * {@code java -cp target/alliance-explorer.jar bench/UndoImportBench.java DATABASE DATASET [RUNS]}; the datasets of
 * {@code bench/import-history-benchmark.sh} (its scratch folder's {@code small} and {@code large}) serve.
 */
public class UndoImportBench {
    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Path dataset = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path copy = Files.createTempFile("undo-import-bench", ".sqlite");
        try {
            for (int run = 1; run <= runs; run++) {
                Files.copy(base, copy, StandardCopyOption.REPLACE_EXISTING);
                long t0 = System.nanoTime();
                ImportReport r = DatasetImport.intoFile(
                        dataset,
                        copy,
                        Importer.Settings.DEFAULT.withConflicts(Importer.OnConflict.UPDATE),
                        ZipInput.Limits.DEFAULT,
                        s -> {});
                long t1 = System.nanoTime();
                try (Editing e = Editing.of(Database.openForEditing(copy), Clock.systemUTC())) {
                    e.edits().undo(r.history().editId(), "bench");
                    long t2 = System.nanoTime();
                    e.edits().redo(r.history().editId(), "bench");
                    long t3 = System.nanoTime();
                    System.out.printf(
                            "run %d: %,d history rows; import %.2f s, undo %.2f s, redo %.2f s%n",
                            run,
                            r.history().rows(),
                            (t1 - t0) / 1e9,
                            (t2 - t1) / 1e9,
                            (t3 - t2) / 1e9);
                }
            }
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(copy + suffix));
            }
        }
    }
}
