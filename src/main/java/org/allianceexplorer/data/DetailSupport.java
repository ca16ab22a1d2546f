package org.allianceexplorer.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.RelationKind;
import org.allianceexplorer.domain.ResultLine;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.domain.SourceList;
import org.allianceexplorer.domain.Tie;

/**
 * What the detail pages of every kind share: the lists a page shows of other records (deals with their
 * state, results, events, sources) as of a day, capped at {@link DetailRepository#LIMIT}, and the links
 * read from a row.
 */
abstract class DetailSupport extends SqlSupport {

    static final int LIMIT = DetailRepository.LIMIT;

    /** A party's memberships (or one membership) with alliance and party; a condition on {@code m} follows. */
    static final String MEMBERSHIPS_WHERE =
            "SELECT m.id, m.alliance_id, coalesce(a.abbreviation, a.name) AS alliance, m.party_id, p.abbreviation,"
                    + " m.role, m.from_date, m.to_date FROM membership m JOIN alliance a ON a.id = m.alliance_id"
                    + " JOIN party p ON p.id = m.party_id WHERE ";

    /** Relations with both parties' abbreviations ({@code pa}, {@code pb}); a condition on {@code r} follows. */
    static final String RELATIONS_WHERE =
            "SELECT r.id, r.party_a, a.abbreviation AS pa, r.party_b, b.abbreviation AS pb, r.kind,"
                    + " r.from_date, r.to_date, r.note FROM party_relation r JOIN party a ON a.id = r.party_a"
                    + " JOIN party b ON b.id = r.party_b WHERE ";

    DetailSupport(Database db) {
        super(db);
    }

    /** A query with its parameters. */
    static Query query(String sql, Object... params) {
        Query q = new Query(sql);
        q.params.addAll(List.of(params));
        return q;
    }

    /** The first row of a query, mapped; empty when there is none. */
    <T> Optional<T> first(Query q, RowMapper<T> mapper) {
        return list(q, mapper).stream().findFirst();
    }

    /** The record with this id: {@code columns} of {@code table} as {@code alias}, mapped; empty when there is none. */
    <T> Optional<T> byId(String columns, String table, String alias, long id, RowMapper<T> mapper) {
        return first(
                query("SELECT " + columns + " FROM " + table + " " + alias + " WHERE " + alias + ".id = ?", id),
                mapper);
    }

    /** A link read from a row: its id and label columns. */
    static RecordRef ref(RecordKind kind, ResultSet rs, String idColumn, String labelColumn) throws SQLException {
        return new RecordRef(kind, rs.getLong(idColumn), rs.getString(labelColumn));
    }

    /** A dated tie read from a row with {@code role}, {@code from_date} and {@code to_date}. */
    static Tie tie(ResultSet rs, RecordRef record, RecordRef target) throws SQLException {
        return new Tie(record, target, rs.getString("role"), period(rs), null);
    }

    /** A party's membership of an alliance, from a row of {@link #MEMBERSHIPS_WHERE}. */
    static Tie membership(ResultSet rs) throws SQLException {
        return tie(
                rs,
                new RecordRef(
                        RecordKind.MEMBERSHIPS,
                        rs.getLong("id"),
                        rs.getString("abbreviation") + " in " + rs.getString("alliance")),
                ref(RecordKind.ALLIANCES, rs, "alliance_id", "alliance"));
    }

    /** A relation's own link, from a row of {@link #RELATIONS_WHERE}: "MQM-P split from MQM". */
    static RecordRef relation(ResultSet rs, RelationKind kind) throws SQLException {
        return new RecordRef(
                RecordKind.RELATIONS,
                rs.getLong("id"),
                rs.getString("pa") + " " + kind.phrase() + " " + rs.getString("pb"));
    }

    static RelationKind relationKind(ResultSet rs) throws SQLException {
        return Coded.parse(RelationKind.class, rs.getString("kind"));
    }

    static <T> List<T> capped(List<T> all) {
        return all.size() > LIMIT ? all.subList(0, LIMIT) : all;
    }

    // --- deals -----------------------------------------------------------------------------------

    /**
     * Deals matching {@code where} with their status as of the day (the latest claim by then) and outcome
     * (once polling had happened). {@code reportedOnly}: leave out deals nobody had reported by the day.
     */
    List<DealLine> dealLines(String where, List<Object> params, LocalDate asOf, boolean reportedOnly, int limit) {
        Query q = SqlDealRepository.dealQuery(
                asOf, where, params, "coalesce(e.polling_day, ''), a.id, c.code, d.id", reportedOnly);
        if (limit >= 0) {
            q.append("LIMIT ?", limit);
        }
        return list(q, DetailSupport::dealLine);
    }

    private static DealLine dealLine(ResultSet rs) throws SQLException {
        String st = rs.getString("status");
        ClaimStatus status = null;
        PartialDate statusDate = null;
        if (st != null) {
            int sp = st.indexOf(' ');
            status = Coded.parse(ClaimStatus.class, st.substring(0, sp));
            statusDate = PartialDate.parse(st.substring(sp + 1));
        }
        Outcome outcome = SqlDealRepository.outcome(rs);
        RecordRef seat = ref(RecordKind.CONSTITUENCIES, rs, "seat_id", "seat");
        RecordRef giver = ref(RecordKind.PARTIES, rs, "giver_id", "giver");
        RecordRef receiver = ref(RecordKind.PARTIES, rs, "receiver_id", "receiver");
        RecordRef deal = new RecordRef(
                RecordKind.DEALS,
                rs.getLong("id"),
                giver.label() + " \u2192 " + receiver.label() + " at " + seat.label());
        return new DealLine(
                deal,
                ref(RecordKind.ELECTIONS, rs, "election_id", "election"),
                seat,
                rs.getString("assembly"),
                giver,
                receiver,
                rs.getString("candidate_name"),
                status,
                statusDate,
                outcome);
    }

    // --- results and events ----------------------------------------------------------------------

    /** Results matching {@code where}; as of a day, those of elections held by then. */
    List<ResultLine> resultLines(String where, List<Object> params, LocalDate asOf, String order) {
        Query q = query("SELECT k.id, k.candidate_name, k.party_label, k.votes AS listed_votes, "
                + Counts.votes("k") + " AS votes, " + Counts.rank("k") + " AS rank, " + Counts.elected("k")
                + " AS elected, " + Counts.basis("k") + " AS basis, e.id AS election_id,"
                + " e.name AS election, c.id AS seat_id, c.code AS seat, p.id AS party_id, p.abbreviation,"
                + " x.id AS person_id, x.name AS person FROM candidacy k JOIN election e ON e.id = k.election_id"
                + " JOIN constituency c ON c.id = k.constituency_id LEFT JOIN party p ON p.id = k.party_id"
                + " LEFT JOIN person x ON x.id = k.person_id"
                + Counts.join("k.election_id", "k.constituency_id") + Counts.joinPlaces() + " WHERE " + where);
        q.params.addAll(params);
        if (asOf != null) {
            q.and("e.polling_day IS NOT NULL AND " + onOrBefore("e.polling_day"), iso(asOf));
        }
        q.append(order);
        return list(q, rs -> {
            Long party = longOrNull(rs, "party_id");
            Long person = longOrNull(rs, "person_id");
            RecordRef seat = ref(RecordKind.CONSTITUENCIES, rs, "seat_id", "seat");
            return new ResultLine(
                    new RecordRef(
                            RecordKind.RESULTS,
                            rs.getLong("id"),
                            rs.getString("candidate_name") + " at " + seat.label()),
                    ref(RecordKind.ELECTIONS, rs, "election_id", "election"),
                    seat,
                    rs.getString("candidate_name"),
                    person == null ? null : new RecordRef(RecordKind.PEOPLE, person, rs.getString("person")),
                    party == null ? null : new RecordRef(RecordKind.PARTIES, party, rs.getString("abbreviation")),
                    rs.getString("party_label"),
                    rs.getLong("votes"),
                    rs.getInt("rank"),
                    rs.getInt("elected") == 1,
                    rs.getString("basis"),
                    rs.getLong("listed_votes"));
        });
    }

    /** Events matching {@code where}, those that had happened by the day, capped. */
    List<Event> events(String where, List<Object> params, LocalDate asOf) {
        Query q = query(RecordRows.EVENTS_WHERE + where);
        q.params.addAll(params);
        q.datedBy("e.date", asOf).append("ORDER BY e.date, e.id LIMIT ?", LIMIT);
        return list(q, RecordRows::event);
    }

    // --- sources ---------------------------------------------------------------------------------

    /** The sources cited for one record (for a deal also its claims' sources), as of the day. */
    SourceList sources(RecordRef ref, LocalDate asOf) {
        if (ref.kind() == RecordKind.CLAIMS) {
            return sourceList("SELECT source_id FROM deal_claim WHERE id = ?", List.of(ref.id()), null);
        }
        if (ref.kind() == RecordKind.SOURCES) {
            return sourceList("SELECT ?", List.of(ref.id()), null);
        }
        SourceIds ids = SourceIds.of(SqlStatisticsRepository.table(ref.kind()), ref.id());
        if (ref.kind() == RecordKind.DEALS) {
            ids.union("SELECT source_id FROM deal_claim WHERE deal_id = ?", ref.id());
        }
        return sourceList(ids, asOf);
    }

    SourceList sourceList(SourceIds ids, LocalDate asOf) {
        return sourceList(ids.sql.toString(), ids.params, asOf);
    }

    /** The sources whose ids {@code idsSql} selects, published by the day, oldest first, capped at {@link #LIMIT}. */
    private SourceList sourceList(String idsSql, List<Object> params, LocalDate asOf) {
        Query q = query("SELECT " + RecordRows.SOURCE + " FROM source s WHERE s.id IN (" + idsSql + ")");
        q.params.addAll(params);
        q.undatedOrBy("s.published", asOf);
        q.append("ORDER BY coalesce(s.published, ''), s.outlet COLLATE NOCASE, s.id");
        List<Source> all = list(q, RecordRows::source);
        return new SourceList(capped(all), all.size());
    }

    /** The ids of the sources behind a page, as SQL: a union of citations, with its parameters. */
    static final class SourceIds {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        /** The sources a record of {@code table} cites itself. */
        static SourceIds of(String table, long id) {
            return new SourceIds()
                    .union("SELECT source_id FROM citation WHERE record_kind = '" + table + "' AND record_id = ?", id);
        }

        SourceIds union(String select, Object... values) {
            sql.append(sql.length() == 0 ? "" : " UNION ").append(select);
            params.addAll(List.of(values));
            return this;
        }

        /**
         * And those cited by the records {@code from} (a table and its alias) that match {@code where}: records
         * of kind {@code kind} whose id is the column {@code recordId}.
         */
        SourceIds citedBy(String from, String kind, String recordId, String where, Object... values) {
            return union(
                    "SELECT c.source_id FROM " + from + " CROSS JOIN citation c ON c.record_kind = '" + kind
                            + "' AND c.record_id = " + recordId + " WHERE " + where,
                    values);
        }

        /** And those of the claims of the deals {@code d} that match {@code where}. */
        SourceIds claimsOfDeals(String where, Object... values) {
            return union(
                    "SELECT k.source_id FROM seat_deal d CROSS JOIN deal_claim k ON k.deal_id = d.id WHERE " + where,
                    values);
        }
    }
}
