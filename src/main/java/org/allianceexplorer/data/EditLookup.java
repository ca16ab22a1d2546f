package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.EditKind;

/**
 * The pickers of the edit forms: the records of a kind that match what the analyst typed (every word in its
 * key, name or what it links to), as {@link Choice}s that say what each record is. A deal reads "ANP → MQM-P ·
 * NA-242 · Pakistan general election 2024", a membership "PPP in PDM from 2020-09-20". The row {@code t} is the
 * kind's own table; the joins bring the names of what it links to.
 */
final class EditLookup {

    /** How a kind is looked up: its FROM clause, its key, its line, the columns a word may match. */
    private record Spec(String from, String key, String text, List<String> searched) {}

    private static final Map<EditKind, Spec> SPECS = new EnumMap<>(EditKind.class);

    static {
        spec(
                EditKind.SOURCE,
                "source t",
                "t.code",
                "t.outlet || coalesce(' · ' || t.published, '') || ' · ' || t.title",
                "t.code",
                "t.outlet",
                "t.title",
                "t.url");
        spec(
                EditKind.PARTY,
                "party t",
                "t.abbreviation",
                "t.abbreviation || '  —  ' || t.name",
                "t.abbreviation",
                "t.name",
                "t.native_name");
        spec(
                EditKind.PARTY_ALIAS,
                "party_alias t JOIN party p ON p.id = t.party_id",
                "t.label",
                "t.label || ' → ' || p.abbreviation",
                "t.label",
                "p.abbreviation");
        spec(EditKind.PERSON, "person t", "t.code", "t.name", "t.code", "t.name", "t.native_name");
        spec(
                EditKind.AFFILIATION,
                "affiliation t JOIN person x ON x.id = t.person_id JOIN party p ON p.id = t.party_id",
                "coalesce(t.code, '#' || t.id)",
                "x.name || ' · ' || p.abbreviation || coalesce(' · ' || t.role, '')"
                        + " || coalesce(' from ' || t.from_date, '') || coalesce(' to ' || t.to_date, '')",
                "x.name",
                "p.abbreviation",
                "t.role");
        spec(
                EditKind.ELECTION,
                "election t",
                "t.code",
                "t.name || coalesce(' · ' || t.polling_day, '')",
                "t.code",
                "t.name",
                "t.country");
        spec(EditKind.ASSEMBLY, "assembly t", "t.code", "t.code || '  ' || t.name", "t.code", "t.name", "t.province");
        spec(
                EditKind.CONSTITUENCY,
                "constituency t JOIN assembly a ON a.id = t.assembly_id",
                "t.code",
                "t.code || coalesce('  ' || t.name, '') || ' · ' || a.code",
                "t.code",
                "t.name",
                "t.district");
        spec(
                EditKind.RESULT,
                "candidacy t JOIN constituency c ON c.id = t.constituency_id JOIN election e ON e.id = t.election_id"
                        + " LEFT JOIN party p ON p.id = t.party_id",
                "coalesce(t.code, '#' || t.id)",
                "t.candidate_name || coalesce(' (' || coalesce(p.abbreviation, t.party_label) || ')', '')"
                        + " || ' · ' || c.code || ' · ' || e.name || ' · ' || t.votes || ' votes'",
                "t.candidate_name",
                "c.code",
                "p.abbreviation",
                "t.party_label");
        spec(
                EditKind.SEAT_COUNT,
                "seat_count t JOIN constituency c ON c.id = t.constituency_id JOIN election e ON e.id = t.election_id",
                "t.code",
                "c.code || ' · ' || e.name || ' · ' || t.basis",
                "t.code",
                "c.code",
                "t.basis");
        spec(
                EditKind.PARTY_RESULT,
                "party_result t JOIN party p ON p.id = t.party_id JOIN election e ON e.id = t.election_id"
                        + " JOIN assembly a ON a.id = t.assembly_id",
                "t.code",
                "p.abbreviation || ' · ' || a.code || ' · ' || e.name",
                "t.code",
                "p.abbreviation",
                "a.code",
                "e.name");
        spec(
                EditKind.ALLIANCE,
                "alliance t",
                "coalesce(t.abbreviation, t.code)",
                "coalesce(t.abbreviation || '  —  ', '') || t.name || coalesce(' · ' || t.from_date, '')",
                "t.code",
                "t.name",
                "t.abbreviation");
        spec(
                EditKind.MEMBERSHIP,
                "membership t JOIN alliance a ON a.id = t.alliance_id JOIN party p ON p.id = t.party_id",
                "coalesce(t.code, '#' || t.id)",
                "p.abbreviation || ' in ' || coalesce(a.abbreviation, a.name)"
                        + " || coalesce(' from ' || t.from_date, '') || coalesce(' to ' || t.to_date, '')",
                "p.abbreviation",
                "a.abbreviation",
                "a.name");
        spec(
                EditKind.DEAL,
                "seat_deal t JOIN party g ON g.id = t.giver_id JOIN party r ON r.id = t.receiver_id"
                        + " JOIN constituency c ON c.id = t.constituency_id JOIN election e ON e.id = t.election_id",
                "coalesce(t.code, '#' || t.id)",
                "g.abbreviation || ' → ' || r.abbreviation || ' · ' || c.code || ' · ' || e.name",
                "g.abbreviation",
                "r.abbreviation",
                "c.code",
                "t.candidate_name");
        spec(
                EditKind.CLAIM,
                "deal_claim t JOIN seat_deal d ON d.id = t.deal_id JOIN party g ON g.id = d.giver_id"
                        + " JOIN party r ON r.id = d.receiver_id JOIN constituency c ON c.id = d.constituency_id",
                "coalesce(t.code, '#' || t.id)",
                "t.date || ' ' || t.status || ': ' || g.abbreviation || ' → ' || r.abbreviation || ' · ' || c.code",
                "g.abbreviation",
                "r.abbreviation",
                "c.code",
                "t.date",
                "t.status");
        spec(
                EditKind.EVENT,
                "event t",
                "t.code",
                "t.date || ' · ' || t.title",
                "t.code",
                "t.title",
                "t.place",
                "t.date");
        spec(
                EditKind.RELATION,
                "party_relation t JOIN party a ON a.id = t.party_a JOIN party b ON b.id = t.party_b",
                "coalesce(t.code, '#' || t.id)",
                "a.abbreviation || ' ' || t.kind || ' ' || b.abbreviation || coalesce(' from ' || t.from_date, '')",
                "a.abbreviation",
                "b.abbreviation",
                "t.kind");
    }

    private static void spec(EditKind kind, String from, String key, String text, String... searched) {
        SPECS.put(kind, new Spec(from, key, text, List.of(searched)));
    }

    private final Connection c;

    EditLookup(Connection c) {
        this.c = c;
    }

    /** True when records of this kind can be picked (every kind with an id: all but citations). */
    static boolean pickable(EditKind kind) {
        return SPECS.containsKey(kind);
    }

    /**
     * Up to {@code limit} records of {@code kind} matching every word of {@code text} (all of them when it is
     * blank), an exact key first, then keys that begin with it, then by key. {@code within}: columns of the
     * kind's own table that must hold these ids (a deal's result among those of its election and seat);
     * names that are not its link columns are ignored.
     */
    List<Choice> find(EditKind kind, String text, Map<String, Long> within, int limit) throws SQLException {
        Spec s = spec(kind);
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        List<String> columns = EditTables.table(kind.table()).columns();
        within.forEach((column, id) -> {
            if (id != null
                    && columns.contains(column)
                    && EditTables.linkedTable(kind.table(), column).isPresent()) {
                where.add("t." + column + " = ?");
                args.add(id);
            }
        });
        String q = text == null ? "" : text.strip();
        for (String word : q.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add("("
                    + String.join(
                            " OR ",
                            s.searched().stream()
                                    .map(col -> col + " LIKE ? ESCAPE '\\'")
                                    .toList())
                    + ")");
            s.searched().forEach(col -> args.add(like));
        }
        StringBuilder sql = new StringBuilder("SELECT t.id, " + s.key() + ", " + s.text() + " FROM " + s.from());
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        if (q.isEmpty()) {
            sql.append(" ORDER BY t.id"); // no ranking to do: the first rows, at once on any size
        } else {
            sql.append(" ORDER BY CASE WHEN lower(")
                    .append(s.key())
                    .append(") = ? THEN 0 WHEN lower(")
                    .append(s.key())
                    .append(") LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, ")
                    .append(s.key())
                    .append(", t.id");
            String lower = q.toLowerCase(Locale.ROOT);
            args.add(lower);
            args.add(lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" LIMIT ?");
        args.add(Math.max(1, limit));
        return query(sql.toString(), args);
    }

    /** The record {@code id} of {@code kind} as a picker shows it, or empty when there is none. */
    Optional<Choice> choice(EditKind kind, long id) throws SQLException {
        Spec s = spec(kind);
        List<Choice> found = query(
                "SELECT t.id, " + s.key() + ", " + s.text() + " FROM " + s.from() + " WHERE t.id = ?", List.of(id));
        return found.stream().findFirst();
    }

    private static Spec spec(EditKind kind) {
        Spec s = SPECS.get(kind);
        if (s == null) {
            throw new IllegalArgumentException(kind.plural(2).substring(2) + " are not picked by name");
        }
        return s;
    }

    private List<Choice> query(String sql, List<Object> args) throws SQLException {
        List<Choice> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(3);
                    out.add(new Choice(rs.getLong(1), rs.getString(2), text == null ? "#" + rs.getLong(1) : text));
                }
            }
        }
        return out;
    }
}
