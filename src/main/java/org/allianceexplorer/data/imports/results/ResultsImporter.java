package org.allianceexplorer.data.imports.results;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.allianceexplorer.data.Cancellation;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.ImportHistory;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.ImportTransaction;
import org.allianceexplorer.io.CsvReader;

/**
 * Reads a results file row by row and writes its results in batches, in one transaction that is committed
 * only when every row imported. Memory holds the seats (code to id), the labels met, and the names and rows of
 * the seat being read; never the whole file.
 *
 * <p>Ranks and winners: taken from the file's rank and elected columns when it has them (elected alone:
 * rank 1); otherwise computed from the votes, a seat at a time as its rows end (or, when the file returns to a
 * seat it left or the election has results there already, in one SQL pass once all rows are in): candidates
 * with equal votes share a rank (1, 1, 3), and a seat whose first place is tied gets no winner, with a note
 * naming it, since who won a tie (by lot) is not in the votes. A seat the file marks uncontested may leave
 * its votes empty (0).
 *
 * <p>In parts: this class reads the rows (header, layouts, labels); {@link ResultCells} reads and checks the
 * cells, {@link SeatsFile} the seats' names, {@link ResultsWriter} writes and ranks, and {@link ExistingResults}
 * matches results the database had.
 */
final class ResultsImporter {

    private final ResultsImport.Settings settings;
    private final Consumer<String> progress;
    private final ResultsReport report;
    private final String file;
    /** Null: an import into a new database, not recorded in a history. */
    private final ImportTransaction.Recording recording;

    private ResultsTarget target;
    private ResultsMapping mapping;
    private ColumnPlan plan;
    private ResultCells cells;
    private Labels labels;
    private String separator;
    /** Null when nothing will be written (a problem before the rows): the rows are then only checked. */
    private ResultsWriter writer;

    private boolean headerSeen;

    ResultsImporter(ResultsImport.Settings settings, Consumer<String> progress, ImportTransaction.Recording recording) {
        this.settings = settings;
        this.progress = progress;
        this.recording = recording;
        this.report = new ResultsReport(settings.maxProblems());
        this.file = settings.from().getFileName().toString();
    }

    ResultsReport run(Database db) {
        ImportTransaction.run(db, report, file, TableInput::oneLine, recording, (c, history) -> {
            try {
                importAll(c, history);
            } finally {
                // the writer first: it waits for its thread, which may be writing on the connection
                try {
                    if (writer != null) {
                        writer.close();
                    }
                } finally {
                    if (target != null) {
                        target.close();
                    }
                }
            }
        });
        return report;
    }

    private void importAll(Connection c, ImportHistory history) throws IOException, SQLException {
        List<ImportProblem> early = new ArrayList<>();
        mapping = settings.mapping() != null
                ? settings.mapping()
                : settings.map() == null ? ResultsMapping.none() : ResultsMapping.read(settings.map(), early);
        List<AliasFile.Entry> aliasEntries = new ArrayList<>(
                settings.aliases() == null ? List.of() : AliasFile.read(settings.aliases(), settings.limits(), early));
        aliasEntries.addAll(settings.resolved());
        early.forEach(report::problem);
        separator = mapping.get("coalition_separator") == null
                ? ResultsMapping.COALITION_SEPARATOR
                : mapping.get("coalition_separator");
        target = new ResultsTarget(c, report);
        target.resolve(settings, mapping, file);
        NewParties.insert(settings.newParties(), target, report);
        labels = new Labels(c, mapping.list("independent"));
        aliases(aliasEntries);
        if (report.ok()) {
            writer = new ResultsWriter(
                    c, target, report, settings.election().strip(), file, sizeOf(settings.from()), history);
        }
        Map<String, String[]> seatInfo = SeatsFile.read(settings, mapping, report);
        if (writer != null) {
            writer.seats(seatInfo);
        }
        TableInput input;
        try {
            input = TableInput.open(settings.from(), mapping.get("sheet"), settings.limits());
        } catch (TableInput.InputException e) {
            report.problem(file, e.line, null, e.getMessage());
            return;
        }
        try {
            input.read(this::row);
        } catch (TableInput.InputException e) {
            report.problem(
                    file,
                    e.line,
                    e.column > 0 ? plan == null ? ImportProblem.letter(e.column) : plan.describe(e.column - 1) : null,
                    e.getMessage());
        } catch (IOException e) {
            // a database failure while the rows were written is the database's, not the file's
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
        if (input.note() != null) {
            report.note(file + ": " + input.note());
        }
        if (!headerSeen) {
            report.problem(file, 0, null, "the file is empty (no header row)");
        }
        if (writer != null) {
            writer.flush();
        }
        unknownLabels();
        if (report.ok() && writer != null && plan != null) {
            writer.finish(progress);
        }
    }

    /** The file's size in bytes (0 when it cannot be read: reading it then says why). */
    private static long sizeOf(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    // --- setup -----------------------------------------------------------------------------------------

    private void aliases(List<AliasFile.Entry> entries) throws SQLException {
        String name = settings.aliases() == null
                ? NewParties.WINDOW
                : settings.aliases().getFileName().toString();
        long next = target.nextId("party_alias");
        for (AliasFile.Entry e : entries) {
            if (e.party().equals(AliasFile.NO_PARTY)) {
                labels.alias(e.label(), Labels.NO_PARTY);
                continue;
            }
            long party = labels.party(e.party());
            if (party < 0) {
                report.problem(
                        name,
                        e.line(),
                        "C (party)",
                        party == Labels.AMBIGUOUS
                                ? "'" + e.party() + "' matches two parties (their abbreviations differ only in case)"
                                : "no party '" + e.party()
                                        + "' in the database (give its abbreviation, or - for no party)");
                continue;
            }
            Long had = labels.databaseAlias(e.label());
            if (had != null && had != party) {
                report.problem(
                        name,
                        e.line(),
                        "A (label)",
                        "'" + e.label() + "' is already an alias of another party in the database");
                continue;
            }
            labels.alias(e.label(), party);
            if (had == null && target.source > 0) {
                target.insert("INSERT INTO party_alias (id, label, party_id) VALUES (?, ?, ?)", next, e.label(), party);
                target.cite("party_alias", next);
                next++;
                report.aliasesAdded++;
            }
        }
    }

    // --- rows ------------------------------------------------------------------------------------------

    private boolean row(CsvReader.Row row) throws IOException {
        // Cancel in the window stops the import here (nothing is kept: see ResultsImport)
        Cancellation.check();
        if (row.blank()) {
            return true;
        }
        if (!headerSeen) {
            headerSeen = true;
            List<ImportProblem> problems = new ArrayList<>();
            plan = ColumnPlan.bind(mapping, row.cells(), file, problems);
            problems.forEach(report::problem);
            if (!problems.isEmpty()) {
                plan = null;
                return false;
            }
            report.note(file + ": " + plan.summary());
            cells = new ResultCells(report, file, plan);
            if (writer != null) {
                try {
                    writer.header(plan);
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
            return true;
        }
        report.rows++;
        if (report.rows % 100_000 == 0) {
            progress.accept(String.format(Locale.ROOT, "%,d rows read", report.rows));
        }
        for (CsvReader.CellProblem p : row.problems()) {
            report.problem(file, row.line(), plan.describe(p.column() - 1), p.message());
        }
        try {
            if (plan.layout == ResultsMapping.Layout.LONG) {
                String label = ResultCells.cell(row, plan.party);
                candidacy(
                        row,
                        ResultCells.cell(row, plan.candidate),
                        label,
                        label,
                        plan.candidate,
                        plan.party,
                        plan.votes,
                        ResultCells.cell(row, plan.votes),
                        ResultCells.cell(row, plan.rank),
                        ResultCells.cell(row, plan.elected));
            } else {
                boolean any = false;
                for (ColumnPlan.Block b : plan.blocks) {
                    String party = ResultCells.cell(row, b.party());
                    String name = ResultCells.cell(row, b.candidate());
                    String votes = ResultCells.cell(row, b.votes());
                    if (party == null && name == null && votes == null) {
                        continue;
                    }
                    any = true;
                    if (party == null) {
                        report.problem(
                                file,
                                row.line(),
                                plan.describe(b.party()),
                                "is empty, but the block has a candidate or votes");
                        continue;
                    }
                    String label = ColumnPlan.label(b, party, separator);
                    candidacy(row, name, party, label, b.candidate(), b.party(), b.votes(), votes, null, null);
                }
                if (!any) {
                    report.problem(file, row.line(), null, "the row has no candidate in any block");
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return report.problemCount() < 10L * settings.maxProblems() + 1000;
    }

    /**
     * One result: {@code label} is stored as the party label, {@code resolveAs} (the component party of a
     * coalition's block) is what the party is looked up by.
     */
    private void candidacy(
            CsvReader.Row row,
            String name,
            String resolveAs,
            String label,
            int nameCol,
            int partyCol,
            int votesCol,
            String votesText,
            String rankText,
            String electedText)
            throws SQLException {
        long line = row.line();
        long before = report.problemCount();
        String code = ResultCells.cell(row, plan.seat);
        if (code == null) {
            report.problem(file, line, plan.describe(plan.seat), "the seat is empty");
        }
        if (name == null) {
            report.problem(file, line, plan.describe(nameCol), "the candidate's name is empty");
        }
        boolean uncontested = plan.uncontested >= 0 && ResultCells.yes(ResultCells.cell(row, plan.uncontested));
        Long votes = votesText == null && uncontested ? Long.valueOf(0) : cells.votes(votesText, line, votesCol);
        Long rank = rankText == null ? null : cells.rank(rankText, line, plan.rank);
        Long elected =
                plan.elected < 0 ? (rank == null ? null : rank == 1 ? 1L : 0L) : cells.elected(electedText, line);
        Long party = null;
        if (resolveAs != null) {
            long p = labels.resolve(resolveAs);
            if (p == Labels.UNKNOWN || p == Labels.AMBIGUOUS) {
                report.unknown(resolveAs, file, line, plan.describe(partyCol));
            } else if (p != Labels.NO_PARTY) {
                party = p;
            }
        }
        if (report.problemCount() > before || writer == null) {
            return;
        }
        writer.write(row, code, new ResultsWriter.Result(name, party, label, votes, rank, elected));
    }

    // --- after the rows --------------------------------------------------------------------------------

    private void unknownLabels() {
        List<ResultsReport.UnknownLabel> unknown = report.unknownLabels();
        if (unknown.isEmpty()) {
            return;
        }
        if (settings.keepUnknownLabels()) {
            long rows = unknown.stream()
                    .mapToLong(ResultsReport.UnknownLabel::count)
                    .sum();
            report.note(String.format(
                    Locale.ROOT,
                    "%,d unknown party labels kept as labels without a party (%,d rows)",
                    unknown.size(),
                    rows));
            return;
        }
        for (ResultsReport.UnknownLabel u : unknown) {
            report.problem(
                    u.file(),
                    u.line(),
                    u.column(),
                    String.format(
                            Locale.ROOT,
                            "party label '%s' (%,d row%s) is neither a party's abbreviation nor an alias",
                            u.label(),
                            u.count(),
                            u.count() == 1 ? "" : "s"));
        }
    }
}
