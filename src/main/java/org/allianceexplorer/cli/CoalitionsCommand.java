package org.allianceexplorer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allianceexplorer.data.ChartRepository;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RelationKind;
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
            "CSV columns: rank,parties,size,seats,majority,surplus,governing (parties separated by ';';",
            "governing: yes when the coalition is the governing coalition in force on the day)."
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

    @Option(
            names = "--format",
            paramLabel = "csv|text",
            defaultValue = "text",
            description = "csv (header row; spreadsheet-safe) or text. Default: ${DEFAULT-VALUE}.")
    TableWriter.Format format;

    /** A row of the output: a coalition, its rank, and whether it governs. */
    record Row(int rank, Coalition coalition, boolean governing) {}

    static final List<Column<Row>> COLUMNS = List.of(
            Column.number("rank", Row::rank),
            Column.text("parties", r -> String.join(";", r.coalition().parties())),
            Column.number("size", r -> r.coalition().size()),
            Column.number("seats", r -> r.coalition().seats()),
            Column.number("majority", r -> r.coalition().majority()),
            Column.number("surplus", r -> r.coalition().surplus()),
            Column.text("governing", r -> r.governing() ? "yes" : "no"));

    @Override
    int run() throws IOException {
        try (Database d = db.open()) {
            Repositories r = Repositories.sqlite(d);
            Election e = election(r, election, d);
            Assembly a = r.elections().assemblies().stream()
                    .filter(x -> x.code().equalsIgnoreCase(assembly.strip()))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalArgumentException("no assembly '" + assembly + "' in " + d.displayName()));
            String required = null;
            if (with != null) {
                required = r.parties()
                        .party(with.strip())
                        .orElseThrow(
                                () -> new IllegalArgumentException("no party '" + with + "' in " + d.displayName()))
                        .abbreviation();
            }
            // the parties' positions where recorded, else the seats won
            List<Seats> seats = new ArrayList<>();
            String basis;
            for (PartyResult p : r.elections().partyResults(e.code())) {
                if (p.assembly().equalsIgnoreCase(a.code()) && p.seats() != null && p.seats() > 0) {
                    seats.add(new Seats(p.party(), p.seats()));
                }
            }
            if (!seats.isEmpty()) {
                basis = "the parties' recorded seats (party results)";
            } else {
                for (ChartRepository.SeatCount s : r.charts().seatsWon(e.code(), a.code())) {
                    seats.add(new Seats(s.party() != null ? s.party() : s.label(), s.seats()));
                }
                basis = "seats won in the results";
            }
            if (seats.isEmpty()) {
                throw new IllegalArgumentException("no seats recorded for " + e.name() + " in " + a.code());
            }
            int total = seats.stream().mapToInt(Seats::seats).sum();
            int majority =
                    a.majority() != null ? a.majority() : (a.totalSeats() != null ? a.totalSeats() : total) / 2 + 1;
            RecordFilter day = new RecordFilter(asOf, null);
            Map<String, Set<String>> apart = new HashMap<>();
            if (excludeRivals) {
                for (PartyRelation rel : r.parties().relations(day)) {
                    if (rel.kind() == RelationKind.RIVALRY
                            && (asOf == null ? rel.period().to() == null : true)) {
                        apart.computeIfAbsent(rel.partyA(), k -> new HashSet<>())
                                .add(rel.partyB());
                    }
                }
            }
            Set<String> governing = governing(r, day, a);
            List<Coalition> found;
            long all;
            if (top != null) {
                CoalitionArithmetic.Found f = CoalitionArithmetic.best(seats, majority, apart, required, top);
                found = f.coalitions();
                all = f.total();
            } else {
                found = CoalitionArithmetic.minimalWinning(seats, majority, apart, required, LIMIT);
                all = found.size();
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                Coalition c = found.get(i);
                rows.add(new Row(i + 1, c, !governing.isEmpty() && new TreeSet<>(c.parties()).equals(governing)));
            }
            Writer out = new BufferedWriter(out(), 1 << 16);
            if (format == TableWriter.Format.text) {
                PrintWriter p = new PrintWriter(out);
                p.printf(
                        Locale.ROOT,
                        "%s, %s: majority %d of %d seats; seats from %s.%n",
                        e.name(),
                        a.name(),
                        majority,
                        a.totalSeats() != null ? a.totalSeats() : total,
                        basis);
                List<String> parts = new ArrayList<>();
                for (Seats s : seats) {
                    parts.add(s.party() + " " + s.seats());
                }
                p.println("Seats: " + String.join(", ", parts) + " (" + total + " in all).");
                if (!governing.isEmpty()) {
                    int held = seats.stream()
                            .filter(s -> governing.contains(s.party()))
                            .mapToInt(Seats::seats)
                            .sum();
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
                        all > rows.size() ? " (the first " + rows.size() + " shown)" : "",
                        excludeRivals ? ", rivals apart" : "",
                        required == null ? "" : ", with " + required);
                p.flush();
            }
            try (TableWriter<Row> w = TableWriter.of(format, out, COLUMNS)) {
                for (Row row : rows) {
                    w.row(row);
                }
            }
            out.flush();
        }
        return Cli.OK;
    }

    /** The parties of the governing coalition in force on the day for this assembly (national or its province). */
    private static Set<String> governing(Repositories r, RecordFilter day, Assembly a) {
        Set<Long> ids = new HashSet<>();
        for (Alliance al : r.alliances().alliances(day)) {
            boolean here = a.province() == null
                    ? al.region() == null || al.region().isBlank()
                    : a.province().equalsIgnoreCase(al.region());
            if (al.kind() == AllianceKind.GOVERNING_COALITION
                    && here
                    && (day.asOf() != null || al.period().to() == null)) {
                ids.add(al.id());
            }
        }
        Set<String> out = new TreeSet<>();
        for (Membership m : r.alliances().memberships(day)) {
            if (ids.contains(m.allianceId())
                    && (day.asOf() != null || m.period().to() == null)) {
                out.add(m.party());
            }
        }
        return out;
    }
}
