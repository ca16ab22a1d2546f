package org.allianceexplorer.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.Candidacy;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.Person;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.domain.analysis.FriendlyFights;
import org.allianceexplorer.domain.edit.EditSummary;
import org.allianceexplorer.domain.edit.HistoryRow;
import org.allianceexplorer.io.Column;

/**
 * The columns {@code list KIND} writes, per kind. These names are a stable interface: scripts read them.
 */
final class Tables {

    private Tables() {}

    static String iso(PartialDate d) {
        return d == null ? null : d.iso();
    }

    static String code(Coded c) {
        return c == null ? null : c.code();
    }

    /** A cell of the part {@code part} of a row names ({@code value} of it), empty when the row has no such part. */
    static <T, P> Function<T, Object> ofPart(Function<T, P> part, Function<P, ?> value) {
        return row -> {
            P p = part.apply(row);
            return p == null ? null : value.apply(p);
        };
    }

    static final List<Column<Party>> PARTIES = List.of(
            Column.text("abbreviation", Party::abbreviation),
            Column.text("name", Party::name),
            Column.text("native_name", Party::nativeName),
            Column.number("partyfacts_id", Party::partyFactsId),
            Column.text("colour", Party::colour),
            Column.text("founded", p -> iso(p.founded())),
            Column.text("dissolved", p -> iso(p.dissolved())),
            Column.text("country", Party::country));

    static final List<Column<Person>> PEOPLE = List.of(
            Column.text("key", Person::code),
            Column.text("name", Person::name),
            Column.text("native_name", Person::nativeName));

    static final List<Column<Election>> ELECTIONS = List.of(
            Column.text("key", Election::code),
            Column.text("name", Election::name),
            Column.text("polling_day", e -> iso(e.pollingDay())),
            Column.text("country", Election::country));

    static final List<Column<Constituency>> CONSTITUENCIES = List.of(
            Column.text("seat", Constituency::code),
            Column.text("name", Constituency::name),
            Column.text("assembly", Constituency::assembly),
            Column.text("province", Constituency::province),
            Column.text("district", Constituency::district));

    static final List<Column<Candidacy>> RESULTS = List.of(
            Column.text("election", Candidacy::election),
            Column.text("seat", Candidacy::seat),
            Column.text("candidate", Candidacy::candidate),
            Column.text("party", c -> c.party() != null ? c.party() : c.partyLabel()),
            Column.number("votes", Candidacy::votes),
            Column.number("rank", Candidacy::rank),
            Column.text("elected", c -> c.elected() ? "yes" : "no"),
            Column.number("official_votes", Candidacy::officialVotes),
            Column.number("official_place", c -> c.officialPlace() == 0 ? null : c.officialPlace()),
            Column.text("basis", Candidacy::basis));

    /** {@code list friendly-fights}: seats where two allies both stood. */
    static final List<Column<FriendlyFights.Fight>> FRIENDLY_FIGHTS = List.of(
            Column.text("seat", FriendlyFights.Fight::seat),
            Column.text("alliance", FriendlyFights.Fight::tie),
            Column.text("party_a", FriendlyFights.Fight::partyA),
            Column.number("votes_a", FriendlyFights.Fight::votesA),
            Column.text("party_b", FriendlyFights.Fight::partyB),
            Column.number("votes_b", FriendlyFights.Fight::votesB),
            Column.text("winner", FriendlyFights.Fight::winner),
            Column.number("winner_votes", FriendlyFights.Fight::winnerVotes),
            Column.text("split_cost_seat", f -> f.splitCostSeat() ? "yes" : "no"));

    /** {@code list counts}: each official count beside the candidate results, and where they differ. */
    static final List<Column<OfficialCount>> COUNTS = List.of(
            Column.text("election", c -> c.election().label()),
            Column.text("seat", c -> c.seat().label()),
            Column.text("basis", OfficialCount::basis),
            Column.text("declared", c -> iso(c.declared())),
            Column.text("winner", c -> c.winner().shownName()),
            Column.text("winner_party", c -> c.winner().party()),
            Column.number("winner_votes", c -> c.winner().votes()),
            Column.text("runner_up", ofPart(OfficialCount::runnerUp, OfficialCount.Entry::shownName)),
            Column.text("runner_up_party", ofPart(OfficialCount::runnerUp, OfficialCount.Entry::party)),
            Column.number("runner_up_votes", ofPart(OfficialCount::runnerUp, OfficialCount.Entry::votes)),
            Column.number("margin", OfficialCount::margin),
            Column.number("valid_votes", OfficialCount::validVotes),
            Column.number("rejected_votes", OfficialCount::rejectedVotes),
            Column.number("polled", OfficialCount::polled),
            Column.number("registered", OfficialCount::registered),
            Column.text("turnout", c -> c.turnout() == null ? null : String.format(Locale.ROOT, "%.2f", c.turnout())),
            Column.text("listed_winner", ofPart(OfficialCount::listedWinner, OfficialCount.Entry::shownName)),
            Column.number("listed_winner_votes", ofPart(OfficialCount::listedWinner, OfficialCount.Entry::votes)),
            Column.text("listed_runner_up", ofPart(OfficialCount::listedRunnerUp, OfficialCount.Entry::shownName)),
            Column.number("listed_runner_up_votes", ofPart(OfficialCount::listedRunnerUp, OfficialCount.Entry::votes)),
            Column.text("differs", c -> c.differs() ? "yes" : "no"),
            Column.text("differences", c -> String.join("; ", c.differences())),
            Column.text("flags", OfficialCount::flags));

    static final List<Column<Alliance>> ALLIANCES = List.of(
            Column.text("key", Alliance::code),
            Column.text("name", Alliance::name),
            Column.text("abbreviation", Alliance::abbreviation),
            Column.text("kind", a -> code(a.kind())),
            Column.text("level", a -> code(a.level())),
            Column.text("region", Alliance::region),
            Column.text("from", a -> iso(a.period().from())),
            Column.text("to", a -> iso(a.period().to())));

    static final List<Column<Membership>> MEMBERSHIPS = List.of(
            Column.text("alliance", Membership::alliance),
            Column.text("party", Membership::party),
            Column.text("from", m -> iso(m.period().from())),
            Column.text("to", m -> iso(m.period().to())),
            Column.text("role", Membership::role));

    static final List<Column<SeatDeal>> DEALS = List.of(
            Column.text("election", SeatDeal::election),
            Column.text("seat", SeatDeal::seat),
            Column.text("assembly", SeatDeal::assembly),
            Column.text("giver", SeatDeal::giver),
            Column.text("receiver", SeatDeal::receiver),
            Column.text("candidate", SeatDeal::candidate),
            Column.text("status", d -> code(d.status())),
            Column.text("outcome", d -> d.ofOutcome(Outcome::label)),
            Column.text("status_date", d -> iso(d.statusDate())),
            Column.number("receiver_votes", d -> d.ofOutcome(Outcome::receiverVotes)),
            Column.number("margin", d -> d.ofOutcome(Outcome::margin)),
            Column.number("giver_votes", d -> d.ofOutcome(Outcome::giverVotes)),
            Column.number("claims", SeatDeal::claims),
            Column.text("basis", d -> d.ofOutcome(Outcome::basis)),
            Column.text(
                    "effect",
                    d -> d.ofOutcome(o -> o.effect() == null ? null : o.effect().label())),
            Column.number("giver_estimate", d -> d.ofOutcome(Outcome::giverEstimate)),
            Column.text("estimate_from", d -> d.ofOutcome(Outcome::estimateFrom)));

    static final List<Column<DealClaim>> CLAIMS = List.of(
            Column.text("seat", DealClaim::seat),
            Column.text("giver", DealClaim::giver),
            Column.text("receiver", DealClaim::receiver),
            Column.text("date", c -> iso(c.date())),
            Column.text("status", c -> code(c.status())),
            Column.text("source_url", DealClaim::sourceUrl),
            Column.text("outlet", DealClaim::outlet),
            Column.text("note", DealClaim::note));

    static final List<Column<Event>> EVENTS = List.of(
            Column.text("date", e -> iso(e.date())),
            Column.text("title", Event::title),
            Column.text("place", Event::place),
            Column.text("parties", e -> String.join(";", e.parties())),
            Column.text("people", e -> String.join(";", e.people())));

    static final List<Column<PartyRelation>> RELATIONS = List.of(
            Column.text("party_a", PartyRelation::partyA),
            Column.text("party_b", PartyRelation::partyB),
            Column.text("kind", r -> code(r.kind())),
            Column.text("from", r -> iso(r.period().from())),
            Column.text("to", r -> iso(r.period().to())),
            Column.text("note", PartyRelation::note));

    /** {@code list history}: one row per changed field; the first eight columns are the issue's, in its order. */
    static final List<Column<HistoryRow>> HISTORY = List.of(
            Column.text("time", HistoryRow::time),
            Column.text("editor", HistoryRow::editor),
            Column.text("kind", HistoryRow::kind),
            Column.text("record", HistoryRow::record),
            Column.text("action", HistoryRow::action),
            Column.text("field", HistoryRow::field),
            Column.text("old", HistoryRow::oldValue),
            Column.text("new", HistoryRow::newValue),
            Column.number("edit", HistoryRow::editId),
            Column.text("edit_action", HistoryRow::editAction),
            Column.text("label", HistoryRow::editLabel));

    /** {@code list history --edits}: one line per edit; tables and actions as in the rows, joined by {@code ;}. */
    static final List<Column<EditSummary>> HISTORY_EDITS = List.of(
            Column.number("edit", EditSummary::editId),
            Column.text("time", EditSummary::time),
            Column.text("editor", EditSummary::editor),
            Column.text("edit_action", EditSummary::editAction),
            Column.text("label", EditSummary::label),
            Column.text("kinds", e -> String.join(";", e.tables())),
            Column.text("actions", e -> String.join(";", e.actions())),
            Column.text("first_record", EditSummary::firstRecord),
            Column.number("records", EditSummary::records),
            Column.number("changes", EditSummary::changes));

    static final List<Column<Source>> SOURCES = List.of(
            Column.text("id", Source::code),
            Column.text("outlet", Source::outlet),
            Column.text("title", Source::title),
            Column.text("url", Source::url),
            Column.text("published", s -> iso(s.published())),
            Column.text("retrieved", s -> iso(s.retrieved())),
            Column.text("snippet", Source::snippet));
}
