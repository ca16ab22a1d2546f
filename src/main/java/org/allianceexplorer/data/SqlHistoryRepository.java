package org.allianceexplorer.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.HistoryRow;

/** The history of edits over SQLite (schema 4's edit and history tables). */
final class SqlHistoryRepository implements HistoryRepository {

    private final Database db;

    SqlHistoryRepository(Database db) {
        this.db = db;
    }

    @Override
    public void forEachHistory(Consumer<HistoryRow> sink) {
        history("", List.of(), sink);
    }

    @Override
    public List<HistoryRow> history(EditKind kind, long id) {
        List<HistoryRow> out = new ArrayList<>();
        history(" WHERE h.kind = ? AND h.record_id = ?", List.of(kind.table(), id), out::add);
        return out;
    }

    private void history(String where, List<Object> args, Consumer<HistoryRow> sink) {
        String sql = "SELECT h.edit_id, h.time, h.editor, e.label, e.action, h.kind, h.record_id, h.record, h.action,"
                + " h.field, h.old, h.new FROM history h JOIN edit e ON e.id = h.edit_id" + where
                + " ORDER BY h.edit_id, h.step, h.id";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            // an edit's rows repeat its time, editor, name and kinds, and a record's its key, field after field: each
            // text held once, an import's 190,000 rows take 21 MB instead of 101 (the History screen keeps them all)
            Map<String, String> once = new HashMap<>();
            UnaryOperator<String> shared = v -> v == null ? null : once.computeIfAbsent(v, k -> k);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rid = rs.getLong(7);
                    Long recordId = rs.wasNull() ? null : rid;
                    sink.accept(new HistoryRow(
                            rs.getLong(1),
                            shared.apply(rs.getString(2)),
                            shared.apply(rs.getString(3)),
                            shared.apply(rs.getString(4)),
                            shared.apply(rs.getString(5)),
                            shared.apply(rs.getString(6)),
                            recordId,
                            shared.apply(rs.getString(8)),
                            shared.apply(rs.getString(9)),
                            shared.apply(rs.getString(10)),
                            rs.getString(11),
                            rs.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }
}
