package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What {@link Dialect} rewrites for PostgreSQL, and what it must leave alone (ADR 0018). */
class DialectTest {

    private static String pg(String sql) {
        return Dialect.POSTGRESQL.translate(sql);
    }

    @Test
    void sqliteReadsItsOwnDialectUnchanged() {
        String sql = "SELECT group_concat(x, ', ') FROM t WHERE a = ? COLLATE NOCASE";
        assertThat(Dialect.SQLITE.translate(sql)).isSameAs(sql);
    }

    @Test
    void nocaseComparisonsAndOrderingFoldBothSides() {
        assertThat(pg("SELECT id FROM party WHERE abbreviation = ? COLLATE NOCASE"))
                .isEqualTo("SELECT id FROM party WHERE lower(abbreviation) = lower(?)");
        assertThat(pg("SELECT 1 FROM x WHERE d2.candidate_name = k.candidate_name COLLATE NOCASE"))
                .isEqualTo("SELECT 1 FROM x WHERE lower(d2.candidate_name) = lower(k.candidate_name)");
        assertThat(pg("SELECT * FROM p ORDER BY p.name COLLATE NOCASE, p.id"))
                .isEqualTo("SELECT * FROM p ORDER BY lower(p.name), p.id");
    }

    @Test
    void functionsAndStatementsOfSqliteBecomeTheirTwins() {
        assertThat(pg("SELECT group_concat(abbreviation, char(31)) FROM t"))
                .isEqualTo("SELECT string_agg(abbreviation, chr(31)) FROM t");
        assertThat(pg("INSERT OR IGNORE INTO event_party (event_id, party_id) VALUES (?, ?)"))
                .isEqualTo("INSERT INTO event_party (event_id, party_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        assertThat(pg("SELECT last_insert_rowid()")).isEqualTo("SELECT lastval()");
        assertThat(pg("SELECT 1 FROM t WHERE name LIKE ? ESCAPE '\\'"))
                .isEqualTo("SELECT 1 FROM t WHERE name ILIKE ? ESCAPE '\\'");
        assertThat(pg("SELECT 1 FROM x WHERE x.party_id IS NOT d.receiver_id AND y IS NOT NULL"))
                .isEqualTo("SELECT 1 FROM x WHERE x.party_id IS DISTINCT FROM d.receiver_id AND y IS NOT NULL");
        assertThat(pg("SELECT 1 FROM a d CROSS JOIN citation c ON c.record_id = d.id CROSS JOIN b"))
                .isEqualTo("SELECT 1 FROM a d JOIN citation c ON c.record_id = d.id CROSS JOIN b");
        assertThat(pg("BEGIN IMMEDIATE")).isEqualTo("BEGIN");
    }

    @Test
    void stringLiteralsAndQuotedNamesAreNeverTouched() {
        String sql = "SELECT 'x LIKE y COLLATE NOCASE', \"group_concat(\" FROM t WHERE a = 'it''s char(31)'";
        assertThat(pg(sql)).isEqualTo(sql);
        assertThat(pg("SELECT 'PRAGMA' || name FROM t")).isEqualTo("SELECT 'PRAGMA' || name FROM t");
    }

    @Test
    void whatItCannotTranslateFailsLoudly() {
        assertThatThrownBy(() -> pg("PRAGMA foreign_key_check"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PRAGMA");
        assertThatThrownBy(() -> pg("INSERT OR REPLACE INTO t VALUES (1)")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pg("SELECT 1 FROM sqlite_schema")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pg("SELECT coalesce(a, b) COLLATE NOCASE FROM t"))
                .isInstanceOf(IllegalStateException.class);
    }
}
