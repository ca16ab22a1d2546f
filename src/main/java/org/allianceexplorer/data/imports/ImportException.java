package org.allianceexplorer.data.imports;

/** The import was refused and nothing was written; the report lists why. */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public ImportException(ImportReport report) {
        super(report.summary()
                + (report.problems().isEmpty() ? "" : " (" + report.problems().get(0) + ")"));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
