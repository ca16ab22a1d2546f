package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.format.DatasetFormat.Version;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.io.CsvReader;
import org.allianceexplorer.io.SafeCsv;

/**
 * The manifest of a dataset ({@code manifest.csv}): which format and version its files are written in (a
 * folder without one is format 1), and the dataset's name and notes, which go into the database's meta
 * table when it has none of its own.
 */
final class Manifest {
    private final Map<String, String> entries = new LinkedHashMap<>();
    private final ImportReport report;
    private boolean present;
    private Version version = DatasetFormat.LEGACY;
    private boolean tolerant;

    private Manifest(ImportReport report) {
        this.report = report;
    }

    /** The version the files are read as. */
    Version version() {
        return version;
    }

    /** True when files and columns this version does not know are ignored rather than refused (a newer format). */
    boolean tolerant() {
        return tolerant;
    }

    /** Reads the manifest of {@code files}; what is wrong with it goes to {@code report}. */
    static Manifest read(DatasetFiles files, CsvReader.Limits limits, ImportReport report) throws IOException {
        Manifest m = new Manifest(report);
        m.readFrom(files, limits);
        return m;
    }

    private void readFrom(DatasetFiles files, CsvReader.Limits limits) throws IOException {
        Optional<InputStream> in = files.openBytes("", DatasetFormat.MANIFEST);
        String where = files.describe("", DatasetFormat.MANIFEST);
        present = in.isPresent();
        if (in.isEmpty()) {
            version = DatasetFormat.LEGACY;
            tolerant = true;
            report.version(version);
            return;
        }
        try (CsvReader r = new CsvReader(in.get(), ',', limits)) {
            CsvReader.Row header = r.next();
            if (header == null
                    || header.cells().size() < 2
                    || !"key".equals(RowReader.strip(header.cells().get(0)))
                    || !"value".equals(RowReader.strip(header.cells().get(1)))) {
                report.problem(where, 1, null, "the header must be 'key,value'");
                return;
            }
            for (CsvReader.Row row; (row = r.next()) != null; ) {
                if (row.blank()) {
                    continue;
                }
                String k = RowReader.strip(row.cells().get(0));
                String v = row.cells().size() > 1 ? SafeCsv.restore(row.cells().get(1)) : null;
                if (k == null || k.isEmpty()) {
                    report.problem(where, row.line(), "A (key)", "'key' is empty");
                } else if (entries.putIfAbsent(k, v == null ? "" : v) != null) {
                    report.problem(where, row.line(), "A (key)", "'" + k + "' is given twice");
                }
            }
        } catch (CsvReader.CsvException e) {
            report.problem(where, e.line(), null, e.getMessage());
            return;
        }
        String format = entries.get("format");
        if (!DatasetFormat.FORMAT.equals(format)) {
            report.problem(
                    where,
                    0,
                    null,
                    format == null
                            ? "names no format (a row 'format," + DatasetFormat.FORMAT + "')"
                            : "is of the format '" + format + "', not '" + DatasetFormat.FORMAT + "'");
            return;
        }
        String v = entries.get("format_version");
        try {
            version = Version.parse(v);
        } catch (IllegalArgumentException e) {
            report.problem(where, 0, null, "format_version: " + e.getMessage());
            return;
        }
        report.version(version);
        if (!version.readable()) {
            report.problem(
                    where,
                    0,
                    null,
                    "is written in format " + version + ", which this version of Alliance Explorer"
                            + " cannot read (it reads " + DatasetFormat.LEGACY + " to " + DatasetFormat.CURRENT.major()
                            + ".x);"
                            + " update Alliance Explorer");
            return;
        }
        tolerant = version.newer();
        if (tolerant) {
            report.note(where + ": format " + version + " is newer than this version writes (" + DatasetFormat.CURRENT
                    + "); files and columns it does not know are ignored");
        }
        report.datasetName(entries.get("name"));
    }

    /**
     * Writes the dataset's name and notes into the database's meta table, each unless the database has its
     * own; {@code defaultName} names a dataset that has no manifest (format 1).
     */
    void writeMeta(Connection c, String defaultName) throws SQLException {
        // a folder without a manifest (format 1) is named after itself; a manifest without a name means none
        if (!entries.containsKey("name") && defaultName != null && version.equals(DatasetFormat.LEGACY) && !present) {
            entries.put("name", defaultName);
        }
        try (PreparedStatement has = c.prepareStatement("SELECT 1 FROM meta WHERE key = ?");
                PreparedStatement put = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                if (e.getKey().equals("format") || e.getKey().equals("format_version")) {
                    continue;
                }
                has.setString(1, e.getKey());
                try (ResultSet rs = has.executeQuery()) {
                    if (rs.next()) {
                        // the database keeps its own name and notes: an import adds records, not identity
                        continue;
                    }
                }
                put.setString(1, e.getKey());
                put.setString(2, e.getValue());
                put.executeUpdate();
            }
        }
    }
}
