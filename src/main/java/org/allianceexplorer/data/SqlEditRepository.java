package org.allianceexplorer.data;

import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.allianceexplorer.domain.edit.CandidateSuggestion;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Dependents;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;
import org.allianceexplorer.domain.edit.FieldProblem;
import org.allianceexplorer.domain.edit.NewClaim;
import org.allianceexplorer.domain.edit.RowChange;
import org.allianceexplorer.domain.edit.RowChange.Action;

/** The edit service over SQLite (see {@link EditRepository}); one {@link EditTransaction} per edit. */
final class SqlEditRepository implements EditRepository {

    private final Database db;
    private final Clock clock;

    SqlEditRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Map<String, String>> values(EditKind kind, long id) {
        try {
            EditTables t = new EditTables(db.connection());
            Optional<Map<String, String>> row = t.read(kind.table(), id);
            if (row.isEmpty()) {
                return row;
            }
            Map<String, String> v = new LinkedHashMap<>(row.get());
            for (EditTables.Join j : joins(kind)) {
                v.put(j.field(), t.joined(j, id));
            }
            return Optional.of(v);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    @Override
    public List<Choice> lookup(EditKind kind, String text, Map<String, Long> within, int limit) {
        try {
            return new EditLookup(db.connection()).find(kind, text, within == null ? Map.of() : within, limit);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    @Override
    public Optional<Choice> choice(EditKind kind, long id) {
        try {
            return new EditLookup(db.connection()).choice(kind, id);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    @Override
    public Edit add(EditKind kind, Map<String, String> fields, Cite cite, String editor) {
        if (kind == EditKind.CITATION) {
            return addCitation(fields, editor);
        }
        requireCite(kind, cite);
        return EditTransaction.commit(db, clock, editor, "edit", null, tx -> {
            Map<String, String> given = new LinkedHashMap<>(fields);
            if (kind.field("code").map(Field::required).orElse(false) && EditSupport.blank(given.get("code"))) {
                given.put(
                        "code",
                        EditSupport.newKey(tx, kind.table(), kind.label().replace(' ', '-')));
            }
            Long citeId = null;
            if (kind == EditKind.CLAIM && EditSupport.blank(given.get("source_id")) && cite != null) {
                citeId = EditSupport.source(tx, cite);
                given.put("source_id", Long.toString(citeId));
            }
            // a deal is added with its first claim (a deal without one has no status, which check reports)
            Map<String, String> firstClaim = new LinkedHashMap<>();
            if (kind == EditKind.DEAL) {
                firstClaim.put("status", given.remove("status"));
                String date = given.remove("date");
                firstClaim.put(
                        "date",
                        EditSupport.blank(date) ? java.time.LocalDate.now(clock).toString() : date);
            }
            Map<String, String> checked = EditSupport.checked(kind, given, "");
            EditSupport.checkLinks(tx, kind, checked);
            Map<String, String> values = EditSupport.keyed(tx, kind.table(), checked);
            RowChange made = tx.apply(EditSupport.insert(kind.table(), null, values));
            long id = made.id();
            if (kind == EditKind.DEAL) {
                citeId = EditSupport.source(tx, cite);
                firstClaim.put("deal_id", Long.toString(id));
                firstClaim.put("source_id", Long.toString(citeId));
                tx.apply(EditSupport.insert(
                        "deal_claim",
                        null,
                        EditSupport.keyed(
                                tx, "deal_claim", EditSupport.checked(EditKind.CLAIM, firstClaim, "claim "))));
            }
            for (EditTables.Join j : joins(kind)) {
                linkAll(tx, j, id, ids(values.get(j.field())));
            }
            if (kind.cites()) {
                EditSupport.cite(tx, kind.table(), id, citeId != null ? citeId : EditSupport.source(tx, cite));
            }
            return "Add " + kind.label() + " " + made.record();
        });
    }

    private Edit addCitation(Map<String, String> fields, String editor) {
        return EditTransaction.commit(db, clock, editor, "edit", null, tx -> {
            Map<String, String> v = EditSupport.checked(EditKind.CITATION, fields, "");
            long recordId = Long.parseLong(v.get("record_id"));
            if (tx.tables().read(v.get("record_kind"), recordId).isEmpty()) {
                throw new EditRejected(List.of(new FieldProblem(
                        "record_id", "there is no " + v.get("record_kind").replace('_', ' ') + " #" + recordId)));
            }
            EditSupport.source(tx, new Cite.Existing(Long.parseLong(v.get("source_id"))));
            RowChange made = tx.apply(EditSupport.insert("citation", null, v));
            return "Add citation: " + made.record();
        });
    }

    @Override
    public Edit change(EditKind kind, long id, Map<String, String> fields, Cite cite, String editor) {
        return change(kind, id, fields, null, cite, editor);
    }

    @Override
    public Edit change(
            EditKind kind, long id, Map<String, String> fields, Map<String, String> seen, Cite cite, String editor) {
        if (kind == EditKind.CITATION) {
            throw new EditRejected("a citation is changed by removing it and adding another");
        }
        return EditTransaction.commit(db, clock, editor, "edit", null, tx -> {
            // the row is held until the commit: another editor's change waits, then sees this one (no lost update)
            tx.tables().lock(kind.table(), id);
            Map<String, String> now =
                    values(kind, id).orElseThrow(() -> new EditRejected("there is no " + kind.label() + " #" + id));
            if (seen != null) {
                StaleEdits.check(tx.connection(), kind, id, seen, now);
            }
            Map<String, String> merged = new LinkedHashMap<>(now);
            merged.putAll(fields);
            Long citeId = null;
            if (kind == EditKind.CLAIM && cite != null && !fields.containsKey("source_id")) {
                citeId = EditSupport.source(tx, cite);
                merged.put("source_id", Long.toString(citeId));
            }
            Map<String, String> values = EditSupport.checked(kind, merged, "");
            EditSupport.checkLinks(tx, kind, values);
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> after = new LinkedHashMap<>();
            for (Field f : kind.fields()) {
                if (EditSupport.stored(f) && !EditTables.same(now.get(f.name()), values.get(f.name()))) {
                    before.put(f.name(), now.get(f.name()));
                    after.put(f.name(), values.get(f.name()));
                }
            }
            boolean linksChanged =
                    joins(kind).stream().anyMatch(j -> !ids(now.get(j.field())).equals(ids(values.get(j.field()))));
            if ((!after.isEmpty() || linksChanged) && kind.cites()) {
                requireCite(kind, cite);
            }
            String record = EditSupport.display(kind.table(), values, id);
            if (!after.isEmpty()) {
                tx.apply(new RowChange(kind.table(), id, record, Action.UPDATE, before, after));
            }
            for (EditTables.Join j : joins(kind)) {
                TreeSet<Long> had = ids(now.get(j.field()));
                TreeSet<Long> want = ids(values.get(j.field()));
                for (long gone : had) {
                    if (!want.contains(gone)) {
                        tx.apply(EditSupport.delete(j.table(), null, join(j, id, gone)));
                    }
                }
                want.removeAll(had);
                linkAll(tx, j, id, want);
            }
            if (kind.cites() && cite != null) {
                EditSupport.cite(tx, kind.table(), id, EditSupport.source(tx, cite));
            }
            return "Change " + kind.label() + " " + record;
        });
    }

    @Override
    public Dependents dependents(EditKind kind, long id) {
        Dependents[] out = new Dependents[1];
        EditTransaction.dryRun(db, tx -> {
            DeletePlanner p = new DeletePlanner(tx);
            if (!p.delete(kind.table(), id)) {
                throw new EditRejected("there is no " + kind.label() + " #" + id);
            }
            out[0] = p.dependents();
        });
        return out[0];
    }

    @Override
    public Edit delete(EditKind kind, long id, boolean confirm, String editor) {
        if (kind == EditKind.CITATION) {
            throw new EditRejected("a citation is removed with uncite (record, source)");
        }
        return EditTransaction.commit(db, clock, editor, "edit", null, tx -> {
            DeletePlanner p = new DeletePlanner(tx);
            if (!p.delete(kind.table(), id)) {
                throw new EditRejected("there is no " + kind.label() + " #" + id);
            }
            Dependents d = p.dependents();
            if (d.needConfirmation() && !confirm) {
                throw new EditRejected(d.describe() + "; confirm to delete them too");
            }
            return "Delete " + d.record() + (d.deleted().isEmpty() ? "" : " and " + d.deletedText());
        });
    }

    @Override
    public Edit uncite(EditKind recordKind, long recordId, long sourceId, String editor) {
        return EditTransaction.commit(db, clock, editor, "edit", null, tx -> {
            Map<String, String> key = new LinkedHashMap<>();
            key.put("record_kind", recordKind.table());
            key.put("record_id", Long.toString(recordId));
            key.put("source_id", Long.toString(sourceId));
            if (!tx.tables().exists("citation", key)) {
                throw new EditRejected(recordKind.label() + " #" + recordId + " does not cite source #" + sourceId);
            }
            if (tx.tables().citations(recordKind.table(), recordId).size() <= 1) {
                throw new EditRejected(List.of(new FieldProblem(
                        "source",
                        "it is the only source this " + recordKind.label()
                                + " cites: cite another before removing it (every fact cites a source)")));
            }
            tx.apply(EditSupport.delete("citation", null, key));
            String record = EditSupport.display(
                    recordKind.table(),
                    tx.tables().read(recordKind.table(), recordId).orElse(Map.of()),
                    recordId);
            return "Remove source #" + sourceId + " of " + recordKind.label() + " " + record;
        });
    }

    @Override
    public Edit undo(long editId, String editor) {
        Edit original = load(editId);
        return replay(editId, editor, "undo", original, original.inverse(), "Undo ");
    }

    @Override
    public Edit redo(long editId, String editor) {
        Edit original = load(editId);
        return replay(editId, editor, "redo", original, original.changes(), "Redo ");
    }

    /** Undo and redo: one new edit that applies these changes of an earlier one, labelled after it. */
    private Edit replay(
            long editId, String editor, String action, Edit original, List<RowChange> changes, String label) {
        return EditTransaction.commit(db, clock, editor, action, editId, tx -> {
            for (RowChange ch : changes) {
                tx.apply(ch);
            }
            return label + original.label();
        });
    }

    private Edit load(long editId) {
        try {
            return EditTransaction.load(db.connection(), editId)
                    .orElseThrow(() -> new EditRejected("there is no edit #" + editId + " in the history"));
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    @Override
    public Edit newClaim(NewClaim claim, String editor) {
        return EditTransaction.commit(db, clock, editor, "edit", null, tx -> NewClaims.add(tx, claim, clock));
    }

    @Override
    public Optional<CandidateSuggestion> suggestCandidate(long electionId, long seatId, long receiverId) {
        try {
            return NewClaims.suggest(db.connection(), electionId, seatId, receiverId);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    @Override
    public long dataVersion() {
        return db.dataVersion();
    }

    // --- shared steps ------------------------------------------------------------------------------

    private static void requireCite(EditKind kind, Cite cite) {
        if (kind.cites() && cite == null) {
            throw new EditRejected(List.of(new FieldProblem(
                    "source", "a new or changed " + kind.label() + " cites at least one source: pick one or add it")));
        }
    }

    private static List<EditTables.Join> joins(EditKind kind) {
        return kind == EditKind.EVENT ? EditTables.JOINS : List.of();
    }

    private static void linkAll(EditTransaction tx, EditTables.Join j, long eventId, Iterable<Long> ids)
            throws SQLException {
        for (long other : ids) {
            String linked = j.otherColumn().equals("party_id") ? "party" : "person";
            if (tx.tables().read(linked, other).isEmpty()) {
                throw new EditRejected(List.of(new FieldProblem(j.field(), "there is no " + linked + " #" + other)));
            }
            tx.apply(EditSupport.insert(j.table(), null, join(j, eventId, other)));
        }
    }

    private static Map<String, String> join(EditTables.Join j, long eventId, long other) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(j.ownerColumn(), Long.toString(eventId));
        m.put(j.otherColumn(), Long.toString(other));
        return m;
    }

    private static TreeSet<Long> ids(String list) {
        TreeSet<Long> out = new TreeSet<>();
        if (list != null) {
            for (String s : list.split("[;,]")) {
                if (!s.isBlank()) {
                    out.add(Long.parseLong(s.strip()));
                }
            }
        }
        return out;
    }
}
