package org.allianceexplorer.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.allianceexplorer.domain.Problem;

/**
 * The {@code check} report: file integrity, foreign keys, and the domain rules the schema cannot state.
 * Reads only. Each rule is one query; {@code limit} caps the problems reported per rule.
 */
public final class Validator {

    /** A rule: its name, and SQL yielding (record, message) rows. */
    private record Rule(String name, String sql) {}

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
            new Citing("party_result", "'party result ' || code"),
            new Citing("alliance", "'alliance ' || code"),
            new Citing("membership", "'membership ' || id"),
            new Citing("seat_deal", "'deal ' || coalesce(code, id)"),
            new Citing("event", "'event ' || code"),
            new Citing("party_relation", "'relation ' || id"));

    private static final List<Rule> RULES = Stream.concat(
                    CITING.stream().map(c -> uncited(c.kind(), c.label())),
                    Stream.of(
                            new Rule(
                                    "citation of a missing record",
                                    "SELECT 'citation ' || c.record_kind || ' ' || c.record_id, 'cites a record that does not exist'"
                                            + " FROM citation c WHERE NOT EXISTS (SELECT 1 FROM (" + kindsUnion()
                                            + ") r"
                                            + " WHERE r.kind = c.record_kind AND r.id = c.record_id)"),
                            new Rule(
                                    "deal with no claim",
                                    "SELECT 'deal ' || coalesce(d.code, d.id), 'has no dated claim, so it has no status'"
                                            + " FROM seat_deal d WHERE NOT EXISTS (SELECT 1 FROM deal_claim k WHERE k.deal_id = d.id)"),
                            new Rule(
                                    "deal candidate not on the ballot",
                                    "SELECT 'deal ' || coalesce(d.code, d.id), 'candidate ''' || d.candidate_name || ''' did not stand in '"
                                            + " || c.code || ' at ' || e.code || ' according to the results'"
                                            + " FROM seat_deal d JOIN constituency c ON c.id = d.constituency_id JOIN election e ON e.id = d.election_id"
                                            + " WHERE d.candidate_name IS NOT NULL AND d.candidate_name <> ''"
                                            + " AND EXISTS (SELECT 1 FROM candidacy x WHERE x.election_id = d.election_id AND x.constituency_id = d.constituency_id)"
                                            + " AND NOT EXISTS (SELECT 1 FROM candidacy x WHERE x.election_id = d.election_id"
                                            + "   AND x.constituency_id = d.constituency_id AND x.candidate_name = d.candidate_name COLLATE NOCASE)"
                                            // a deal that was denied, switched or collapsed need not have reached the
                                            // ballot
                                            + " AND (SELECT k.status FROM deal_claim k WHERE k.deal_id = d.id ORDER BY k.date DESC, k.id DESC LIMIT 1)"
                                            + "   IN ('reported', 'confirmed')"),
                            new Rule(
                                    "deal candidate of another party",
                                    "SELECT 'deal ' || coalesce(d.code, d.id), 'candidate ''' || x.candidate_name || ''' stood for '"
                                            + " || coalesce(p.abbreviation, x.party_label, 'no party') || ', not for the receiver ' || r.abbreviation"
                                            + " FROM seat_deal d JOIN candidacy x ON x.id = d.candidacy_id JOIN party r ON r.id = d.receiver_id"
                                            + " LEFT JOIN party p ON p.id = x.party_id WHERE x.party_id IS NOT d.receiver_id"),
                            new Rule(
                                    "claim dated after its source",
                                    "SELECT 'claim ' || k.id, 'dated ' || k.date || ', after its source was published (' || s.published || ')'"
                                            + " FROM deal_claim k JOIN source s ON s.id = k.source_id"
                                            + " WHERE s.published IS NOT NULL AND length(k.date) = 10 AND length(s.published) = 10"
                                            + " AND k.date > s.published"),
                            new Rule(
                                    "membership outside its alliance",
                                    "SELECT 'membership ' || m.id, p.abbreviation || ' in ' || coalesce(a.abbreviation, a.name)"
                                            + " || ' from ' || m.from_date || ', before the alliance began (' || a.from_date || ')'"
                                            + " FROM membership m JOIN alliance a ON a.id = m.alliance_id JOIN party p ON p.id = m.party_id"
                                            + " WHERE m.from_date IS NOT NULL AND a.from_date IS NOT NULL"
                                            + " AND substr(m.from_date, 1, min(length(m.from_date), length(a.from_date)))"
                                            + "   < substr(a.from_date, 1, min(length(m.from_date), length(a.from_date)))"),
                            new Rule(
                                    "lineage both ways",
                                    "SELECT 'relation ' || r.id, 'lineage runs both ways between the same parties'"
                                            + " FROM party_relation r JOIN party_relation s ON s.party_a = r.party_b AND s.party_b = r.party_a"
                                            + " AND s.kind = r.kind WHERE r.kind IN ('split', 'merger', 'renamed') AND r.id < s.id")))
            .toList();

    private static Rule uncited(String kind, String label) {
        return new Rule(
                kind + " without source",
                "SELECT " + label + ", 'cites no source' FROM " + kind + " t"
                        + " WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.record_kind = '" + kind
                        + "' AND c.record_id = t.id)");
    }

    private static String kindsUnion() {
        StringBuilder sb = new StringBuilder();
        for (Citing c : CITING) {
            String k = c.kind();
            if (sb.length() > 0) {
                sb.append(" UNION ALL ");
            }
            sb.append("SELECT '").append(k).append("' AS kind, id FROM ").append(k);
        }
        return sb.toString();
    }

    private final Database db;
    private final int limit;

    public Validator(Database db, int limitPerRule) {
        this.db = db;
        this.limit = limitPerRule;
    }

    /** Runs every check; problems go to {@code sink} as they are found. Returns how many there were. */
    public int run(Consumer<Problem> sink) {
        int n = 0;
        n += pragma(
                "PRAGMA quick_check",
                "integrity",
                rs -> {
                    String s = rs.getString(1);
                    return "ok".equals(s) ? null : new Problem("file", s);
                },
                sink);
        n += pragma(
                "PRAGMA foreign_key_check",
                "foreign keys",
                rs -> {
                    // tables WITHOUT ROWID (event_party, event_person, citation) report no row id
                    long row = rs.getLong(2);
                    String record = rs.wasNull() ? rs.getString(1) + " (a row)" : rs.getString(1) + " " + row;
                    return new Problem(record, "refers to a missing " + rs.getString(3));
                },
                sink);
        for (Rule r : RULES) {
            n += pragma(
                    r.sql() + " LIMIT " + (limit + 1),
                    r.name(),
                    rs -> new Problem(rs.getString(1), rs.getString(2)),
                    sink);
        }
        return n;
    }

    /** All problems in a list (for tests and small databases). */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        run(out::add);
        return out;
    }

    private interface Mapper {
        Problem map(ResultSet rs) throws SQLException;
    }

    private int pragma(String sql, String rule, Mapper mapper, Consumer<Problem> sink) {
        int n = 0;
        try (PreparedStatement ps = db.connection().prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Problem p = mapper.map(rs);
                if (p == null) {
                    continue;
                }
                n++;
                if (n > limit) {
                    sink.accept(new Problem(rule, "more problems of this kind not shown"));
                    break;
                }
                sink.accept(p);
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
        return n;
    }
}
