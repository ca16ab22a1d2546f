package org.allianceexplorer.data.format;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keys for the records that have none: a deal or claim added without a key (New claim, a form whose Key was
 * left empty), and the affiliations, results, memberships, claims and relations of a database made before
 * schema 2. Each gets the key an import would have derived for it ({@link DatasetFormat#derivedKey}): its
 * identifying values, the records it links to by their own keys, numbered when several would share one, and
 * never a key another record already has.
 */
public final class RecordKeys {

    /** One identifying value of a record: a column of its own, or the key of the record a column links to. */
    private record Part(String column, String table, String keyColumn) {
        static Part own(String column) {
            return new Part(column, null, null);
        }

        static Part linked(String column, String table, String keyColumn) {
            return new Part(column, table, keyColumn);
        }
    }

    /** The kinds whose key a database may lack, in the order their keys are derived (a claim's uses its deal's). */
    public enum Keyed {
        AFFILIATION(
                "affiliation",
                Part.linked("person_id", "person", "code"),
                Part.linked("party_id", "party", "abbreviation"),
                Part.own("role"),
                Part.own("from_date")),
        CANDIDACY(
                "candidacy",
                Part.linked("election_id", "election", "code"),
                Part.linked("constituency_id", "constituency", "code"),
                Part.own("candidate_name")),
        MEMBERSHIP(
                "membership",
                Part.linked("alliance_id", "alliance", "code"),
                Part.linked("party_id", "party", "abbreviation"),
                Part.own("from_date")),
        DEAL(
                "seat_deal",
                Part.linked("election_id", "election", "code"),
                Part.linked("constituency_id", "constituency", "code"),
                Part.linked("giver_id", "party", "abbreviation"),
                Part.linked("receiver_id", "party", "abbreviation")),
        CLAIM("deal_claim", Part.linked("deal_id", "seat_deal", "code"), Part.own("date"), Part.own("status")),
        RELATION(
                "party_relation",
                Part.linked("party_a", "party", "abbreviation"),
                Part.linked("party_b", "party", "abbreviation"),
                Part.own("kind"),
                Part.own("from_date"));

        private final String table;
        private final List<Part> parts;

        Keyed(String table, Part... parts) {
            this.table = table;
            this.parts = List.of(parts);
        }

        public String table() {
            return table;
        }

        /** The kind of the records of {@code table}, if they may lack a key. */
        public static Optional<Keyed> ofTable(String table) {
            for (Keyed k : values()) {
                if (k.table.equals(table)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
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
     * The derived key of a record of {@code kind} about to be added with these {@code values} (its columns;
     * links as ids), not used by another record of its table.
     */
    public static String keyFor(Connection c, Keyed kind, Map<String, String> values) throws SQLException {
        try (Deriving d = new Deriving(c, kind, Map.of())) {
            return d.key(values);
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
        List<String> columns = new ArrayList<>();
        for (Part p : kind.parts) {
            columns.add(p.column());
        }
        try (Deriving d = new Deriving(c, kind, dealKeys);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, " + String.join(", ", columns) + " FROM " + kind.table()
                        + " WHERE code IS NULL ORDER BY id")) {
            while (rs.next()) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), rs.getString(i + 2));
                }
                out.put(rs.getLong(1), d.key(values));
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

    /**
     * Derives the keys of one kind, one record after another: the linked records' keys looked up once each,
     * and the keys given so far remembered, so two records deriving the same key are numbered.
     */
    private static final class Deriving implements AutoCloseable {
        private final Keyed kind;
        private final Map<Long, String> dealKeys;
        private final Map<String, PreparedStatement> lookups = new HashMap<>();
        private final Map<String, String> looked = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private final Set<String> given = new HashSet<>();
        private final PreparedStatement taken;
        private final Connection c;

        Deriving(Connection c, Keyed kind, Map<Long, String> dealKeys) throws SQLException {
            this.c = c;
            this.kind = kind;
            this.dealKeys = dealKeys;
            this.taken = c.prepareStatement("SELECT 1 FROM " + kind.table() + " WHERE code = ?");
        }

        String key(Map<String, String> values) throws SQLException {
            String[] parts = new String[kind.parts.size()];
            for (int i = 0; i < parts.length; i++) {
                Part p = kind.parts.get(i);
                String v = values.get(p.column());
                parts[i] = p.table() == null || v == null ? v : linkedKey(p, Long.parseLong(v));
            }
            String base = DatasetFormat.derivedKey(parts);
            String key;
            do {
                int i = counts.merge(base, 1, Integer::sum);
                key = DatasetFormat.numbered(base, i);
            } while (given.contains(key) || exists(key));
            given.add(key);
            return key;
        }

        /** The key of the record {@code id} a part links to (a deal's derived one if it has none; else its id). */
        private String linkedKey(Part p, long id) throws SQLException {
            if (p.table().equals("seat_deal") && dealKeys.containsKey(id)) {
                return dealKeys.get(id);
            }
            String cacheKey = p.table() + '#' + id;
            String known = looked.get(cacheKey);
            if (known != null) {
                return known;
            }
            PreparedStatement ps = lookups.get(p.table());
            if (ps == null) {
                ps = c.prepareStatement("SELECT " + p.keyColumn() + " FROM " + p.table() + " WHERE id = ?");
                lookups.put(p.table(), ps);
            }
            ps.setLong(1, id);
            String key;
            try (ResultSet rs = ps.executeQuery()) {
                key = rs.next() ? rs.getString(1) : null;
            }
            key = key == null ? Long.toString(id) : key;
            looked.put(cacheKey, key);
            return key;
        }

        private boolean exists(String key) throws SQLException {
            taken.setString(1, key);
            try (ResultSet rs = taken.executeQuery()) {
                return rs.next();
            }
        }

        @Override
        public void close() throws SQLException {
            try (taken) {
                for (PreparedStatement ps : lookups.values()) {
                    ps.close();
                }
            }
        }
    }
}
