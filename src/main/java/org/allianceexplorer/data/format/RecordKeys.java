package org.allianceexplorer.data.format;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keys for the records of a database that have none: deals may lack one, and affiliations, results,
 * memberships, claims and relations of a database made before schema 2 all do. Each gets the key an
 * import would have derived for it ({@link DatasetFormat#derivedKey}), numbered in the order of the
 * records when several would share one, and never a key another record already has.
 */
public final class RecordKeys {

    /** The kinds whose key a database may lack, in the order their keys are derived (a claim's uses its deal's). */
    public enum Keyed {
        AFFILIATION(
                "affiliation",
                "SELECT a.id, p.code, y.abbreviation, a.role, a.from_date FROM affiliation a"
                        + " JOIN person p ON p.id = a.person_id JOIN party y ON y.id = a.party_id WHERE a.code IS NULL ORDER BY a.id"),
        CANDIDACY(
                "candidacy",
                "SELECT k.id, e.code, c.code, k.candidate_name FROM candidacy k"
                        + " JOIN election e ON e.id = k.election_id JOIN constituency c ON c.id = k.constituency_id"
                        + " WHERE k.code IS NULL ORDER BY k.id"),
        MEMBERSHIP(
                "membership",
                "SELECT m.id, a.code, p.abbreviation, m.from_date FROM membership m"
                        + " JOIN alliance a ON a.id = m.alliance_id JOIN party p ON p.id = m.party_id WHERE m.code IS NULL ORDER BY m.id"),
        DEAL(
                "seat_deal",
                "SELECT d.id, e.code, c.code, g.abbreviation, r.abbreviation FROM seat_deal d"
                        + " JOIN election e ON e.id = d.election_id JOIN constituency c ON c.id = d.constituency_id"
                        + " JOIN party g ON g.id = d.giver_id JOIN party r ON r.id = d.receiver_id WHERE d.code IS NULL ORDER BY d.id"),
        CLAIM(
                "deal_claim",
                "SELECT k.id, k.deal_id, k.date, k.status FROM deal_claim k WHERE k.code IS NULL ORDER BY k.id"),
        RELATION(
                "party_relation",
                "SELECT r.id, a.abbreviation, b.abbreviation, r.kind, r.from_date FROM party_relation r"
                        + " JOIN party a ON a.id = r.party_a JOIN party b ON b.id = r.party_b WHERE r.code IS NULL ORDER BY r.id");

        private final String table;
        private final String missing;

        Keyed(String table, String missing) {
            this.table = table;
            this.missing = missing;
        }

        public String table() {
            return table;
        }
    }

    private RecordKeys() {}

    /** True when some record of {@code kind} has no key. */
    public static boolean anyMissing(Connection c, Keyed kind) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + kind.table() + " WHERE code IS NULL)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * The derived keys of the records of {@code kind} that have none, by id, in id order. A claim's key
     * starts with its deal's key: {@code dealKeys} gives the derived ones of deals without a key (from a
     * call for {@link Keyed#DEAL}).
     */
    public static Map<Long, String> derive(Connection c, Keyed kind, Map<Long, String> dealKeys) throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        if (!anyMissing(c, kind)) {
            return out;
        }
        Map<String, Integer> counts = new HashMap<>();
        Set<String> given = new HashSet<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(kind.missing);
                PreparedStatement taken = c.prepareStatement("SELECT 1 FROM " + kind.table() + " WHERE code = ?");
                PreparedStatement dealCode = c.prepareStatement("SELECT code FROM seat_deal WHERE id = ?")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                long id = rs.getLong(1);
                String[] parts = new String[n - 1];
                for (int i = 2; i <= n; i++) {
                    parts[i - 2] = rs.getString(i);
                }
                if (kind == Keyed.CLAIM) {
                    long deal = rs.getLong(2);
                    String k = dealKeys.get(deal);
                    if (k == null) {
                        dealCode.setLong(1, deal);
                        try (ResultSet d = dealCode.executeQuery()) {
                            k = d.next() ? d.getString(1) : Long.toString(deal);
                        }
                    }
                    parts[0] = k;
                }
                String base = DatasetFormat.derivedKey(parts);
                String key;
                do {
                    int i = counts.merge(base, 1, Integer::sum);
                    key = DatasetFormat.numbered(base, i);
                } while (given.contains(key) || exists(taken, key));
                given.add(key);
                out.put(id, key);
            }
        }
        return out;
    }

    /** Gives every record without a key its derived key, in the database. Returns how many were given one. */
    public static long fillMissing(Connection c) throws SQLException {
        long n = 0;
        Map<Long, String> deals = Map.of();
        for (Keyed k : Keyed.values()) {
            Map<Long, String> keys = derive(c, k, deals);
            if (k == Keyed.DEAL) {
                deals = keys;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + k.table() + " SET code = ? WHERE id = ?")) {
                for (Map.Entry<Long, String> e : keys.entrySet()) {
                    ps.setString(1, e.getValue());
                    ps.setLong(2, e.getKey());
                    ps.executeUpdate();
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean exists(PreparedStatement taken, String key) throws SQLException {
        taken.setString(1, key);
        try (ResultSet rs = taken.executeQuery()) {
            return rs.next();
        }
    }
}
