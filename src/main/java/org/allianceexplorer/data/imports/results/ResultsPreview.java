package org.allianceexplorer.data.imports.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.io.CsvReader;

/**
 * The first rows of a results file as an import with this mapping would read them, without a database: what
 * kind of file it is and how it is read, the layout and the role of each column (bound by {@link ColumnPlan},
 * detected where the mapping leaves it out), the rows as they are and the results they give, and the problems
 * of those rows. The import wizard's live preview; the same reading and checks as the import itself.
 */
public final class ResultsPreview {

    /** A column of the header and what the import reads it as (a mapping key, or null: not read). */
    public record Column(int index, String letter, String header, String role) {}

    /** A block of the wide layout: its name and whether it is a coalition's. */
    public record Block(String name, boolean coalition) {}

    /** A row of the file as it is: its line (or sheet row) and its cells. */
    public record Line(long line, List<String> cells) {}

    /** A result a row gives: where it is, the seat, candidate, party label and votes, and what is wrong with it. */
    public record Result(long line, String seat, String candidate, String label, String votes, String problem) {}

    /**
     * What was read: the kind of file ("CSV" or "XLSX workbook"), how it was read ("UTF-8, comma-separated"),
     * the layout (null when the header could not be bound), the columns, blocks, rows and results, the plan's
     * one-line summary and the problems (binding the mapping, or the rows shown).
     */
    public record Preview(
            String kind,
            String reading,
            ResultsMapping.Layout layout,
            List<Column> columns,
            List<Block> blocks,
            List<Line> rows,
            List<Result> results,
            String summary,
            List<ImportProblem> problems) {

        /** True when the mapping binds to the header (the rows can be read). */
        public boolean bound() {
            return layout != null;
        }
    }

    private ResultsPreview() {}

    /** Reads the header and up to {@code maxRows} rows of {@code file} with {@code mapping}. */
    public static Preview read(Path file, ResultsMapping mapping, int maxRows, CsvReader.Limits limits)
            throws IOException {
        String name = file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        TableInput input;
        try {
            input = TableInput.open(file, mapping.get("sheet"), limits);
        } catch (TableInput.InputException e) {
            problems.add(new ImportProblem(name, e.line, null, e.getMessage(), false));
            return new Preview(kind(file, null), "", null, List.of(), List.of(), List.of(), List.of(), "", problems);
        }
        List<String> header = new ArrayList<>();
        List<Line> rows = new ArrayList<>();
        ColumnPlan[] plan = {null};
        boolean[] headerSeen = {false};
        try {
            input.read(row -> {
                if (row.blank()) {
                    return true;
                }
                if (!headerSeen[0]) {
                    headerSeen[0] = true;
                    header.addAll(row.cells());
                    List<ImportProblem> binding = new ArrayList<>();
                    ColumnPlan p = ColumnPlan.bind(mapping, row.cells(), name, binding);
                    problems.addAll(binding);
                    plan[0] = binding.isEmpty() ? p : null;
                    return true;
                }
                rows.add(new Line(row.line(), java.util.Collections.unmodifiableList(new ArrayList<>(row.cells()))));
                return rows.size() < maxRows;
            });
        } catch (TableInput.InputException e) {
            problems.add(new ImportProblem(
                    name, e.line, e.column > 0 ? ImportProblem.letter(e.column) : null, e.getMessage(), false));
        }
        if (!headerSeen[0] && problems.isEmpty()) {
            problems.add(new ImportProblem(name, 0, null, "the file is empty (no header row)", false));
        }
        String reading = reading(file, input);
        ColumnPlan p = plan[0];
        List<Column> columns = new ArrayList<>();
        Map<Integer, String> roles = p == null ? Map.of() : p.roles();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            columns.add(new Column(i, ImportProblem.letter(i + 1), h == null ? "" : h.strip(), roles.get(i)));
        }
        if (p == null) {
            return new Preview(kind(file, input), reading, null, columns, List.of(), rows, List.of(), "", problems);
        }
        List<Block> blocks = new ArrayList<>();
        for (ColumnPlan.Block b : p.blocks) {
            blocks.add(new Block(b.name(), b.coalition()));
        }
        List<Result> results = results(p, rows, name, mapping, problems);
        return new Preview(kind(file, input), reading, p.layout, columns, blocks, rows, results, p.summary(), problems);
    }

    /** The results the rows give, each checked as the import checks it (votes a whole number, names not empty). */
    private static List<Result> results(
            ColumnPlan p, List<Line> rows, String name, ResultsMapping mapping, List<ImportProblem> problems) {
        String separator = mapping.get("coalition_separator") == null
                ? ResultsMapping.COALITION_SEPARATOR
                : mapping.get("coalition_separator");
        List<Result> out = new ArrayList<>();
        for (Line l : rows) {
            CsvReader.Row row = new CsvReader.Row(l.line(), l.cells(), List.of());
            if (p.layout == ResultsMapping.Layout.LONG) {
                out.add(result(p, row, name, p.candidate, p.party, p.votes, ResultCells.cell(row, p.party), problems));
            } else {
                for (ColumnPlan.Block b : p.blocks) {
                    String party = ResultCells.cell(row, b.party());
                    if (party == null
                            && ResultCells.cell(row, b.candidate()) == null
                            && ResultCells.cell(row, b.votes()) == null) {
                        continue;
                    }
                    String label = party == null ? null : ColumnPlan.label(b, party, separator);
                    out.add(result(p, row, name, b.candidate(), b.party(), b.votes(), label, problems));
                }
            }
        }
        return out;
    }

    private static Result result(
            ColumnPlan p,
            CsvReader.Row row,
            String name,
            int candidateCol,
            int partyCol,
            int votesCol,
            String label,
            List<ImportProblem> problems) {
        ResultsReport scratch = new ResultsReport(10);
        ResultCells cells = new ResultCells(scratch, name, p);
        String seat = ResultCells.cell(row, p.seat);
        String candidate = ResultCells.cell(row, candidateCol);
        if (seat == null) {
            scratch.problem(name, row.line(), p.describe(p.seat), "the seat is empty");
        }
        if (candidate == null) {
            scratch.problem(name, row.line(), p.describe(candidateCol), "the candidate's name is empty");
        }
        if (label == null) {
            scratch.problem(name, row.line(), p.describe(partyCol), "the party label is empty");
        }
        String votes = ResultCells.cell(row, votesCol);
        boolean uncontested = p.uncontested >= 0 && ResultCells.yes(ResultCells.cell(row, p.uncontested));
        Long v = votes == null && uncontested ? Long.valueOf(0) : cells.votes(votes, row.line(), votesCol);
        if (p.rank >= 0 && ResultCells.cell(row, p.rank) != null) {
            cells.rank(ResultCells.cell(row, p.rank), row.line(), p.rank);
        }
        if (p.elected >= 0) {
            cells.elected(ResultCells.cell(row, p.elected), row.line());
        }
        problems.addAll(scratch.problems());
        String problem = scratch.problems().isEmpty()
                ? null
                : scratch.problems().get(0).message()
                        + (scratch.problems().get(0).column() == null
                                ? ""
                                : " (column " + scratch.problems().get(0).column() + ")");
        return new Result(
                row.line(), seat, candidate, label, v == null ? votes : String.format(Locale.ROOT, "%,d", v), problem);
    }

    private static String kind(Path file, TableInput input) {
        if (input instanceof XlsxInput) {
            return "XLSX workbook";
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls") ? "spreadsheet" : "CSV";
    }

    private static String reading(Path file, TableInput input) throws IOException {
        if (input instanceof XlsxInput) {
            return "first sheet (or the mapping's sheet), text of each cell";
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        boolean bom =
                head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        String note = input.note();
        String delimiter = note == null ? "comma-separated" : note.replace("read as ", "");
        return (bom ? "UTF-8 with byte order mark, " : "UTF-8, ") + delimiter;
    }
}
