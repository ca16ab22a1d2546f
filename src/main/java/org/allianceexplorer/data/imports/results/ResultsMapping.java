package org.allianceexplorer.data.imports.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.imports.ImportProblem;

/**
 * How a results file's columns are read: which column is the seat, the candidate, the party and the votes
 * (long layout, one row per candidate), or which blocks of columns repeat per party or coalition (wide
 * layout, one row per seat). Given by a mapping file (key = value lines, docs/data-format.md "Results
 * mapping"), and detected from the header for whatever the file leaves out.
 */
public final class ResultsMapping {

    /**
     * How a wide file's coalition block and its component party are joined in a result's party label ("PN - PAS"),
     * unless a mapping names another {@code coalition_separator}. The results chart reads coalitions back from
     * labels joined this way.
     */
    public static final String COALITION_SEPARATOR = " - ";

    public enum Layout {
        LONG,
        WIDE
    }

    /** The keys a mapping file may set. */
    static final Set<String> KEYS = Set.of(
            "format",
            "layout",
            "sheet",
            "seat",
            "seat_name",
            "province",
            "candidate",
            "party",
            "votes",
            "rank",
            "elected",
            "blocks",
            "block_party",
            "block_candidate",
            "block_votes",
            "coalitions",
            "coalition_separator",
            "uncontested",
            "independent",
            "seats_file",
            "seats_code",
            "seats_name",
            "seats_province",
            "source.key",
            "source.outlet",
            "source.title",
            "source.url",
            "source.published",
            "source.retrieved",
            "source.snippet");

    private final Map<String, String> values;
    private final Map<String, Long> lines;
    private final String fileName;
    private final Path folder;

    private ResultsMapping(Map<String, String> values, Map<String, Long> lines, String fileName, Path folder) {
        this.values = values;
        this.lines = lines;
        this.fileName = fileName;
        this.folder = folder;
    }

    /** No mapping file: everything is detected. */
    public static ResultsMapping none() {
        return new ResultsMapping(Map.of(), Map.of(), null, null);
    }

    /**
     * A mapping made in the window (the import wizard): these keys and values, {@code name} standing for the file
     * in messages. Keys that are not mapping keys are left out.
     */
    public static ResultsMapping of(Map<String, String> values, String name) {
        Map<String, String> v = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (KEYS.contains(key) && value != null && !value.isBlank()) {
                v.put(key, value);
            }
        });
        return new ResultsMapping(v, Map.of(), name, null);
    }

    /** The keys set and their values, in the order they were given. */
    public Map<String, String> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /**
     * Writes the mapping file format ({@code key = value} lines, docs/data-format.md), whole or not at all; a value
     * with spaces at either end is quoted, so that it reads back the same.
     */
    public void write(Path file) throws org.allianceexplorer.io.AtomicFile.OutputException {
        StringBuilder sb = new StringBuilder("# Alliance Explorer results mapping (docs/data-format.md)\n");
        if (!values.containsKey("format")) {
            sb.append("format = alliance-explorer-results-mapping 1\n");
        }
        values.forEach((key, value) -> {
            String v = value.strip().equals(value) ? value : "\"" + value + "\"";
            sb.append(key).append(" = ").append(v).append('\n');
        });
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        org.allianceexplorer.io.AtomicFile.write(file, out -> out.write(bytes));
    }

    /** Reads a mapping file; problems (unknown keys, bad lines, not UTF-8) go to {@code problems}. */
    public static ResultsMapping read(Path file, List<ImportProblem> problems) throws IOException {
        String name = file.getFileName().toString();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq <= 0) {
                    problems.add(new ImportProblem(name, n, null, "not a 'key = value' line: " + t, false));
                    continue;
                }
                String key = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = unquote(t.substring(eq + 1).strip());
                if (!KEYS.contains(key)) {
                    problems.add(new ImportProblem(
                            name,
                            n,
                            null,
                            "unknown key '" + key + "' (the keys are listed in docs/data-format.md)",
                            false));
                    continue;
                }
                if (values.containsKey(key)) {
                    problems.add(new ImportProblem(
                            name, n, null, "'" + key + "' is set twice (first on line " + lines.get(key) + ")", false));
                    continue;
                }
                values.put(key, value);
                lines.put(key, n);
            }
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(name, 0, null, "is not UTF-8 text; save it as UTF-8", false));
        }
        String layout = values.get("layout");
        if (layout != null && !layout.equalsIgnoreCase("long") && !layout.equalsIgnoreCase("wide")) {
            problems.add(new ImportProblem(
                    name, lines.get("layout"), null, "layout must be 'long' or 'wide', not '" + layout + "'", false));
        }
        String format = values.get("format");
        if (format != null && !format.strip().startsWith("alliance-explorer-results-mapping")) {
            problems.add(new ImportProblem(
                    name,
                    lines.get("format"),
                    null,
                    "format must be 'alliance-explorer-results-mapping 1', not '" + format + "'",
                    false));
        }
        return new ResultsMapping(values, lines, name, file.toAbsolutePath().getParent());
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** The value of a key, or null. */
    public String get(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The value of a key split at {@code ;} (items stripped, empty ones dropped); empty when unset. */
    public List<String> list(String key) {
        List<String> out = new ArrayList<>();
        String v = get(key);
        if (v != null) {
            for (String item : v.split(";")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
        }
        return out;
    }

    /** The mapping file's name, or null when there is none. */
    public String fileName() {
        return fileName;
    }

    /** The line a key was set on (0 when it was not). */
    public long line(String key) {
        Long n = lines.get(key);
        return n == null ? 0 : n;
    }

    /** The folder of the mapping file (relative paths in it are resolved there), or null. */
    public Path folder() {
        return folder;
    }

    public Layout layout() {
        String l = get("layout");
        return l == null ? null : l.equalsIgnoreCase("wide") ? Layout.WIDE : Layout.LONG;
    }
}
