package org.allianceexplorer.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.allianceexplorer.domain.Problem;

/**
 * The {@code check} report: file integrity, foreign keys, and the domain rules the schema cannot state.
 * Reads only. Each rule is one query ({@link RecordRules}, which the edit service runs too); {@code limit}
 * caps the problems reported per rule.
 */
public final class Validator {

    private final Database db;
    private final int limit;

    public Validator(Database db, int limitPerRule) {
        this.db = db;
        this.limit = limitPerRule;
    }

    /** Runs every check; problems go to {@code sink} as they are found. Returns how many there were. */
    public int run(Consumer<Problem> sink) {
        int n = 0;
        if (db.dialect() == Dialect.SQLITE) {
            n += fileChecks(sink);
        }
        for (RecordRules.Rule r : RecordRules.ALL) {
            n += pragma(
                    r.sql().apply(RecordRules.Scope.ALL) + " LIMIT " + (limit + 1),
                    r.name(),
                    rs -> new Problem(rs.getString(1), rs.getString(2)),
                    sink);
        }
        return n;
    }

    /**
     * A file's integrity and its foreign keys (SQLite lets a program write a file with them off). A server keeps
     * both itself: its pages are its own, and its foreign keys are always enforced, so no row can break one.
     */
    private int fileChecks(Consumer<Problem> sink) {
        int n = 0;
        n += pragma(
                "PRAGMA quick_check",
                "integrity",
                rs -> {
                    String s = rs.getString(1);
                    return "ok".equals(s) ? null : new Problem("file", s);
                },
                sink);
        n += pragma(
                "PRAGMA foreign_key_check",
                "foreign keys",
                rs -> {
                    // tables WITHOUT ROWID (event_party, event_person, citation) report no row id
                    long row = rs.getLong(2);
                    String record = rs.wasNull() ? rs.getString(1) + " (a row)" : rs.getString(1) + " " + row;
                    return new Problem(record, "refers to a missing " + rs.getString(3));
                },
                sink);
        return n;
    }

    /** All problems in a list (for tests and small databases). */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        run(out::add);
        return out;
    }

    private interface Mapper {
        Problem map(ResultSet rs) throws SQLException;
    }

    private int pragma(String sql, String rule, Mapper mapper, Consumer<Problem> sink) {
        int n = 0;
        try (PreparedStatement ps = db.connection().prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Problem p = mapper.map(rs);
                if (p == null) {
                    continue;
                }
                n++;
                if (n > limit) {
                    sink.accept(new Problem(rule, "more problems of this kind not shown"));
                    break;
                }
                sink.accept(p);
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
        return n;
    }
}
