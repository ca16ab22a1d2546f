package org.allianceexplorer.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Period;

/** What the SQLite repositories share: running a query, mapping partial dates, the as-of conditions. */
abstract class SqlSupport {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    protected final Database db;

    SqlSupport(Database db) {
        this.db = db;
    }

    /** A query under construction: SQL text and its parameters, in order. */
    static final class Query {
        final StringBuilder sql;
        final List<Object> params = new ArrayList<>();

        Query(String base) {
            sql = new StringBuilder(base);
        }

        Query and(String condition, Object... values) {
            sql.append(" AND ").append(condition);
            params.addAll(List.of(values));
            return this;
        }

        Query append(String text, Object... values) {
            sql.append(' ').append(text);
            params.addAll(List.of(values));
            return this;
        }
    }

    <T> List<T> list(Query q, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        forEach(q, mapper, out::add);
        return out;
    }

    <T> void forEach(Query q, RowMapper<T> mapper, Consumer<T> sink) {
        try (PreparedStatement ps = db.connection().prepareStatement(q.sql.toString())) {
            for (int i = 0; i < q.params.size(); i++) {
                ps.setObject(i + 1, q.params.get(i));
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapper.map(rs));
                }
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** The id of the party with this abbreviation; an unknown one is a user error. */
    long partyId(String abbreviation) {
        Query q = new Query("SELECT id FROM party WHERE abbreviation = ? COLLATE NOCASE");
        q.params.add(abbreviation);
        List<Long> ids = list(q, rs -> rs.getLong(1));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no party '" + abbreviation + "' in " + db.displayName());
        }
        return ids.get(0);
    }

    /** SQL that is true when the span of {@code alias}.from_date/to_date holds on the day (two parameters). */
    static String spanHolds(String alias) {
        return "(" + alias + ".from_date IS NULL OR " + alias + ".from_date <= substr(?, 1, length(" + alias
                + ".from_date))) AND (" + alias + ".to_date IS NULL OR " + alias + ".to_date >= substr(?, 1, length("
                + alias + ".to_date)))";
    }

    /**
     * SQL that is true when the party {@code alias} exists on the day (two parameters): founded by then (or
     * founding unknown) and not dissolved before it, as {@link org.allianceexplorer.domain.Party#existsOn}.
     */
    static String partyExists(String alias) {
        return "(" + alias + ".founded IS NULL OR " + onOrBefore(alias + ".founded") + ") AND (" + alias
                + ".dissolved IS NULL OR " + alias + ".dissolved >= substr(?, 1, length(" + alias + ".dissolved)))";
    }

    /** SQL that is true when a dated column falls on or before the day (one parameter). */
    static String onOrBefore(String column) {
        return column + " <= substr(?, 1, length(" + column + "))";
    }

    static String iso(LocalDate day) {
        return day.toString();
    }

    static PartialDate date(ResultSet rs, String column) throws SQLException {
        return PartialDate.parseNullable(rs.getString(column));
    }

    static Period period(ResultSet rs) throws SQLException {
        return new Period(date(rs, "from_date"), date(rs, "to_date"));
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\u001f"));
    }
}
