package org.allianceexplorer.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.allianceexplorer.domain.Affiliation;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Candidacy;
import org.allianceexplorer.domain.ClaimCount;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.Person;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.domain.Source;

/**
 * The read side of a database, one repository per area. Every method honours a {@link RecordFilter}:
 * {@code asOf} gives the state on that day, {@code party} the records that involve that party. An unknown
 * party abbreviation raises {@link IllegalArgumentException} with a message for the user.
 */
public record Repositories(
        PartyRepository parties,
        PersonRepository people,
        ElectionRepository elections,
        AllianceRepository alliances,
        DealRepository deals,
        EventRepository events,
        SourceRepository sources,
        StatisticsRepository statistics,
        DetailRepository details,
        SearchRepository search,
        ChartRepository charts,
        RelationshipRepository relationships,
        SourcesOfRecords sourcesOf,
        HistoryRepository history) {

    /**
     * Repositories over an open database, a file or a team server's (the Sql* classes speak SQLite's SQL, which
     * {@link Dialect} gives PostgreSQL): the only place that makes them, so the rest of the application reaches the
     * database through these interfaces alone.
     */
    public static Repositories of(Database db) {
        return new Repositories(
                new SqlPartyRepository(db),
                new SqlPersonRepository(db),
                new SqlElectionRepository(db),
                new SqlAllianceRepository(db),
                new SqlDealRepository(db),
                new SqlEventRepository(db),
                new SqlSourceRepository(db),
                new SqlStatisticsRepository(db),
                new SqlDetailRepository(db),
                new SqlSearchRepository(db),
                new SqlChartRepository(db),
                new SqlRelationshipRepository(db),
                new SqlSourcesOfRecords(db),
                new SqlHistoryRepository(db));
    }

    /** Parties, their relations and lineage. */
    public interface PartyRepository {
        List<Party> parties(RecordFilter filter);

        Optional<Party> party(String abbreviation);

        List<PartyRelation> relations(RecordFilter filter);
    }

    /** People and their party affiliations and roles. */
    public interface PersonRepository {
        List<Person> people(RecordFilter filter);

        List<Affiliation> affiliations(RecordFilter filter);
    }

    /** Elections, assemblies, seats and results. */
    public interface ElectionRepository {
        List<Election> elections(RecordFilter filter);

        List<Assembly> assemblies();

        List<Constituency> constituencies(RecordFilter filter);

        void forEachResult(RecordFilter filter, Consumer<Candidacy> sink);

        /** The names of the elections with candidate results (without reading the results). */
        Set<String> electionsWithResults();

        /** How many seats have candidate results, by election id (without reading the results). */
        Map<Long, Integer> seatsWithResults();

        /** The candidate results of one election (by id), as {@link #forEachResult(RecordFilter, Consumer)}. */
        void forEachResult(RecordFilter filter, long electionId, Consumer<Candidacy> sink);

        /** The official counts of one election (by id), as {@link #officialCounts(RecordFilter)}. */
        List<OfficialCount> officialCounts(RecordFilter filter, long electionId);

        /**
         * The official counts of seats (e.g. Form-47) with the candidate results' top two beside them, by election
         * and seat; as of a day those of elections held by then, for a party those it stood in.
         */
        List<OfficialCount> officialCounts(RecordFilter filter);

        /** How many parties have national results (votes, share, seats; e.g. from ParlGov), per election code. */
        Map<String, Integer> partyResultCounts();

        /** The national results by party of the election with this key, most seats (then votes) first. */
        List<PartyResult> partyResults(String electionCode);
    }

    /** Alliances and their memberships. */
    public interface AllianceRepository {
        List<Alliance> alliances(RecordFilter filter);

        List<Membership> memberships(RecordFilter filter);
    }

    /** Seat deals (streamed: a database may hold millions) and their claims. */
    public interface DealRepository {
        void forEachDeal(RecordFilter filter, Consumer<SeatDeal> sink);

        /**
         * The deals of the listing whose ids are above {@code afterId}, the first {@code limit} of them in id order: a
         * first page to show at once ({@code Long.MIN_VALUE}), or the listing a chunk at a time.
         */
        void forEachDeal(RecordFilter filter, long afterId, int limit, Consumer<SeatDeal> sink);

        /**
         * These deals as of the filter's day (its party is not applied), by id; a deal nobody had reported by then
         * comes without a status. To bring the rows in view up to date at once when the day changes.
         */
        void forEachDeal(RecordFilter filter, Collection<Long> ids, Consumer<SeatDeal> sink);

        void forEachClaim(RecordFilter filter, Consumer<DealClaim> sink);

        /**
         * Every deal with its names only (election, seat, assembly, giver, receiver, candidate; no status, outcome
         * or claims), in id order: for a figure that works the state out from the claims itself (the graph), a
         * fraction of the listing's cost on a large database.
         */
        void forEachDealOutline(Consumer<SeatDeal> sink);

        /**
         * The deals of the listing (as of the filter's day, for its party) with their names and status only (no
         * outcome, no claims count), in id order: for a chart that counts the deals in force (the ledger).
         */
        void forEachDealStatus(RecordFilter filter, Consumer<SeatDeal> sink);

        /** Every claim with its deal, date, status and outlet only (no seat, parties, URL or note), unordered. */
        void forEachClaimOutline(Consumer<DealClaim> sink);

        /** How many claims the database holds (all of them, no filter). */
        long claimCount();

        /**
         * The claims counted by assembly and date (as dated: a day, or the month or year of a claim known only to
         * that), for the deals given or received by one of {@code parties} (none: every deal); in order of assembly,
         * then date.
         */
        List<ClaimCount> claimCounts(Set<String> parties);

        default List<SeatDeal> deals(RecordFilter filter) {
            List<SeatDeal> out = new ArrayList<>();
            forEachDeal(filter, out::add);
            return out;
        }

        default List<DealClaim> claims(RecordFilter filter) {
            List<DealClaim> out = new ArrayList<>();
            forEachClaim(filter, out::add);
            return out;
        }
    }

    /** Dated events and who took part. */
    public interface EventRepository {
        List<Event> events(RecordFilter filter);
    }

    /** Sources, and the sources behind the records of a party. */
    public interface SourceRepository {
        List<Source> sources(RecordFilter filter);
    }

    /** How many records of each kind. */
    public interface StatisticsRepository {
        Map<RecordKind, Long> counts();

        /** How many official counts of seats (Form-47s) there are. */
        long officialCounts();

        /** What each election has: candidate results, official counts, seat deals and their claims; by polling day. */
        List<Coverage> coverage();

        /** The dataset's note on the licences of its parts (its manifest's {@code licence}), or null. */
        String licence();
    }

    /** One election's share of a database. */
    public record Coverage(String election, long results, long officialCounts, long deals, long claims) {}
}
