package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows sent fifty a statement and the rest one by one: every row arrives once, in order, nulls and numbers kept. */
class RowInserterTest {

    @Test
    void everyRowArrivesOnceInOrderWhetherInAFullStatementOrLeftOver() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (n INTEGER, s TEXT)");
            int n = 2 * RowInserter.ROWS + 23;
            try (RowInserter rows = new RowInserter(c, "t", "n", "s")) {
                for (int i = 0; i < n; i++) {
                    rows.add(i, i % 7 == 0 ? null : "row " + i);
                }
            }
            List<String> read = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT n, typeof(n), s FROM t ORDER BY rowid")) {
                while (rs.next()) {
                    read.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            assertThat(read).hasSize(n);
            assertThat(read.get(0)).isEqualTo("0 integer null");
            assertThat(read.get(RowInserter.ROWS + 1)).isEqualTo("51 integer row 51");
            assertThat(read.get(n - 1)).isEqualTo((n - 1) + " integer row " + (n - 1));
            for (int i = 0; i < n; i++) {
                assertThat(read.get(i)).startsWith(i + " ");
            }
            try (RowInserter rows = new RowInserter(c, "t", "n", "s")) {
                assertThatThrownBy(() -> rows.add(1)).hasMessage("2 values expected, 1 given");
            }
        }
    }
}
