package org.allianceexplorer.data.imports.results;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.io.AtomicFile;
import org.allianceexplorer.io.Column;
import org.allianceexplorer.io.CsvReader;
import org.allianceexplorer.io.SafeCsv;

/**
 * The alias file of {@code import-results}: {@code label,count,party}, one unknown party label a row.
 * Written with {@code party} empty for the user to fill in (a party's abbreviation, or {@code -} for "no
 * party: an independent, keep the label only"); read back with {@code --aliases FILE}. Rows left empty are
 * still unknown.
 */
public final class AliasFile {

    /** What a label was given: a party's key, or {@link #NO_PARTY}. */
    public record Entry(String label, String party, long line) {}

    /** The party cell that says "no party" (an independent). */
    public static final String NO_PARTY = "-";

    private AliasFile() {}

    /** Writes the unknown labels of {@code report}, most frequent first, with an empty party column. */
    public static void write(Path file, List<ResultsReport.UnknownLabel> labels) throws AtomicFile.OutputException {
        List<ResultsReport.UnknownLabel> sorted = new ArrayList<>(labels);
        sorted.sort((a, b) -> Long.compare(b.count(), a.count()));
        List<Column<ResultsReport.UnknownLabel>> columns = List.of(
                Column.text("label", l -> SafeCsv.protect(l.label())),
                Column.number("count", ResultsReport.UnknownLabel::count),
                Column.text("party", l -> ""));
        AtomicFile.write(file, out -> {
            SafeCsv<ResultsReport.UnknownLabel> csv =
                    new SafeCsv<>(new OutputStreamWriter(out, StandardCharsets.UTF_8), columns);
            for (ResultsReport.UnknownLabel l : sorted) {
                csv.write(l);
            }
            csv.flush();
        });
    }

    /** Reads an alias file; entries with an empty party are left out. Problems go to {@code problems}. */
    public static List<Entry> read(Path file, CsvReader.Limits limits, List<ImportProblem> problems)
            throws IOException {
        String name = file.getFileName().toString();
        List<Entry> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(new ImportProblem(name, 0, null, "no such file", false));
            return out;
        }
        try (CsvReader r = new CsvReader(new BufferedInputStream(Files.newInputStream(file)), ',', limits)) {
            CsvReader.Row header = r.next();
            Map<String, Integer> cols = new HashMap<>();
            if (header != null) {
                for (int i = 0; i < header.cells().size(); i++) {
                    String h = header.cells().get(i);
                    cols.putIfAbsent(h == null ? "" : h.strip().toLowerCase(java.util.Locale.ROOT), i);
                }
            }
            Integer label = cols.get("label");
            Integer party = cols.containsKey("party") ? cols.get("party") : cols.get("party_key");
            if (label == null || party == null) {
                problems.add(
                        new ImportProblem(name, 1, null, "the header must name the columns label and party", false));
                return out;
            }
            CsvReader.Row row;
            while ((row = r.next()) != null) {
                if (row.blank()) {
                    continue;
                }
                String l = SafeCsv.restore(cell(row, label));
                String p = cell(row, party);
                if (l == null || l.isBlank()) {
                    problems.add(new ImportProblem(
                            name, row.line(), ImportProblem.letter(label + 1) + " (label)", "is empty", false));
                    continue;
                }
                if (p == null || p.isBlank()) {
                    continue;
                }
                out.add(new Entry(l.strip(), p.strip(), row.line()));
            }
        } catch (CsvReader.CsvException e) {
            problems.add(new ImportProblem(name, e.line(), null, e.getMessage(), false));
        }
        return out;
    }

    private static String cell(CsvReader.Row row, int i) {
        return i < row.cells().size() ? row.cells().get(i) : null;
    }
}
