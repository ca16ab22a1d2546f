package org.allianceexplorer.data.dump;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * A second, ordered query walked alongside the main one: the keys of the rows it has for each id
 * (citations of a record, parties of an event), as a list cell in UTF-8.
 */
final class Merge implements AutoCloseable {
    private final Statement st;
    private final ResultSet rs;
    private final Keys keys;
    private boolean more;
    private byte[] buf = new byte[256];

    Merge(Connection c, String sql, Keys keys) throws SQLException {
        this.st = c.createStatement();
        this.rs = st.executeQuery(sql);
        this.keys = keys;
        this.more = rs.next();
    }

    /** The list for {@code id}: its rows' keys joined by {@code ;}, or null (an empty cell) when it has none. */
    byte[] list(long id) throws SQLException {
        while (more && rs.getLong(1) < id) {
            more = rs.next();
        }
        int n = 0;
        while (more && rs.getLong(1) == id) {
            byte[] item = keys.item(rs.getLong(2));
            if (item != null) {
                if (n + item.length + 1 > buf.length) {
                    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + item.length + 1));
                }
                if (n > 0) {
                    buf[n++] = ';';
                }
                System.arraycopy(item, 0, buf, n, item.length);
                n += item.length;
            }
            more = rs.next();
        }
        return n == 0 ? null : Arrays.copyOf(buf, n);
    }

    @Override
    public void close() throws SQLException {
        rs.close();
        st.close();
    }
}
