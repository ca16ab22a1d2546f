package org.allianceexplorer.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
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

        /** As of a day (none: no condition), keeps the rows whose span {@code alias}.from_date/to_date holds then. */
        Query holdsOn(String alias, LocalDate asOf) {
            return asOf == null ? this : and(spanHolds(alias), iso(asOf), iso(asOf));
        }

        /** As of a day (none: no condition), keeps the rows dated on or before it. */
        Query datedBy(String column, LocalDate asOf) {
            return asOf == null ? this : and(onOrBefore(column), iso(asOf));
        }

        /** As of a day (none: no condition), keeps the rows dated on or before it, or not dated at all. */
        Query undatedOrBy(String column, LocalDate asOf) {
            return asOf == null ? this : and("(" + column + " IS NULL OR " + onOrBefore(column) + ")", iso(asOf));
        }

        /** Keeps the rows whose {@code column} is one of {@code values}. */
        Query in(String column, Collection<?> values) {
            return and(column + " IN (" + marks(values.size()) + ")", values.toArray());
        }

        /**
         * Keeps the rows for which {@code subquery} (with the party's id as its one parameter) finds a tie; as of
         * a day, only a tie whose span {@code alias}.from_date/to_date holds then.
         */
        Query hasTie(String subquery, String alias, long partyId, LocalDate asOf) {
            if (asOf == null) {
                return and("EXISTS (" + subquery + ")", partyId);
            }
            return and("EXISTS (" + subquery + " AND " + spanHolds(alias) + ")", partyId, iso(asOf), iso(asOf));
        }
    }

    /**
     * A condition as a number: 1 when true, 0 when false, NULL when unknown. SQLite's comparisons are numbers
     * already, PostgreSQL's are booleans; this form means the same on both (ADR 0018).
     */
    static String bit(String condition) {
        return "CASE WHEN " + condition + " THEN 1 WHEN NOT (" + condition + ") THEN 0 END";
    }

    /** {@code n} parameter marks for an {@code IN} list: {@code ?, ?, ?}. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    <T> List<T> list(Query q, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        forEach(q, mapper, out::add);
        return out;
    }

    /**
     * Streams the rows of a query into {@code sink}. When the job running it is cancelled (see
     * {@link Cancellation}), the statement is interrupted and {@link java.util.concurrent.CancellationException}
     * thrown: a newer request does not wait for an older query to finish.
     */
    <T> void forEach(Query q, RowMapper<T> mapper, Consumer<T> sink) {
        Cancellation token = Cancellation.current();
        try (PreparedStatement ps = db.connection().prepareStatement(q.sql.toString())) {
            for (int i = 0; i < q.params.size(); i++) {
                ps.setObject(i + 1, q.params.get(i));
            }
            ps.setFetchSize(1000);
            Interruptible running = new Interruptible(ps);
            try (Cancellation.Registration r = token == null ? () -> {} : token.onCancel(running::interrupt)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(mapper.map(rs));
                    }
                } finally {
                    running.finished();
                }
            }
        } catch (SQLException e) {
            if (Cancellation.currentCancelled()) {
                throw new CancellationException("cancelled: " + e.getMessage());
            }
            throw db.failure(e);
        }
        Cancellation.check();
    }

    /**
     * A statement that another thread may interrupt while, and only while, it runs: SQLite's interrupt acts on
     * the whole connection, so once this statement is done it must not reach the next job's statement.
     */
    private static final class Interruptible {
        private final PreparedStatement ps;
        private boolean done;

        Interruptible(PreparedStatement ps) {
            this.ps = ps;
        }

        synchronized void interrupt() {
            if (!done) {
                try {
                    ps.cancel();
                } catch (SQLException e) {
                    // closed meanwhile: nothing left to interrupt
                }
            }
        }

        synchronized void finished() {
            done = true;
        }
    }

    /** The kinds of record whose citations {@link #outletsByRecord} reads. */
    private static final Set<String> OUTLET_KINDS = Set.of("membership", "alliance", "seat_deal", "party_relation");

    /**
     * The outlets of the sources cited by each record of a kind (membership, alliance, seat_deal,
     * party_relation), by record id, in outlet order.
     */
    Map<Long, List<String>> outletsByRecord(String recordKind) {
        if (!OUTLET_KINDS.contains(recordKind)) {
            throw new IllegalArgumentException("no citations of kind '" + recordKind + "'");
        }
        Map<Long, List<String>> out = new LinkedHashMap<>();
        Query q = new Query("SELECT c.record_id, s.outlet FROM citation c JOIN source s ON s.id = c.source_id"
                        + " WHERE 1 = 1")
                .and("c.record_kind = ?", recordKind)
                .append("ORDER BY c.record_id, s.outlet");
        forEach(
                q,
                rs -> Map.entry(rs.getLong(1), rs.getString(2)),
                e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
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
        return spanHolds(alias + ".from_date", alias + ".to_date");
    }

    /**
     * SQL that is true when the span between two partial-date columns holds on the day (two parameters):
     * the SQL twin of {@link Period#holdsOn}, proven equal to it by AsOfRuleTest. A partial start counts
     * from its first day, a partial end until its last; a missing end is open.
     */
    static String spanHolds(String fromColumn, String toColumn) {
        return "(" + fromColumn + " IS NULL OR " + fromColumn + " <= substr(?, 1, length(" + fromColumn + "))) AND ("
                + toColumn + " IS NULL OR " + toColumn + " >= substr(?, 1, length(" + toColumn + ")))";
    }

    /**
     * SQL that is true when the party {@code alias} exists on the day (two parameters): founded by then (or
     * founding unknown) and not dissolved before it, as {@link org.allianceexplorer.domain.Party#existsOn}.
     */
    static String partyExists(String alias) {
        return spanHolds(alias + ".founded", alias + ".dissolved");
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

    static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\u001f"));
    }
}
