package org.allianceexplorer.data;

import static org.allianceexplorer.data.SqlSupport.date;
import static org.allianceexplorer.data.SqlSupport.doubleOrNull;
import static org.allianceexplorer.data.SqlSupport.intOrNull;
import static org.allianceexplorer.data.SqlSupport.longOrNull;
import static org.allianceexplorer.data.SqlSupport.period;
import static org.allianceexplorer.data.SqlSupport.split;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.Person;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;

/**
 * How each kind of record is selected and read from a row: one select list and one mapper per kind, for
 * every repository that reads it (the listings and the detail pages alike).
 */
final class RecordRows {

    private RecordRows() {}

    /** The columns of a source, table alias {@code s}. */
    static final String SOURCE = "s.id, s.code, s.outlet, s.title, s.url, s.published, s.retrieved, s.snippet";

    /** The columns of a party, table alias {@code p}. */
    static final String PARTY =
            "p.id, p.abbreviation, p.name, p.native_name, p.colour, p.founded, p.dissolved, p.partyfacts_id, p.country";

    /** The columns of a person, table alias {@code p}. */
    static final String PERSON = "p.id, p.code, p.name, p.native_name";

    /** The columns of an election, table alias {@code e}. */
    static final String ELECTION = "e.id, e.code, e.name, e.polling_day, e.country";

    /** The columns of an alliance, table alias {@code a}. */
    static final String ALLIANCE =
            "a.id, a.code, a.name, a.abbreviation, a.kind, a.level, a.region, a.from_date, a.to_date, a.description";

    /** The columns of a seat, table alias {@code c}, with its assembly {@code a} joined. */
    static final String CONSTITUENCY = "c.id, c.code, c.name, a.code AS assembly, c.province, c.district";

    /** Events ({@code e}) with their parties and people; a condition follows. */
    static final String EVENTS_WHERE = "SELECT e.id, e.code, e.date, e.title, e.place, e.description,"
            + " (SELECT group_concat(abbreviation, char(31)) FROM (SELECT p.abbreviation FROM event_party ep"
            + "   JOIN party p ON p.id = ep.party_id WHERE ep.event_id = e.id ORDER BY p.abbreviation) AS p) AS parties,"
            + " (SELECT group_concat(name, char(31)) FROM (SELECT x.name FROM event_person ex"
            + "   JOIN person x ON x.id = ex.person_id WHERE ex.event_id = e.id ORDER BY x.name) AS x) AS people"
            + " FROM event e WHERE ";

    static Source source(ResultSet rs) throws SQLException {
        return new Source(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("outlet"),
                rs.getString("title"),
                rs.getString("url"),
                date(rs, "published"),
                date(rs, "retrieved"),
                rs.getString("snippet"));
    }

    static Party party(ResultSet rs) throws SQLException {
        return new Party(
                rs.getLong("id"),
                rs.getString("abbreviation"),
                rs.getString("name"),
                rs.getString("native_name"),
                rs.getString("colour"),
                date(rs, "founded"),
                date(rs, "dissolved"),
                intOrNull(rs, "partyfacts_id"),
                rs.getString("country"));
    }

    static PartyResult partyResult(ResultSet rs) throws SQLException {
        return new PartyResult(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("election"),
                rs.getString("assembly"),
                rs.getLong("party_id"),
                rs.getString("abbreviation"),
                rs.getString("name"),
                longOrNull(rs, "votes"),
                doubleOrNull(rs, "vote_share"),
                intOrNull(rs, "seats"));
    }

    static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("native_name"));
    }

    static Election election(ResultSet rs) throws SQLException {
        return new Election(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                date(rs, "polling_day"),
                rs.getString("country"));
    }

    static Alliance alliance(ResultSet rs) throws SQLException {
        return new Alliance(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("abbreviation"),
                Coded.parse(AllianceKind.class, rs.getString("kind")),
                Coded.parse(Level.class, rs.getString("level")),
                rs.getString("region"),
                period(rs),
                rs.getString("description"));
    }

    static Constituency constituency(ResultSet rs) throws SQLException {
        return new Constituency(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("assembly"),
                rs.getString("province"),
                rs.getString("district"));
    }

    static Event event(ResultSet rs) throws SQLException {
        return new Event(
                rs.getLong("id"),
                rs.getString("code"),
                PartialDate.parse(rs.getString("date")),
                rs.getString("title"),
                rs.getString("place"),
                rs.getString("description"),
                split(rs.getString("parties")),
                split(rs.getString("people")));
    }

    /**
     * The official counts with their winners and runners-up, and the candidate results' own top two beside
     * them: a whole query, to be narrowed by a condition on {@code sc} (seat_count), {@code e} (election) or
     * {@code c} (constituency) and ordered. Read by {@link #officialCount}.
     */
    static final String OFFICIAL_COUNTS = "SELECT sc.id, sc.code, e.id AS election_id, e.name AS election,"
            + " c.id AS seat_id, c.code AS seat, sc.basis, sc.declared, sc.polling_stations, sc.registered, sc.polled,"
            + " sc.valid_votes, sc.rejected_votes, sc.turnout, sc.candidates, sc.flags,"
            + " sc.winner_id AS w_id, sc.winner_name AS w_name, w.candidate_name AS w_result_name,"
            + " sc.winner_label AS w_party, sc.winner_votes AS w_votes, w.votes AS w_listed,"
            + " sc.runner_up_id AS r_id, sc.runner_up_name AS r_name, r.candidate_name AS r_result_name,"
            + " sc.runner_up_label AS r_party, sc.runner_up_votes AS r_votes, r.votes AS r_listed,"
            + " l1.id AS l1_id, l1.candidate_name AS l1_name, coalesce(p1.abbreviation, l1.party_label) AS l1_party,"
            + " l1.votes AS l1_votes, l2.id AS l2_id, l2.candidate_name AS l2_name,"
            + " coalesce(p2.abbreviation, l2.party_label) AS l2_party, l2.votes AS l2_votes"
            + " FROM seat_count sc JOIN election e ON e.id = sc.election_id JOIN constituency c ON c.id = sc.constituency_id"
            + " LEFT JOIN candidacy w ON w.id = sc.winner_id LEFT JOIN candidacy r ON r.id = sc.runner_up_id"
            + " LEFT JOIN candidacy l1 ON l1.id = (SELECT x.id FROM candidacy x WHERE x.election_id = sc.election_id"
            + "   AND x.constituency_id = sc.constituency_id AND x.rank = 1 ORDER BY x.id LIMIT 1)"
            + " LEFT JOIN candidacy l2 ON l2.id = (SELECT x.id FROM candidacy x WHERE x.election_id = sc.election_id"
            + "   AND x.constituency_id = sc.constituency_id AND x.rank = 2 ORDER BY x.id LIMIT 1)"
            + " LEFT JOIN party p1 ON p1.id = l1.party_id LEFT JOIN party p2 ON p2.id = l2.party_id";

    static OfficialCount officialCount(ResultSet rs) throws SQLException {
        String seat = rs.getString("seat");
        return new OfficialCount(
                rs.getLong("id"),
                rs.getString("code"),
                new RecordRef(RecordKind.ELECTIONS, rs.getLong("election_id"), rs.getString("election")),
                new RecordRef(RecordKind.CONSTITUENCIES, rs.getLong("seat_id"), seat),
                rs.getString("basis"),
                date(rs, "declared"),
                longOrNull(rs, "polling_stations"),
                longOrNull(rs, "registered"),
                longOrNull(rs, "polled"),
                longOrNull(rs, "valid_votes"),
                longOrNull(rs, "rejected_votes"),
                doubleOrNull(rs, "turnout"),
                intOrNull(rs, "candidates"),
                rs.getString("flags"),
                entry(rs, "w", seat, true),
                entry(rs, "r", seat, true),
                entry(rs, "l1", seat, false),
                entry(rs, "l2", seat, false));
    }

    /** One of a count's four entries, by column prefix: the count's own (with its matched result) or a listed one. */
    private static OfficialCount.Entry entry(ResultSet rs, String p, String seat, boolean counted) throws SQLException {
        Long id = longOrNull(rs, p + "_id");
        String resultName = rs.getString(counted ? p + "_result_name" : p + "_name");
        RecordRef result = id == null ? null : new RecordRef(RecordKind.RESULTS, id, resultName + " at " + seat);
        if (counted) {
            return new OfficialCount.Entry(
                    result,
                    rs.getString(p + "_name"),
                    resultName,
                    rs.getString(p + "_party"),
                    longOrNull(rs, p + "_votes"),
                    longOrNull(rs, p + "_listed"));
        }
        if (id == null) {
            return null;
        }
        Long votes = longOrNull(rs, p + "_votes");
        return new OfficialCount.Entry(result, resultName, resultName, rs.getString(p + "_party"), votes, votes);
    }
}
