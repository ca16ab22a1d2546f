package org.allianceexplorer.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.SourceDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;

/** The detail page of a source: the records that cite it, each as a link with a short name. */
final class SourceDetails extends DetailSupport {

    SourceDetails(Database db) {
        super(db);
    }

    Optional<RecordDetail> source(long id) {
        return byId(RecordRows.SOURCE, "source", "s", id, RecordRows::source).map(this::source);
    }

    private RecordDetail source(Source s) {
        long id = s.id();
        RecordRef ref = new RecordRef(RecordKind.SOURCES, id, s.outlet() + ": " + s.title());
        List<RecordRef> citing = new ArrayList<>();
        Query c = query(
                "SELECT record_kind, record_id FROM citation WHERE source_id = ?"
                        + " ORDER BY record_kind, record_id LIMIT ?",
                id,
                LIMIT);
        record Citation(String table, long id) {}
        for (Citation row : list(c, rs -> new Citation(rs.getString(1), rs.getLong(2)))) {
            citingRef(row.table(), row.id()).ifPresent(citing::add);
        }
        Query k = query("SELECT id FROM deal_claim WHERE source_id = ? ORDER BY id LIMIT ?", id, LIMIT);
        for (Long claim : list(k, rs -> rs.getLong(1))) {
            label(RecordKind.CLAIMS, claim).ifPresent(l -> citing.add(new RecordRef(RecordKind.CLAIMS, claim, l)));
        }
        long total = single(
                "SELECT (SELECT count(*) FROM citation WHERE source_id = ?)"
                        + " + (SELECT count(*) FROM deal_claim WHERE source_id = ?)",
                id,
                id);
        return new SourceDetail(ref, s, citing.stream().distinct().toList(), (int) Math.min(total, Integer.MAX_VALUE));
    }

    /** A kind of record shown on the page of another: the page's kind and the query of its id. */
    private record ShownOn(RecordKind kind, String sql) {}

    /**
     * An affiliation is shown on its person's page, an alias on its party's, an official count on its seat's, a
     * party's national result on its election's.
     */
    private static final Map<String, ShownOn> SHOWN_ON = Map.of(
            "affiliation", new ShownOn(RecordKind.PEOPLE, "SELECT person_id FROM affiliation WHERE id = ?"),
            "party_alias", new ShownOn(RecordKind.PARTIES, "SELECT party_id FROM party_alias WHERE id = ?"),
            "seat_count", new ShownOn(RecordKind.CONSTITUENCIES, "SELECT constituency_id FROM seat_count WHERE id = ?"),
            "party_result", new ShownOn(RecordKind.ELECTIONS, "SELECT election_id FROM party_result WHERE id = ?"));

    /** The record a citation row names, as a link to the page it is shown on (see {@link #SHOWN_ON}). */
    private Optional<RecordRef> citingRef(String table, long id) {
        if (table.equals("assembly")) {
            return Optional.empty();
        }
        ShownOn on = SHOWN_ON.get(table);
        RecordKind kind = on == null ? kindOf(table) : on.kind();
        long target = on == null ? id : single(on.sql(), id);
        return label(kind, target).map(l -> new RecordRef(kind, target, l));
    }

    /** The one number a query gives, -1 when it gives no row. */
    private long single(String sql, Object... params) {
        return first(query(sql, params), rs -> rs.getLong(1)).orElse(-1L);
    }

    private static RecordKind kindOf(String table) {
        for (RecordKind k : RecordKind.values()) {
            if (SqlStatisticsRepository.table(k).equals(table)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no record kind for table " + table);
    }

    /** A short name for a record, for links; empty when there is no such record. */
    private Optional<String> label(RecordKind kind, long id) {
        String sql = switch (kind) {
            case PARTIES -> "SELECT abbreviation FROM party WHERE id = ?";
            case PEOPLE -> "SELECT name FROM person WHERE id = ?";
            case ELECTIONS -> "SELECT name FROM election WHERE id = ?";
            case CONSTITUENCIES -> "SELECT code FROM constituency WHERE id = ?";
            case RESULTS ->
                "SELECT k.candidate_name || ' at ' || c.code FROM candidacy k JOIN constituency c"
                        + " ON c.id = k.constituency_id WHERE k.id = ?";
            case ALLIANCES -> "SELECT coalesce(abbreviation, name) FROM alliance WHERE id = ?";
            case MEMBERSHIPS ->
                "SELECT p.abbreviation || ' in ' || coalesce(a.abbreviation, a.name) FROM membership m"
                        + " JOIN party p ON p.id = m.party_id JOIN alliance a ON a.id = m.alliance_id WHERE m.id = ?";
            case DEALS ->
                "SELECT g.abbreviation || ' \u2192 ' || r.abbreviation || ' at ' || c.code FROM seat_deal d"
                        + " JOIN party g ON g.id = d.giver_id JOIN party r ON r.id = d.receiver_id"
                        + " JOIN constituency c ON c.id = d.constituency_id WHERE d.id = ?";
            case CLAIMS ->
                "SELECT c.code || ': ' || k.status || ' ' || k.date FROM deal_claim k JOIN seat_deal d"
                        + " ON d.id = k.deal_id JOIN constituency c ON c.id = d.constituency_id WHERE k.id = ?";
            case EVENTS -> "SELECT title FROM event WHERE id = ?";
            case RELATIONS ->
                "SELECT a.abbreviation || ' ' || r.kind || ' ' || b.abbreviation FROM party_relation r"
                        + " JOIN party a ON a.id = r.party_a JOIN party b ON b.id = r.party_b WHERE r.id = ?";
            case SOURCES -> "SELECT outlet || ': ' || title FROM source WHERE id = ?";
        };
        return first(query(sql, id), rs -> rs.getString(1));
    }
}
