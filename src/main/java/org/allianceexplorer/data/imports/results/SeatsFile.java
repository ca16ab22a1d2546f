package org.allianceexplorer.data.imports.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mapping's seats file (a second file with the seats' names), read into memory (a row a seat). */
final class SeatsFile {

    private SeatsFile() {}

    /** Seat code to {name, province}; empty when the mapping names no seats file. Problems go to the report. */
    static Map<String, String[]> read(ResultsImport.Settings settings, ResultsMapping mapping, ResultsReport report)
            throws IOException {
        Map<String, String[]> seatInfo = new HashMap<>();
        String name = mapping.get("seats_file");
        if (name == null) {
            return seatInfo;
        }
        Path folder = settings.from().toAbsolutePath().getParent();
        Path seatsFile = folder.resolve(name);
        String shown = seatsFile.getFileName().toString();
        TableInput in;
        try {
            in = TableInput.open(seatsFile, null, settings.limits());
        } catch (TableInput.InputException e) {
            report.problem(mapping.fileName(), mapping.line("seats_file"), null, shown + ": " + e.getMessage());
            return seatInfo;
        }
        int[] cols = {-1, -1, -1};
        try {
            in.read(row -> {
                if (row.blank()) {
                    return true;
                }
                if (cols[0] < 0) {
                    Map<String, Integer> idx = new HashMap<>();
                    for (int i = 0; i < row.cells().size(); i++) {
                        idx.putIfAbsent(ColumnPlan.norm(row.cells().get(i)), i);
                    }
                    cols[0] = column(mapping, idx, "seats_code", ColumnPlan.SEAT);
                    cols[1] = column(mapping, idx, "seats_name", ColumnPlan.SEAT_NAME);
                    cols[2] = column(mapping, idx, "seats_province", ColumnPlan.PROVINCE);
                    if (cols[0] < 0) {
                        report.problem(shown, 1, null, "no seat code column (seats_code = COLUMN in the mapping)");
                        return false;
                    }
                    return true;
                }
                String code = ResultCells.cell(row, cols[0]);
                if (code != null) {
                    seatInfo.put(code, new String[] {ResultCells.cell(row, cols[1]), ResultCells.cell(row, cols[2])});
                }
                return true;
            });
        } catch (TableInput.InputException e) {
            report.problem(shown, e.line, null, e.getMessage());
        }
        return seatInfo;
    }

    private static int column(ResultsMapping mapping, Map<String, Integer> idx, String key, List<String> usual) {
        String named = mapping.get(key);
        if (named != null) {
            return idx.getOrDefault(ColumnPlan.norm(named), -1);
        }
        for (String u : usual) {
            if (idx.containsKey(u)) {
                return idx.get(u);
            }
        }
        return -1;
    }
}
