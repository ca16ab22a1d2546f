package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allianceexplorer.domain.Problem;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.FieldProblem;
import org.allianceexplorer.domain.edit.RowChange;
import org.allianceexplorer.domain.edit.RowChange.Action;

/**
 * One edit being made: one SQLite transaction that takes the write lock when it begins (BEGIN IMMEDIATE,
 * waiting up to the busy timeout for another writer), applies row changes (each checked against the row as
 * it is now, so an undo never overwrites a later change), checks the rules of {@code check} on the records
 * it touched, records the edit and its history rows, and commits; or rolls everything back.
 */
final class EditTransaction {

    /** What an edit does inside its transaction; returns the edit's name, worked out from what it did. */
    interface Work {
        String run(EditTransaction tx) throws SQLException;
    }

    private final Database db;
    private final Connection c;
    private final EditTables tables;
    private final RecordNames names;
    private final List<RowChange> applied = new ArrayList<>();

    private EditTransaction(Database db) {
        this.db = db;
        this.c = db.connection();
        this.tables = new EditTables(c);
        this.names = new RecordNames(tables);
    }

    Connection connection() {
        return c;
    }

    EditTables tables() {
        return tables;
    }

    List<RowChange> applied() {
        return applied;
    }

    /**
     * Runs {@code work} as one committed edit recorded in the history ({@code action} edit, undo or redo;
     * {@code reverts} the edit an undo or redo reverses, or null). Nothing is written unless all of it is.
     */
    static Edit commit(Database db, Clock clock, String editor, String action, Long reverts, Work work) {
        if (db.readOnly()) {
            throw new DatabaseException(db.location() + ": is open read-only; open it for editing first");
        }
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("the editor's name is empty");
        }
        db.checkStillThere();
        EditTransaction tx = new EditTransaction(db);
        boolean open = false;
        try (Statement st = tx.c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            open = true;
            st.execute("SAVEPOINT edit");
            String label = work.run(tx);
            if (tx.applied.isEmpty()) {
                throw new EditRejected("nothing to change");
            }
            if (reverts == null) {
                // an undo or redo puts rows back as they were before or after an edit that passed these rules;
                // a problem a record had before it was deleted (say, no citation in an older file) comes back with it
                tx.checkRules(st);
            }
            long editId = record(db, tx.c, clock, editor, label, action, reverts, tx.applied);
            DealState.refresh(tx.c);
            st.execute("RELEASE edit");
            db.checkStillThere();
            st.execute("COMMIT");
            open = false;
            return new Edit(editId, label, tx.applied);
        } catch (SQLException e) {
            throw EditFailures.translate(db, e);
        } finally {
            if (open) {
                rollback(tx.c);
            }
        }
    }

    /** What a step does inside a transaction that is always rolled back. */
    interface Probe {
        void run(EditTransaction tx) throws SQLException;
    }

    /** Runs {@code work} in a transaction and rolls it back: to see what an edit would do (a delete's dependents). */
    static void dryRun(Database db, Probe work) {
        EditTransaction tx = new EditTransaction(db);
        boolean open = false;
        try (Statement st = tx.c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            open = true;
            work.run(tx);
        } catch (SQLException e) {
            throw EditFailures.translate(db, e);
        } finally {
            if (open) {
                rollback(tx.c);
            }
        }
    }

    private static void rollback(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite rolled back already (e.g. after a full disk); nothing was committed either way
        }
    }

    /** Applies one row change, checked against the row as it is; returns it with the id a new row got. */
    RowChange apply(RowChange given) throws SQLException {
        RowChange ch = names.named(given);
        EditTables.Table t = EditTables.table(ch.table());
        RowChange done = ch;
        switch (ch.action()) {
            case INSERT -> {
                if (t.hasId()
                        && ch.id() != null
                        && tables.read(ch.table(), ch.id()).isPresent()) {
                    throw conflict(ch, "its id is taken by a record added since");
                }
                if (!t.hasId() && tables.exists(ch.table(), ch.after())) {
                    throw conflict(ch, "it is there already");
                }
                long id = tables.insert(ch.table(), ch.id(), ch.after());
                if (t.hasId()) {
                    done = ch.withId(id);
                    if (done.record() == null) {
                        done = new RowChange(ch.table(), id, "#" + id, ch.action(), ch.before(), ch.after());
                    }
                    names.know(done.table(), id, done.record());
                }
            }
            case UPDATE -> {
                lockUnchanged(ch);
                tables.update(ch.table(), ch.id(), ch.after());
            }
            case DELETE -> {
                if (t.hasId()) {
                    lockUnchanged(ch);
                } else if (!tables.exists(ch.table(), ch.before())) {
                    throw conflict(ch, "it was removed since");
                }
                tables.delete(ch.table(), ch.id(), ch.before());
            }
        }
        applied.add(done);
        return done;
    }

    /** Locks the row this change updates or deletes and refuses when another editor changed or deleted it since. */
    private void lockUnchanged(RowChange ch) throws SQLException {
        tables.lock(ch.table(), ch.id());
        Map<String, String> now =
                tables.read(ch.table(), ch.id()).orElseThrow(() -> conflict(ch, "it was deleted since"));
        for (Map.Entry<String, String> e : ch.before().entrySet()) {
            if (!EditTables.same(now.get(e.getKey()), e.getValue())) {
                throw conflict(ch, "its " + e.getKey() + " was changed since");
            }
        }
    }

    private static EditRejected conflict(RowChange ch, String why) {
        return new EditRejected(ch.table().replace('_', ' ') + " " + ch.record() + " cannot be "
                + ch.action().code() + "d: " + why);
    }

    /**
     * The rules of {@code check} on the records this edit touched (and those they link to): a problem this
     * edit would bring in rejects it; a problem that was there before is not this edit's doing and is left to
     * {@code check}. The state before is seen by rolling back to the savepoint and the edit is then made again
     * (same ids), which happens only when a touched record has a problem at all.
     */
    private void checkRules(Statement st) throws SQLException {
        RecordRules.Scope scope = touched();
        Set<Problem> after = problems(scope);
        if (after.isEmpty()) {
            return;
        }
        List<RowChange> made = List.copyOf(applied);
        st.execute("ROLLBACK TO edit");
        Set<Problem> before = problems(scope);
        after.removeAll(before);
        if (!after.isEmpty()) {
            throw new EditRejected(after.stream()
                    .map(p -> new FieldProblem(null, p.toString()))
                    .toList());
        }
        applied.clear();
        for (RowChange ch : made) {
            apply(ch);
        }
    }

    private Set<Problem> problems(RecordRules.Scope scope) throws SQLException {
        Set<Problem> out = new LinkedHashSet<>();
        for (RecordRules.Rule r : RecordRules.ALL) {
            String sql = r.sql().apply(scope);
            if (sql.contains("WHERE 0 AND ") || sql.endsWith(" AND 0")) {
                // no record of the rule's tables was touched
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement(sql);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Problem(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    /**
     * What this edit touched, for the rules: the rows it changed per table (with the records whose citations it
     * changed), and per table the records those rows link to, by the table that links (a claim's deal and source).
     */
    private RecordRules.Scope touched() {
        Map<String, Set<Long>> changed = new HashMap<>();
        Map<String, Map<String, Set<Long>>> linked = new HashMap<>();
        for (RowChange ch : applied) {
            if (ch.id() != null) {
                changed.computeIfAbsent(ch.table(), t -> new LinkedHashSet<>()).add(ch.id());
            }
            for (Map<String, String> side : List.of(ch.before(), ch.after())) {
                for (Map.Entry<String, String> e : side.entrySet()) {
                    Optional<String> parent = EditTables.linkedTable(ch.table(), e.getKey());
                    if (parent.isPresent() && e.getValue() != null) {
                        linked.computeIfAbsent(parent.get(), t -> new HashMap<>())
                                .computeIfAbsent(ch.table(), t -> new LinkedHashSet<>())
                                .add(Long.parseLong(e.getValue()));
                    }
                }
                if (ch.table().equals("citation") && side.get("record_kind") != null) {
                    changed.computeIfAbsent(side.get("record_kind"), t -> new LinkedHashSet<>())
                            .add(Long.parseLong(side.get("record_id")));
                }
            }
        }
        return RecordRules.Scope.of(changed, linked);
    }

    /**
     * Records an edit and its history rows on {@code c} (in the transaction that made {@code changes}); returns the
     * edit's id. The time is now to the second (UTC); on a team database the history names the database user the
     * server authenticated, not a name typed.
     */
    static long record(
            Database db,
            Connection c,
            Clock clock,
            String editor,
            String label,
            String action,
            Long reverts,
            List<RowChange> changes)
            throws SQLException {
        String time = DateTimeFormatter.ISO_INSTANT.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
        String who = db.server() != null ? sessionUser(c) : editor.strip();
        long editId;
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO edit (time, editor, label, action, reverts) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, time);
            ps.setString(2, who);
            ps.setString(3, label);
            ps.setString(4, action);
            if (reverts == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setLong(5, reverts);
            }
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            editId = rs.getLong(1);
        }
        try (RowInserter history = new RowInserter(
                c,
                "history",
                "edit_id",
                "step",
                "time",
                "editor",
                "kind",
                "record_id",
                "record",
                "action",
                "field",
                "old",
                "new")) {
            int step = 0;
            for (RowChange ch : changes) {
                step++;
                String record = ch.record() == null ? "" : ch.record();
                for (String field : ch.fields()) {
                    history.add(
                            editId,
                            step,
                            time,
                            who,
                            ch.table(),
                            ch.id(),
                            record,
                            ch.action().code(),
                            field,
                            ch.before().get(field),
                            ch.after().get(field));
                }
            }
        }
        return editId;
    }

    private static String sessionUser(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT session_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** An edit as the history has it: its name and its row changes in order. */
    static Optional<Edit> load(Connection c, long editId) throws SQLException {
        String label;
        try (PreparedStatement ps = c.prepareStatement("SELECT label FROM edit WHERE id = ?")) {
            ps.setLong(1, editId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                label = rs.getString(1);
            }
        }
        List<RowChange> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT step, kind, record_id, record, action, field, old, new"
                + " FROM history WHERE edit_id = ? ORDER BY step, id")) {
            ps.setLong(1, editId);
            try (ResultSet rs = ps.executeQuery()) {
                int step = -1;
                String table = null;
                Long id = null;
                String record = null;
                Action action = null;
                Map<String, String> before = new LinkedHashMap<>();
                Map<String, String> after = new LinkedHashMap<>();
                while (rs.next()) {
                    if (rs.getInt(1) != step) {
                        if (step >= 0) {
                            changes.add(new RowChange(table, id, record, action, before, after));
                        }
                        step = rs.getInt(1);
                        table = rs.getString(2);
                        long rid = rs.getLong(3);
                        id = rs.wasNull() ? null : rid;
                        record = rs.getString(4);
                        action = Action.valueOf(rs.getString(5).toUpperCase(java.util.Locale.ROOT));
                        before = new LinkedHashMap<>();
                        after = new LinkedHashMap<>();
                    }
                    // an update names each field on both sides (empty included); an insert or delete one side
                    if (rs.getString(7) != null || action == Action.UPDATE) {
                        before.put(rs.getString(6), rs.getString(7));
                    }
                    if (rs.getString(8) != null || action == Action.UPDATE) {
                        after.put(rs.getString(6), rs.getString(8));
                    }
                }
                if (step >= 0) {
                    changes.add(new RowChange(table, id, record, action, before, after));
                }
            }
        }
        return Optional.of(new Edit(editId, label, changes));
    }
}
