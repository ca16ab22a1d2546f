package org.allianceexplorer.data.load;

import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.Importer;

/**
 * Loads a dataset of CSV files (the interchange format, {@code docs/data-format.md}) into a new, writable
 * database, in one transaction: the bundled dataset at start-up, and the test fixtures. It is the importer
 * ({@link Importer}) with its report turned into one exception: every record must cite a source, and a row
 * that does not resolve (an unknown party, a bad date, a missing source) stops the load with a message
 * naming the file, line and column of the first problem.
 */
public final class DatasetLoader {

    private final DatasetFiles files;

    public DatasetLoader(DatasetFiles files) {
        this.files = files;
    }

    /** Loads everything into {@code db}, which must be new and writable; throws on bad data. */
    public void load(Database db) {
        ImportReport report = new Importer(files, Importer.Settings.DEFAULT).run(db);
        if (!report.ok()) {
            String first = report.problems().isEmpty()
                    ? report.summary()
                    : report.problems().get(0).toString();
            long more = report.problemCount() - 1;
            throw new DatasetException(
                    first + (more > 0 ? " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")" : ""));
        }
    }
}
