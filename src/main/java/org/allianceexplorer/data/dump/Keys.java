package org.allianceexplorer.data.dump;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.io.LosslessCsv;

/**
 * The keys of one table's records by id, prepared once: as a CSV cell (for a column that refers to the
 * record) and, for kinds that appear in lists, as a list item. Arrays when ids are dense (they are),
 * else maps.
 */
final class Keys {
    private final byte[][] cells;
    private final byte[][] items;
    private final Map<Long, byte[]> sparseCells;
    private final Map<Long, byte[]> sparseItems;

    private Keys(byte[][] cells, byte[][] items, Map<Long, byte[]> sparseCells, Map<Long, byte[]> sparseItems) {
        this.cells = cells;
        this.items = items;
        this.sparseCells = sparseCells;
        this.sparseItems = sparseItems;
    }

    static Keys of(Connection c, String table, String keyExpr, Map<Long, String> derived, boolean listed)
            throws SQLException {
        long max;
        long count;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0), count(*) FROM " + table)) {
            rs.next();
            max = rs.getLong(1);
            count = rs.getLong(2);
        }
        boolean dense = max < 4 * count + 1024 && max < Integer.MAX_VALUE - 8;
        byte[][] cells = dense ? new byte[(int) max + 1][] : null;
        byte[][] items = dense && listed ? new byte[(int) max + 1][] : null;
        Map<Long, byte[]> sparseCells = dense ? null : new HashMap<>();
        Map<Long, byte[]> sparseItems = dense || !listed ? null : new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, " + keyExpr + " FROM " + table)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String k = rs.getString(2);
                if (k == null) {
                    k = derived.get(id);
                }
                if (k == null) {
                    continue;
                }
                byte[] cell = LosslessCsv.cell(k);
                byte[] item = listed ? DatasetFormat.listItem(k).getBytes(StandardCharsets.UTF_8) : null;
                if (dense) {
                    cells[(int) id] = cell;
                    if (listed) {
                        items[(int) id] = item;
                    }
                } else {
                    sparseCells.put(id, cell);
                    if (listed) {
                        sparseItems.put(id, item);
                    }
                }
            }
        }
        return new Keys(cells, items, sparseCells, sparseItems);
    }

    byte[] cell(long id) {
        if (cells != null) {
            return id >= 0 && id < cells.length ? cells[(int) id] : null;
        }
        return sparseCells.get(id);
    }

    byte[] cell(Long id) {
        return id == null ? null : cell(id.longValue());
    }

    byte[] item(long id) {
        return get(items, sparseItems, id);
    }

    private static byte[] get(byte[][] dense, Map<Long, byte[]> sparse, Long id) {
        if (id == null) {
            return null;
        }
        if (dense != null) {
            return id >= 0 && id < dense.length ? dense[(int) (long) id] : null;
        }
        return sparse == null ? null : sparse.get(id);
    }
}
