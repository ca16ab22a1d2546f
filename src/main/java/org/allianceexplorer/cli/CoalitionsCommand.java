package org.allianceexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.charts.model.CoalitionsModel;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic.Coalition;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic.Seats;
import org.allianceexplorer.io.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "coalitions",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Coalition arithmetic: the minimal winning coalitions of an assembly after an election.",
            "Seats per party, the majority line, every minimal winning coalition (each member needed to",
            "reach the majority) fewest seats first, and the governing coalition in force with its margin.",
            "Seats: the parties' final positions where the database records them (party results with",
            "seats, e.g. the National Assembly of 2024 after the reserved seats), else the seats won in the",
            "results (on the official count where a seat has one).",
            "CSV columns: rank,parties,size,seats,majority,surplus,governing,seats_won (parties separated",
            "by ';'; governing: yes when the coalition is the governing coalition in force on the day;",
            "seats_won: the members' general seats won at the polls, where seats are final positions)."
        })
final class CoalitionsCommand extends CliCommand {

    /** More minimal winning coalitions than this are refused (narrow them with --with or --exclude-rivals). */
    static final int LIMIT = 1_000_000;

    @Option(names = "--election", required = true, paramLabel = "KEY", description = "The election, e.g. pk-2024.")
    String election;

    @Option(names = "--assembly", required = true, paramLabel = "CODE", description = "The assembly, e.g. NA.")
    String assembly;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "The day whose rivalries and governing coalition count (default: latest).")
    LocalDate asOf;

    @Option(
            names = "--exclude-rivals",
            description = "Leave out coalitions with two parties in a rivalry in force on the day.")
    boolean excludeRivals;

    @Option(names = "--with", paramLabel = "ABBR", description = "Only coalitions with this party.")
    String with;

    @Option(
            names = "--top",
            paramLabel = "N",
            description = "Only the first N coalitions (fewest seats first); all are still counted. Without it,"
                    + " more than " + LIMIT + " are refused.")
    Integer top;

    @Mixin
    Cli.DbOption db;

    @Mixin
    Cli.FormatOption output;

    /** A row of the output: a coalition, its rank, and whether it governs. */
    record Row(int rank, Coalition coalition, boolean governing, int won) {}

    static final List<Column<Row>> COLUMNS = List.of(
            Column.number("rank", Row::rank),
            Column.text("parties", r -> String.join(";", r.coalition().parties())),
            Column.number("size", r -> r.coalition().size()),
            Column.number("seats", r -> r.coalition().seats()),
            Column.number("majority", r -> r.coalition().majority()),
            Column.number("surplus", r -> r.coalition().surplus()),
            Column.text("governing", r -> r.governing() ? "yes" : "no"),
            Column.number("seats_won", r -> r.won()));

    @Override
    int run() throws IOException {
        try (Database d = db.open()) {
            Repositories r = Repositories.of(d);
            Election e = election(r, election, d);
            Assembly a = CoalitionsModel.assembly(r, assembly)
                    .orElseThrow(
                            () -> new IllegalArgumentException("no assembly '" + assembly + "' in " + d.displayName()));
            String required = with == null ? null : party(r, with, d);
            CoalitionsModel.Inputs in = CoalitionsModel.inputs(r, e, a, asOf);
            List<Seats> seats = in.seats();
            int majority = in.majority();
            Map<String, Set<String>> apart = excludeRivals ? in.rivals() : Map.of();
            CoalitionArithmetic.Found f;
            if (top != null) {
                f = CoalitionArithmetic.best(seats, majority, apart, required, top);
            } else {
                List<Coalition> all = CoalitionArithmetic.minimalWinning(seats, majority, apart, required, LIMIT);
                f = new CoalitionArithmetic.Found(all, all.size());
            }
            List<Coalition> found = f.coalitions();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                Coalition c = found.get(i);
                rows.add(new Row(i + 1, c, in.governs(c.parties()), in.wonBy(c.parties())));
            }
            long all = f.total();
            TableWriter.report(
                    output.format, out(), COLUMNS, rows, p -> header(p, e, a, in, all, rows.size(), required));
        }
        return Cli.OK;
    }

    /** What the text output says above the table: the assembly, its seats, the governing coalition, the count. */
    private void header(
            PrintWriter p, Election e, Assembly a, CoalitionsModel.Inputs in, long all, int shown, String required) {
        List<Seats> seats = in.seats();
        int majority = in.majority();
        Set<String> governing = in.governing();
        p.printf(
                Locale.ROOT,
                "%s, %s: majority %d of %d seats; seats from %s.%n",
                e.name(),
                a.name(),
                majority,
                in.total(),
                in.basis());
        List<String> parts = new ArrayList<>();
        boolean split = in.splitsWon();
        for (Seats s : seats) {
            parts.add(
                    s.party() + " " + s.seats() + (split ? " (" + in.won().getOrDefault(s.party(), 0) + " won)" : ""));
        }
        p.println("Seats: " + String.join(", ", parts) + " ("
                + seats.stream().mapToInt(Seats::seats).sum() + " in all"
                + (split ? "; in brackets the general seats won at the polls" : "") + ").");
        if (!governing.isEmpty()) {
            int held = in.seatsOf(governing);
            p.printf(
                    Locale.ROOT,
                    "Governing coalition%s: %s, %d seats, margin %+d.%n",
                    asOf == null ? "" : " on " + asOf,
                    String.join(", ", governing),
                    held,
                    held - majority);
        }
        p.printf(
                Locale.ROOT,
                "%d minimal winning coalitions%s%s%s:%n%n",
                all,
                all > shown ? " (the first " + shown + " shown)" : "",
                excludeRivals ? ", rivals apart" : "",
                required == null ? "" : ", with " + required);
    }
}
