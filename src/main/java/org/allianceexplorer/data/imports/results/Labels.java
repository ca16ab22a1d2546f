package org.allianceexplorer.data.imports.results;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.data.format.DatasetFormat;

/**
 * What a results file's party label means: a party (through an alias, else the party of that
 * abbreviation, case forgiven), no party (an independent: a label the mapping or the alias file says is
 * one), or unknown. Never guessed: a label that none of these answers is unknown.
 */
final class Labels {

    /** The label means no party (an independent). */
    static final long NO_PARTY = 0;
    /** Nothing answers to the label. */
    static final long UNKNOWN = -1;
    /** Two parties' abbreviations differ only in case and the label matches both. */
    static final long AMBIGUOUS = -2;

    private final Map<String, Long> aliases = new HashMap<>();
    private final Map<String, Long> parties = new HashMap<>();
    private final List<String> independent = new ArrayList<>();
    private final Map<String, Long> cache = new HashMap<>();

    Labels(Connection c, List<String> independentPatterns) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT label, party_id FROM party_alias")) {
                while (rs.next()) {
                    aliases.put(DatasetFormat.fold(rs.getString(1)), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT abbreviation, id FROM party")) {
                while (rs.next()) {
                    parties.merge(DatasetFormat.fold(rs.getString(1)), rs.getLong(2), (a, b) -> AMBIGUOUS);
                }
            }
        }
        for (String p : independentPatterns) {
            independent.add(p.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The party of an abbreviation (case forgiven), or {@link #UNKNOWN} / {@link #AMBIGUOUS}. */
    long party(String abbreviation) {
        Long id = parties.get(DatasetFormat.fold(abbreviation));
        return id == null ? UNKNOWN : id;
    }

    /** Adds an alias (from the alias file), winning over the database's. */
    void alias(String label, long party) {
        aliases.put(DatasetFormat.fold(label), party);
        cache.clear();
    }

    /** The alias the database has for a label, or null. */
    Long databaseAlias(String label) {
        return aliases.get(DatasetFormat.fold(label));
    }

    /** The party id of a label, {@link #NO_PARTY}, {@link #UNKNOWN} or {@link #AMBIGUOUS}. */
    long resolve(String label) {
        Long hit = cache.get(label);
        if (hit != null) {
            return hit;
        }
        long r = lookup(label);
        if (cache.size() < 100_000) {
            cache.put(label, r);
        }
        return r;
    }

    private long lookup(String label) {
        String folded = DatasetFormat.fold(label);
        Long alias = aliases.get(folded);
        if (alias != null) {
            return alias;
        }
        for (String p : independent) {
            if (matches(p, folded)) {
                return NO_PARTY;
            }
        }
        Long party = parties.get(folded);
        return party == null ? UNKNOWN : party;
    }

    /** A pattern with {@code *} for any text (at either end or both). */
    static boolean matches(String pattern, String text) {
        boolean head = pattern.startsWith("*");
        boolean tail = pattern.endsWith("*") && pattern.length() > 1;
        String core = pattern.substring(head ? 1 : 0, pattern.length() - (tail ? 1 : 0));
        if (head && tail) {
            return text.contains(core);
        }
        if (tail) {
            return text.startsWith(core);
        }
        if (head) {
            return text.endsWith(core);
        }
        return text.equals(core);
    }
}
