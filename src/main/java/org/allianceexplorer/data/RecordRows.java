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
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.Person;
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
            + "   JOIN party p ON p.id = ep.party_id WHERE ep.event_id = e.id ORDER BY p.abbreviation)) AS parties,"
            + " (SELECT group_concat(name, char(31)) FROM (SELECT x.name FROM event_person ex"
            + "   JOIN person x ON x.id = ex.person_id WHERE ex.event_id = e.id ORDER BY x.name)) AS people"
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
}
