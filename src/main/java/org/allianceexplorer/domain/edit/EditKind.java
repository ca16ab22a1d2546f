package org.allianceexplorer.domain.edit;

import static org.allianceexplorer.domain.edit.Field.Type.COLOUR;
import static org.allianceexplorer.domain.edit.Field.Type.DATE;
import static org.allianceexplorer.domain.edit.Field.Type.DECIMAL;
import static org.allianceexplorer.domain.edit.Field.Type.FLAG;
import static org.allianceexplorer.domain.edit.Field.Type.INTEGER;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RelationKind;

/**
 * Every kind of record an analyst can add, change and delete, with its fields: what a form shows and
 * what {@link FieldRules} checks. A field's name is the stored column; {@link #table()} names where the
 * records are kept (the history's {@code kind}). Declared so that a kind links only to kinds above it.
 */
public enum EditKind {
    SOURCE(
            "source",
            "source",
            "code",
            Field.text("code", "Key").must(),
            Field.text("outlet", "Outlet").must(),
            Field.text("title", "Title").must(),
            Field.text("url", "URL"),
            Field.of("published", "Published", DATE),
            Field.of("retrieved", "Retrieved", DATE),
            Field.text("snippet", "Quotation")),
    PARTY(
            "party",
            "party",
            "abbreviation",
            Field.text("abbreviation", "Abbreviation").must(),
            Field.text("name", "Name").must(),
            Field.text("native_name", "Native name"),
            Field.of("colour", "Colour", COLOUR),
            Field.of("founded", "Founded", DATE),
            Field.of("dissolved", "Dissolved", DATE),
            Field.of("partyfacts_id", "Party Facts id", INTEGER),
            Field.text("country", "Country")),
    PARTY_ALIAS(
            "party_alias",
            "alias",
            "label",
            Field.text("label", "Spelling").must(),
            Field.link("party_id", "Party", PARTY).must()),
    PERSON(
            "person",
            "person",
            "code",
            Field.text("code", "Key").must(),
            Field.text("name", "Name").must(),
            Field.text("native_name", "Native name")),
    AFFILIATION(
            "affiliation",
            "affiliation",
            "code",
            Field.text("code", "Key"),
            Field.link("person_id", "Person", PERSON).must(),
            Field.link("party_id", "Party", PARTY).must(),
            Field.text("role", "Role"),
            Field.of("from_date", "From", DATE),
            Field.of("to_date", "To", DATE)),
    ELECTION(
            "election",
            "election",
            "code",
            Field.text("code", "Key").must(),
            Field.text("name", "Name").must(),
            Field.of("polling_day", "Polling day", DATE),
            Field.text("country", "Country")),
    ASSEMBLY(
            "assembly",
            "assembly",
            "code",
            Field.text("code", "Code").must(),
            Field.text("name", "Name").must(),
            Field.text("province", "Province"),
            Field.of("total_seats", "Total seats", INTEGER),
            Field.of("general_seats", "General seats", INTEGER),
            Field.of("majority", "Majority", INTEGER)),
    CONSTITUENCY(
            "constituency",
            "seat",
            "code",
            Field.text("code", "Seat").must(),
            Field.text("name", "Name"),
            Field.link("assembly_id", "Assembly", ASSEMBLY).must(),
            Field.text("province", "Province"),
            Field.text("district", "District")),
    RESULT(
            "candidacy",
            "result",
            "code",
            Field.text("code", "Key"),
            Field.link("election_id", "Election", ELECTION).must(),
            Field.link("constituency_id", "Seat", CONSTITUENCY).must(),
            Field.text("candidate_name", "Candidate").must(),
            Field.link("party_id", "Party", PARTY),
            Field.text("party_label", "Party as written"),
            Field.link("person_id", "Person", PERSON),
            Field.of("votes", "Votes", INTEGER).must(),
            Field.of("rank", "Rank", INTEGER).must(),
            Field.of("elected", "Elected", FLAG).must()),
    SEAT_COUNT(
            "seat_count",
            "official count",
            "code",
            Field.text("code", "Key").must(),
            Field.link("election_id", "Election", ELECTION).must(),
            Field.link("constituency_id", "Seat", CONSTITUENCY).must(),
            Field.text("basis", "Basis (e.g. Form-47)").must(),
            Field.of("declared", "Declared", DATE),
            Field.of("polling_stations", "Polling stations", INTEGER),
            Field.of("registered", "Registered voters", INTEGER),
            Field.of("polled", "Votes polled", INTEGER),
            Field.of("valid_votes", "Valid votes", INTEGER),
            Field.of("rejected_votes", "Rejected votes", INTEGER),
            Field.of("turnout", "Turnout (%)", DECIMAL),
            Field.text("winner_name", "Winner (as on the form)"),
            Field.text("winner_label", "Winner's party (as on the form)"),
            Field.of("winner_votes", "Winner's votes", INTEGER),
            Field.link("winner_id", "Winner's result", RESULT),
            Field.text("runner_up_name", "Runner-up (as on the form)"),
            Field.text("runner_up_label", "Runner-up's party (as on the form)"),
            Field.of("runner_up_votes", "Runner-up's votes", INTEGER),
            Field.link("runner_up_id", "Runner-up's result", RESULT),
            Field.of("candidates", "Candidates", INTEGER),
            Field.text("flags", "Notes on the form")),
    PARTY_RESULT(
            "party_result",
            "party result",
            "code",
            Field.text("code", "Key").must(),
            Field.link("election_id", "Election", ELECTION).must(),
            Field.link("assembly_id", "Assembly", ASSEMBLY).must(),
            Field.link("party_id", "Party", PARTY).must(),
            Field.of("votes", "Votes", INTEGER),
            Field.of("vote_share", "Vote share (%)", DECIMAL),
            Field.of("seats", "Seats", INTEGER)),
    ALLIANCE(
            "alliance",
            "alliance",
            "abbreviation",
            Field.text("code", "Key").must(),
            Field.text("name", "Name").must(),
            Field.text("abbreviation", "Abbreviation"),
            Field.choice("kind", "Kind", codes(AllianceKind.class)),
            Field.choice("level", "Level", codes(Level.class)),
            Field.text("region", "Region"),
            Field.of("from_date", "From", DATE),
            Field.of("to_date", "To", DATE),
            Field.text("description", "Description")),
    MEMBERSHIP(
            "membership",
            "membership",
            "code",
            Field.text("code", "Key"),
            Field.link("alliance_id", "Alliance", ALLIANCE).must(),
            Field.link("party_id", "Party", PARTY).must(),
            Field.of("from_date", "From", DATE),
            Field.of("to_date", "To", DATE),
            Field.text("role", "Role")),
    DEAL(
            "seat_deal",
            "deal",
            "code",
            Field.text("code", "Key"),
            Field.link("election_id", "Election", ELECTION).must(),
            Field.link("constituency_id", "Seat", CONSTITUENCY).must(),
            Field.link("giver_id", "Giver", PARTY).must(),
            Field.link("receiver_id", "Receiver", PARTY).must(),
            Field.text("candidate_name", "Candidate"),
            Field.link("candidacy_id", "Result", RESULT),
            Field.link("alliance_id", "Alliance", ALLIANCE),
            Field.text("note", "Note")),
    CLAIM(
            "deal_claim",
            "claim",
            "code",
            Field.text("code", "Key"),
            Field.link("deal_id", "Deal", DEAL).must(),
            Field.of("date", "Date", DATE).must(),
            Field.choice("status", "Status", codes(ClaimStatus.class)),
            Field.link("source_id", "Source", SOURCE).must(),
            Field.text("note", "Note")),
    EVENT(
            "event",
            "event",
            "code",
            Field.text("code", "Key").must(),
            Field.of("date", "Date", DATE).must(),
            Field.text("title", "Title").must(),
            Field.text("place", "Place"),
            Field.text("description", "Description"),
            Field.links("parties", "Parties", PARTY),
            Field.links("people", "People", PERSON)),
    RELATION(
            "party_relation",
            "relation",
            "code",
            Field.text("code", "Key"),
            Field.link("party_a", "Party", PARTY).must(),
            Field.link("party_b", "Other party", PARTY).must(),
            Field.choice("kind", "Kind", codes(RelationKind.class)),
            Field.of("from_date", "From", DATE),
            Field.of("to_date", "To", DATE),
            Field.text("note", "Note")),
    /** Which source backs which record: {@code record_kind} is a citing kind's table, {@code record_id} its id. */
    CITATION(
            "citation",
            "citation",
            null,
            Field.choice("record_kind", "Record kind", citingTables()),
            Field.of("record_id", "Record", INTEGER).must(),
            Field.link("source_id", "Source", SOURCE).must());

    private final String table;
    private final String label;
    private final String keyField;
    private final List<Field> fields;

    EditKind(String table, String label, String keyField, Field... fields) {
        this.table = table;
        this.label = label;
        this.keyField = keyField;
        this.fields = List.of(fields);
    }

    private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    /** The tables of the kinds that cite sources through {@code citation} (the schema's list, in its order). */
    private static List<String> citingTables() {
        return Stream.of(
                        PARTY,
                        PARTY_ALIAS,
                        PERSON,
                        AFFILIATION,
                        ELECTION,
                        ASSEMBLY,
                        CONSTITUENCY,
                        RESULT,
                        PARTY_RESULT,
                        SEAT_COUNT,
                        ALLIANCE,
                        MEMBERSHIP,
                        DEAL,
                        EVENT,
                        RELATION)
                .map(EditKind::table)
                .toList();
    }

    /** Where the records are kept; also the {@code kind} of their history rows. */
    public String table() {
        return table;
    }

    /** The word for people: {@code party}, {@code seat}, {@code deal}. */
    public String label() {
        return label;
    }

    /** The plural for people ("12 memberships"). */
    public String plural(long n) {
        if (n == 1) {
            return "1 " + label;
        }
        String w = label.endsWith("y") && !label.endsWith("ey")
                ? label.substring(0, label.length() - 1) + "ies"
                : label.endsWith("s") ? label + "es" : label + "s";
        return n + " " + w;
    }

    /**
     * True when a new or changed record of this kind must cite a source ({@code citation}); a claim names its
     * source in a field of its own, a source and a citation are not facts that need one.
     */
    public boolean cites() {
        return citingTables().contains(table);
    }

    /** The field people know a record by (abbreviation, key), or null (then its id). */
    public String keyField() {
        return keyField;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The required link field of this kind that points to {@code target} (a membership's alliance, a claim's
     * deal): what a record of this kind added from a {@code target}'s page is filled with. Empty when none.
     */
    public Optional<String> linkTo(EditKind target) {
        return fields.stream()
                .filter(f -> f.type() == Field.Type.LINK && f.required() && f.ref() == target)
                .map(Field::name)
                .findFirst();
    }

    /** The kind of record the window lists and shows in the detail pane for this kind, if it has one. */
    public Optional<RecordKind> shownAs() {
        return Optional.ofNullable(
                switch (this) {
                    case SOURCE -> RecordKind.SOURCES;
                    case PARTY -> RecordKind.PARTIES;
                    case PERSON -> RecordKind.PEOPLE;
                    case ELECTION -> RecordKind.ELECTIONS;
                    case CONSTITUENCY -> RecordKind.CONSTITUENCIES;
                    case RESULT -> RecordKind.RESULTS;
                    case ALLIANCE -> RecordKind.ALLIANCES;
                    case MEMBERSHIP -> RecordKind.MEMBERSHIPS;
                    case DEAL -> RecordKind.DEALS;
                    case CLAIM -> RecordKind.CLAIMS;
                    case EVENT -> RecordKind.EVENTS;
                    case RELATION -> RecordKind.RELATIONS;
                    default -> null;
                });
    }

    /** The kind whose records the window shows as {@code kind} (the inverse of {@link #shownAs()}). */
    public static Optional<EditKind> shown(RecordKind kind) {
        return Arrays.stream(values())
                .filter(k -> k.shownAs().filter(kind::equals).isPresent())
                .findFirst();
    }

    /** The kind kept in a table, if any. */
    public static Optional<EditKind> ofTable(String table) {
        return Arrays.stream(values()).filter(k -> k.table.equals(table)).findFirst();
    }

    /** Looks a kind up by its table or label ("party", "deal", "seat_deal"), any case. */
    public static EditKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (EditKind k : values()) {
            if (k.table.equals(t)
                    || k.label.replace(' ', '_').equals(t)
                    || k.name().toLowerCase(Locale.ROOT).equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no kind of record '" + text + "'");
    }
}
