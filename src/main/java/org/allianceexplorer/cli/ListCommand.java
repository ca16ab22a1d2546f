package org.allianceexplorer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import org.allianceexplorer.charts.model.FriendlyFightsModel;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.analysis.FriendlyFights;
import org.allianceexplorer.domain.edit.EditSummary;
import org.allianceexplorer.domain.edit.HistoryRow;
import org.allianceexplorer.io.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Lists the records of one kind, as they stood on a day (--as-of).",
            "KIND: parties, people, elections, constituencies, results, alliances, memberships, deals,",
            "      claims, events, relations, sources; or history: every change made by editing, one row per",
            "      changed field (time,editor,kind,record,action,field,old,new,edit,edit_action,label; time in",
            "      UTC; kind the record's table; action insert, update or delete; edit_action edit, undo or redo);",
            "      or counts: the official counts of seats (Form-47) beside the candidate results, with",
            "      differs (yes/no) and what differs; or friendly-fights --election KEY: seats where two parties",
            "      allied on polling day (one electoral alliance or pact, or a seat deal of that election) both",
            "      stood (seat,alliance,party_a,votes_a,party_b,votes_b,winner,winner_votes,split_cost_seat).",
            "results: votes, rank and elected are the candidate results' own; official_votes, official_place",
            "(1 winner, 2 runner-up) and basis are the seat's official count's, where it names the candidate.",
            "deals: receiver_votes, margin and outcome follow the official count where it names the receiver's",
            "candidate (basis names it), else the candidate results.",
            "As of a day: a deal's status is its latest claim up to that day (deals not yet reported are",
            "left out); memberships, relations and alliances are those that hold that day; claims, events",
            "and elections are those dated up to it."
        })
final class ListCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "What to list (see above).")
    String kind;

    @Mixin
    Cli.DbOption db;

    @Mixin
    Cli.AsOfOption asOf;

    @Option(names = "--party", paramLabel = "ABBR", description = "Only records that involve this party, e.g. ANP.")
    String party;

    @Option(
            names = "--election",
            paramLabel = "KEY",
            description = "The election (key or name): for friendly-fights, which needs it.")
    String election;

    @Option(
            names = "--edits",
            description = "For history: one line per edit (edit,time,editor,edit_action,label,kinds,actions,"
                    + "first_record,records,changes), oldest first.")
    boolean edits;

    @Mixin
    Cli.FormatOption output;

    /** Standard output for data; replaced in tests by the command line's writer. */
    Writer stdout() {
        return out();
    }

    @Override
    int run() throws IOException {
        if (kind != null && kind.strip().equalsIgnoreCase("history")) {
            return history();
        }
        if (kind != null && kind.strip().equalsIgnoreCase("friendly-fights")) {
            return friendlyFights();
        }
        if (edits) {
            throw new IllegalArgumentException("--edits applies to list history only");
        }
        if (election != null) {
            throw new IllegalArgumentException("--election applies to list friendly-fights only");
        }
        boolean counts = kind != null && kind.strip().equalsIgnoreCase("counts");
        RecordKind k = counts ? null : Coded.parse(RecordKind.class, kind);
        RecordFilter f = new RecordFilter(asOf.day, party == null || party.isBlank() ? null : party.strip());
        try (Database d = db.open()) {
            Repositories r = Repositories.of(d);
            if (f.party() != null && r.parties().party(f.party()).isEmpty()) {
                // before any output: a failed listing writes nothing, not even a header
                throw new IllegalArgumentException("no party '" + f.party() + "' in " + d.displayName());
            }
            Writer out = new BufferedWriter(stdout(), 1 << 16);
            if (counts) {
                // list counts: the official counts, by election and seat
                write(out, Tables.COUNTS, s -> r.elections().officialCounts(f).forEach(s));
                out.flush();
                return Cli.OK;
            }
            switch (k) {
                case PARTIES ->
                    write(out, Tables.PARTIES, s -> r.parties().parties(f).forEach(s));
                case PEOPLE ->
                    write(out, Tables.PEOPLE, s -> r.people().people(f).forEach(s));
                case ELECTIONS ->
                    write(out, Tables.ELECTIONS, s -> r.elections().elections(f).forEach(s));
                case CONSTITUENCIES ->
                    write(
                            out,
                            Tables.CONSTITUENCIES,
                            s -> r.elections().constituencies(f).forEach(s));
                case RESULTS -> write(out, Tables.RESULTS, s -> r.elections().forEachResult(f, s));
                case ALLIANCES ->
                    write(out, Tables.ALLIANCES, s -> r.alliances().alliances(f).forEach(s));
                case MEMBERSHIPS ->
                    write(
                            out,
                            Tables.MEMBERSHIPS,
                            s -> r.alliances().memberships(f).forEach(s));
                case DEALS -> write(out, Tables.DEALS, s -> r.deals().forEachDeal(f, s));
                case CLAIMS -> write(out, Tables.CLAIMS, s -> r.deals().forEachClaim(f, s));
                case EVENTS ->
                    write(out, Tables.EVENTS, s -> r.events().events(f).forEach(s));
                case RELATIONS ->
                    write(out, Tables.RELATIONS, s -> r.parties().relations(f).forEach(s));
                case SOURCES ->
                    write(out, Tables.SOURCES, s -> r.sources().sources(f).forEach(s));
            }
            out.flush();
        }
        return Cli.OK;
    }

    /** {@code list history}: the history rows, or with --edits one line per edit, oldest first; --as-of and --party do not apply. */
    private int history() throws IOException {
        if (asOf.day != null || party != null) {
            throw new IllegalArgumentException("--as-of and --party do not apply to list history");
        }
        try (Database d = db.open()) {
            Repositories r = Repositories.of(d);
            Writer out = new BufferedWriter(stdout(), 1 << 16);
            if (edits) {
                // each edit is written as its last row is read
                write(out, Tables.HISTORY_EDITS, s -> {
                    HistoryRow.ByEdit byEdit = new HistoryRow.ByEdit(edit -> s.accept(EditSummary.of(edit)));
                    r.history().forEachHistory(byEdit);
                    byEdit.finish();
                });
            } else {
                write(out, Tables.HISTORY, s -> r.history().forEachHistory(s));
            }
            out.flush();
        }
        return Cli.OK;
    }

    /**
     * {@code list friendly-fights --election KEY}: seats where two parties allied on polling day both stood (see
     * {@link FriendlyFights}); allies: members of one electoral alliance or seat-adjustment pact in force that day,
     * or partners in a seat deal of that election in force that day.
     */
    private int friendlyFights() throws IOException {
        if (election == null || election.isBlank()) {
            throw new IllegalArgumentException("list friendly-fights needs --election KEY (e.g. pk-2024)");
        }
        if (asOf.day != null || party != null) {
            throw new IllegalArgumentException(
                    "--as-of and --party do not apply to list friendly-fights (it is" + " polling day's)");
        }
        try (Database d = db.open()) {
            Repositories r = Repositories.of(d);
            Election e = election(r, election, d);
            if (e.pollingDay() == null) {
                throw new IllegalArgumentException("the election '" + election + "' has no polling day on record");
            }
            List<FriendlyFights.Fight> fights = FriendlyFightsModel.fights(r, e);
            Writer out = new BufferedWriter(stdout(), 1 << 16);
            write(out, Tables.FRIENDLY_FIGHTS, s -> fights.forEach(s));
            out.flush();
        }
        return Cli.OK;
    }

    private <T> void write(Writer out, List<Column<T>> columns, Consumer<Consumer<T>> rows) throws IOException {
        try (TableWriter<T> w = TableWriter.of(output.format, out, columns);
                Pipe<T> pipe = new Pipe<>(w::row)) {
            // rows are read on this thread and written on another: long listings use both cores
            rows.accept(pipe::add);
            pipe.finish();
        }
    }
}
