package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.domain.edit.EditKind;

/**
 * A change made from a record as someone saw it is refused when the record changed since (issue 17: several editors
 * at once, no lost update). The values seen are the row's version: compared, under the row's lock, with the row as
 * it is; a field that differs is someone else's change, which the refusal shows (what, and who and when from the
 * history).
 */
final class StaleEdits {

    private StaleEdits() {}

    static void check(Connection c, EditKind kind, long id, Map<String, String> seen, Map<String, String> now)
            throws SQLException {
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(seen.keySet());
        List<String> changes = new ArrayList<>();
        for (String f : fields) {
            if (!EditTables.same(seen.get(f), now.get(f))) {
                changes.add(f.replace('_', ' ') + " " + quoted(seen.get(f)) + " → " + quoted(now.get(f))
                        + byWhom(c, kind, id, f));
            }
        }
        if (!changes.isEmpty()) {
            throw new EditRejected("someone else changed this " + kind.label() + " since you opened it ("
                    + String.join("; ", changes) + "); open it again to see theirs, then make your change");
        }
    }

    private static String quoted(String v) {
        return v == null || v.isEmpty() ? "(empty)" : "'" + v + "'";
    }

    /** Who made the latest change of the field and when, as the history has it ("" when it does not). */
    private static String byWhom(Connection c, EditKind kind, long id, String field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT editor, time FROM history WHERE kind = ?"
                + " AND record_id = ? AND field = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, kind.table());
            ps.setLong(2, id);
            ps.setString(3, field);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ", by " + rs.getString(1) + " at " + rs.getString(2) : "";
            }
        }
    }
}
