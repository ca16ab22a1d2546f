package org.allianceexplorer.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules between records that the schema cannot state, with one owner: {@code check} (the
 * {@link Validator}) runs them over the whole database, the edit service over the records an edit touches,
 * before it commits. Each rule is one query yielding (record, message) rows, restricted by a {@link Scope}.
 * A scope's conditions are on columns of one table of the query (a claim's id or its source_id), so that SQLite
 * answers an edit's check from indexes, never by scanning a million deals.
 */
final class RecordRules {

    /**
     * Which records a rule looks at: all of them ({@link #ALL}), or those an edit touched: the rows it changed
     * (and the records whose citations it changed), and the records those rows link to, by the table linking.
     */
    static final class Scope {
        /** Every record: the {@code check} command. */
        static final Scope ALL = new Scope(null, null);
        /** Conditions that hold for every row and for none, in a form both engines read as conditions. */
        static final String EVERY = "1 = 1";

        static final String NONE = "1 = 0";

        private final Map<String, Set<Long>> changed;
        /** Parent table to (child table to the parent ids its changed rows link to). */
        private final Map<String, Map<String, Set<Long>>> linked;

        private Scope(Map<String, Set<Long>> changed, Map<String, Map<String, Set<Long>>> linked) {
            this.changed = changed;
            this.linked = linked;
        }

        /** The records of these ids, per table, and those they link to (parent, child, ids). */
        static Scope of(Map<String, ? extends Set<Long>> changed, Map<String, Map<String, Set<Long>>> linked) {
            Map<String, Set<Long>> copy = new HashMap<>();
            changed.forEach((t, s) -> copy.put(t, new TreeSet<>(s)));
            return new Scope(copy, linked);
        }

        /** A condition on {@code column} (an id of {@code table}) for the rows changed: {@link #EVERY} for all,
         * {@link #NONE} for none. */
        String changed(String column, String table) {
            return changed == null ? EVERY : in(column, changed.get(table));
        }

        /** As {@link #changed}, and the records of {@code table} that changed rows of any table link to. */
        String in(String column, String table) {
            if (changed == null) {
                return EVERY;
            }
            Set<Long> all = new TreeSet<>();
            if (changed.get(table) != null) {
                all.addAll(changed.get(table));
            }
            linked.getOrDefault(table, Map.of()).values().forEach(all::addAll);
            return in(column, all);
        }

        /** The records of {@code table} that changed rows of {@code child} link to. */
        String via(String column, String table, String child) {
            if (changed == null) {
                return EVERY;
            }
            return in(column, linked.getOrDefault(table, Map.of()).get(child));
        }

        private static String in(String column, Set<Long> s) {
            if (s == null || s.isEmpty()) {
                return NONE;
            }
            return column + " IN (" + s.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        }

        /** Either condition (kept short: {@link #EVERY} wins, {@link #NONE} drops out). */
        static String or(String... conditions) {
            List<String> kept = new ArrayList<>();
            for (String c : conditions) {
                if (c.equals(EVERY)) {
                    return EVERY;
                }
                if (!c.equals(NONE)) {
                    kept.add(c);
                }
            }
            return kept.isEmpty() ? NONE : "(" + String.join(" OR ", kept) + ")";
        }
    }

    /** A rule: its name, and its SQL for a scope (yielding (record, message) rows). */
    record Rule(String name, Function<Scope, String> sql) {}

    /** The kinds of record that cite sources (the values of citation.record_kind), and how a problem names one. */
    private record Citing(String kind, String label) {}

    private static final List<Citing> CITING = List.of(
            new Citing("party", "'party ' || abbreviation"),
            new Citing("party_alias", "'alias ' || label"),
            new Citing("person", "'person ' || code"),
            new Citing("affiliation", "'affiliation ' || id"),
            new Citing("election", "'election ' || code"),
            new Citing("assembly", "'assembly ' || code"),
            new Citing("constituency", "'seat ' || code"),
            new Citing("candidacy", "'result ' || id"),
            new Citing("seat_count", "'official count ' || code"),
            new Citing("party_result", "'party result ' || code"),
            new Citing("alliance", "'alliance ' || code"),
            new Citing("membership", "'membership ' || id"),
            new Citing("seat_deal", "'deal ' || coalesce(code, CAST(id AS TEXT))"),
            new Citing("event", "'event ' || code"),
            new Citing("party_relation", "'relation ' || id"));

    static final List<Rule> ALL = Stream.concat(
                    CITING.stream().map(c -> uncited(c.kind(), c.label())),
                    Stream.of(
                            new Rule(
                                    "citation of a missing record",
                                    s ->
                                            "SELECT 'citation ' || c.record_kind || ' ' || c.record_id, 'cites a record that does not exist'"
                                                    + " FROM citation c WHERE " + citationScope(s)
                                                    + " AND NOT " + recordExists()),
                            new Rule(
                                    "deal with no claim",
                                    s ->
                                            "SELECT 'deal ' || coalesce(d.code, CAST(d.id AS TEXT)), 'has no dated claim, so it has no status'"
                                                    + " FROM seat_deal d WHERE " + s.in("d.id", "seat_deal")
                                                    + " AND NOT EXISTS (SELECT 1 FROM deal_claim k WHERE k.deal_id = d.id)"),
                            new Rule(
                                    "deal candidate not on the ballot",
                                    s ->
                                            "SELECT 'deal ' || coalesce(d.code, CAST(d.id AS TEXT)), 'candidate ''' || d.candidate_name || ''' did not stand in '"
                                                    + " || c.code || ' at ' || e.code || ' according to the results'"
                                                    + " FROM seat_deal d JOIN constituency c ON c.id = d.constituency_id JOIN election e ON e.id = d.election_id"
                                                    + " WHERE "
                                                    + Scope.or(
                                                            s.in("d.id", "seat_deal"),
                                                            s.via("d.constituency_id", "constituency", "candidacy"))
                                                    + " AND d.candidate_name IS NOT NULL AND d.candidate_name <> ''"
                                                    + " AND EXISTS (SELECT 1 FROM candidacy x WHERE x.election_id = d.election_id AND x.constituency_id = d.constituency_id)"
                                                    + " AND NOT EXISTS (SELECT 1 FROM candidacy x WHERE x.election_id = d.election_id"
                                                    + "   AND x.constituency_id = d.constituency_id AND x.candidate_name = d.candidate_name COLLATE NOCASE)"
                                                    // a deal that was denied, switched or collapsed need not have
                                                    // reached the
                                                    // ballot
                                                    + " AND (SELECT k.status FROM deal_claim k WHERE k.deal_id = d.id ORDER BY k.date DESC, k.id DESC LIMIT 1)"
                                                    + "   IN ('reported', 'confirmed')"),
                            new Rule(
                                    "deal candidate of another party",
                                    s ->
                                            "SELECT 'deal ' || coalesce(d.code, CAST(d.id AS TEXT)), 'candidate ''' || x.candidate_name || ''' stood for '"
                                                    + " || coalesce(p.abbreviation, x.party_label, 'no party') || ', not for the receiver ' || r.abbreviation"
                                                    + " FROM seat_deal d JOIN candidacy x ON x.id = d.candidacy_id JOIN party r ON r.id = d.receiver_id"
                                                    + " LEFT JOIN party p ON p.id = x.party_id WHERE x.party_id IS NOT d.receiver_id"
                                                    + " AND "
                                                    + Scope.or(
                                                            s.in("d.id", "seat_deal"),
                                                            s.changed("d.candidacy_id", "candidacy"))),
                            new Rule(
                                    "claim dated after its source",
                                    s ->
                                            "SELECT 'claim ' || k.id, 'dated ' || k.date || ', after its source was published (' || s.published || ')'"
                                                    + " FROM deal_claim k JOIN source s ON s.id = k.source_id"
                                                    + " WHERE "
                                                    + Scope.or(
                                                            s.changed("k.id", "deal_claim"),
                                                            s.changed("k.source_id", "source"))
                                                    + " AND s.published IS NOT NULL AND length(k.date) = 10 AND length(s.published) = 10"
                                                    + " AND k.date > s.published"),
                            new Rule(
                                    "membership outside its alliance",
                                    s ->
                                            "SELECT 'membership ' || m.id, p.abbreviation || ' in ' || coalesce(a.abbreviation, a.name)"
                                                    + " || ' from ' || m.from_date || ', before the alliance began (' || a.from_date || ')'"
                                                    + " FROM membership m JOIN alliance a ON a.id = m.alliance_id JOIN party p ON p.id = m.party_id"
                                                    + " WHERE "
                                                    + Scope.or(
                                                            s.changed("m.id", "membership"),
                                                            s.changed("m.alliance_id", "alliance"))
                                                    + " AND m.from_date IS NOT NULL AND a.from_date IS NOT NULL"
                                                    + " AND substr(m.from_date, 1, CASE WHEN length(m.from_date) < length(a.from_date) THEN length(m.from_date) ELSE length(a.from_date) END)"
                                                    + "   < substr(a.from_date, 1, CASE WHEN length(m.from_date) < length(a.from_date) THEN length(m.from_date) ELSE length(a.from_date) END)"),
                            new Rule(
                                    "lineage both ways",
                                    s -> "SELECT 'relation ' || r.id, 'lineage runs both ways between the same parties'"
                                            + " FROM party_relation r JOIN party_relation s ON s.party_a = r.party_b AND s.party_b = r.party_a"
                                            + " AND s.kind = r.kind WHERE r.kind IN ('split', 'merger', 'renamed') AND r.id < s.id"
                                            + " AND "
                                            + Scope.or(
                                                    s.changed("r.id", "party_relation"),
                                                    s.changed("s.id", "party_relation")))))
            .toList();

    private RecordRules() {}

    /** True when a table's records cite sources through {@code citation}. */
    static boolean cites(String table) {
        return CITING.stream().anyMatch(c -> c.kind().equals(table));
    }

    private static Rule uncited(String kind, String label) {
        return new Rule(
                kind + " without source",
                s -> "SELECT " + label + ", 'cites no source' FROM " + kind + " t WHERE " + s.changed("t.id", kind)
                        + " AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.record_kind = '" + kind
                        + "' AND c.record_id = t.id)");
    }

    private static String citationScope(Scope s) {
        List<String> parts = new ArrayList<>();
        for (Citing c : CITING) {
            String in = s.changed("c.record_id", c.kind());
            parts.add(
                    in.equals(Scope.EVERY) || in.equals(Scope.NONE)
                            ? in
                            : "(c.record_kind = '" + c.kind() + "' AND " + in + ")");
        }
        return Scope.or(parts.toArray(String[]::new));
    }

    /** True when the citation's record exists: one primary-key lookup in its kind's table. */
    private static String recordExists() {
        StringBuilder sb = new StringBuilder("(CASE c.record_kind");
        for (Citing c : CITING) {
            sb.append(" WHEN '")
                    .append(c.kind())
                    .append("' THEN EXISTS (SELECT 1 FROM ")
                    .append(c.kind())
                    .append(" r WHERE r.id = c.record_id)");
        }
        return sb.append(" ELSE 1 = 0 END)").toString();
    }
}
