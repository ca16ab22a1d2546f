package org.allianceexplorer.data.imports.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The results the database held before the import (ids up to {@code maxBefore}), matched by key: a result
 * already there with the same values is skipped, one with other values is a conflict.
 */
final class ExistingResults implements AutoCloseable {

    private final PreparedStatement find;
    private final long maxBefore;
    private final ResultsReport report;
    private final String file;

    ExistingResults(Connection c, long maxBefore, ResultsReport report, String file) throws SQLException {
        this.find = c.prepareStatement("SELECT constituency_id, candidate_name, party_id, party_label, votes, rank,"
                + " elected FROM candidacy WHERE code = ? AND id <= ?");
        this.maxBefore = maxBefore;
        this.report = report;
        this.file = file;
    }

    /** True when the key is in the database from before: skipped when the same, a conflict when not. */
    boolean matched(String key, long line, long seat, ResultsWriter.Result r) throws SQLException {
        find.setString(1, key);
        find.setLong(2, maxBefore);
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            List<String> diff = new ArrayList<>();
            if (rs.getLong(1) != seat || !Objects.equals(rs.getString(2), r.name())) {
                diff.add("seat or candidate");
            }
            if (!Objects.equals(rs.getObject(3) == null ? null : rs.getLong(3), r.party())) {
                diff.add("party");
            }
            if (!Objects.equals(rs.getString(4), r.label())) {
                diff.add("party label '" + rs.getString(4) + "' there, '" + r.label() + "' here");
            }
            if (rs.getLong(5) != r.votes()) {
                diff.add("votes " + rs.getLong(5) + " there, " + r.votes() + " here");
            }
            if (r.rank() != null && rs.getLong(6) != r.rank()) {
                diff.add("rank " + rs.getLong(6) + " there, " + r.rank() + " here");
            }
            if (r.elected() != null && rs.getLong(7) != r.elected()) {
                diff.add("elected " + rs.getLong(7) + " there, " + r.elected() + " here");
            }
            if (diff.isEmpty()) {
                report.resultsSkipped++;
            } else {
                report.conflict(
                        file,
                        line,
                        "result '" + key + "' is in the database with other values: " + String.join("; ", diff));
            }
            return true;
        }
    }

    @Override
    public void close() throws SQLException {
        find.close();
    }
}
