package org.allianceexplorer.data.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.data.imports.results.ResultsReport;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.io.SafeCsv;

/**
 * Builds the generated part of the bundled Malaysia GE15 dataset ({@code datasets/malaysia-ge15}): the
 * results ({@code results/}: seats, candidacies and one source per seat quoting the seat's row of the
 * Tindak Malaysia file) through {@code import-results} with its shipped mapping, and the coalitions' seat
 * allocations ({@code allocations/}: deals and their claims).
 *
 * <p>A seat allocation is a deal: where a coalition fielded component party X, each other component
 * party of that coalition that stood down there is a giver and X the receiver. Givers are limited to the
 * components that stood for the same coalition elsewhere in the same state, because a party that fielded
 * no candidate in the state had no candidate to stand down (the Sarawak-only GPS parties are not givers in
 * Perlis, nor UPKO of Sabah in Johor). A coalition's direct candidate ("BN - DIRECT") is a receiver like a
 * component party; it is never a giver.
 *
 * <p>Run {@code main} from the project folder to rewrite the folders; {@code MalaysiaGe15DatasetTest}
 * fails when the committed folders differ from what this writes.
 */
public final class MalaysiaGe15Build {

    public static final Path DATASET = Path.of("datasets", "malaysia-ge15");
    public static final Path FILE = Path.of(
            "src/test/resources/org/allianceexplorer/data/imports/results/malaysia-ge15/MALAYSIA_2022_PARLIAMENT_RESULTS.csv");
    public static final Path MAP = Path.of("data", "mappings", "malaysia-ge15-parliament.properties");
    public static final String ELECTION = "my-ge15";
    public static final String ASSEMBLY = "DR";
    public static final String NOMINATION_DAY = "2022-11-05";
    /** The coalition blocks of the file, and the alliance each one is. */
    public static final Map<String, String> COALITIONS = new LinkedHashMap<>();

    static {
        COALITIONS.put("BN", "my-bn");
        COALITIONS.put("PH", "my-ph");
        COALITIONS.put("PN", "my-pn");
        COALITIONS.put("GTA", "my-gta");
        COALITIONS.put("GPS", "my-gps");
        COALITIONS.put("GRS", "my-grs");
    }

    /** "One of PBRS Candidates (Ewon bin Ebin) contested ... where it did not seek approval from ... BN." */
    public static final String UNSANCTIONED_BN = "EWON BIN EBIN";
    /** "There is a dispute for Party Membership of these four individuals under GRS Coalition". */
    static final Set<String> DISPUTED_GRS = Set.of(
            "DATUK ARMIZAN BIN MOHD ALI", "KHAIRUL FIRDAUS AKBAR KHAN", "JONATHAN YASIN", "DATUK MATBALI BIN MUSAH");

    private static final String URL = "https://github.com/TindakMalaysia/HISTORICAL-ELECTION-RESULTS";
    private static final String OUTLET = "Tindak Malaysia, CC-BY-4.0";

    private MalaysiaGe15Build() {}

    public static void main(String[] args) throws Exception {
        generate(args.length > 0 ? Path.of(args[0]) : DATASET);
        System.out.println("wrote " + (args.length > 0 ? args[0] : DATASET) + "/results and /allocations");
    }

    /** One row of the file: its raw line and its cells by header. */
    public record Row(String line, Map<String, String> cells) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        public String code() {
            return get("PARLIAMENTARY CONSTITUENCY CODE");
        }

        public String state() {
            return get("STATE");
        }

        /** The source key of this seat's row: {@code tindak-ge15-p001}. */
        public String sourceKey() {
            return "tindak-ge15-" + code().replace(". ", "").replace(".", "").toLowerCase(Locale.ROOT);
        }
    }

    /** The file's rows, in file order. */
    public static List<Row> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r");
        List<String> header = List.of(lines[0].split(",", -1));
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.length; c++) {
                m.put(header.get(c), cells[c].strip());
            }
            out.add(new Row(lines[i], m));
        }
        return out;
    }

    /** The party a coalition block names: the component, or the coalition's own for "BN - DIRECT". */
    public static String partyOf(String coalition, String cell) {
        return cell.equals(coalition + " - DIRECT") ? coalition : cell;
    }

    /** A seat deal of a coalition's allocation. */
    public record Deal(Row row, String coalition, String giver, String receiver, String candidate) {
        public String key() {
            return (ELECTION + "-" + row.code().replace(". ", "").replace(".", "") + "-" + coalition + "-" + giver + "-"
                            + receiver)
                    .toLowerCase(Locale.ROOT);
        }
    }

    /** Every seat allocation of every coalition, in file order. */
    public static List<Deal> deals(List<Row> rows) {
        // component parties that stood for each coalition, per state (direct candidates are not components)
        Map<String, Set<String>> standing = new LinkedHashMap<>();
        for (Row r : rows) {
            for (String c : COALITIONS.keySet()) {
                String cell = r.get(c);
                if (!cell.isEmpty() && !cell.equals(c + " - DIRECT")) {
                    standing.computeIfAbsent(c + "|" + r.state(), k -> new LinkedHashSet<>())
                            .add(cell);
                }
            }
        }
        List<Deal> out = new ArrayList<>();
        for (Row r : rows) {
            for (String c : COALITIONS.keySet()) {
                String cell = r.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                if (c.equals("BN") && r.get("BN CANDIDATE").equals(UNSANCTIONED_BN)) {
                    continue; // Tindak's disclaimer: BN did not approve this PBRS candidate, so no allocation
                }
                String receiver = partyOf(c, cell);
                for (String giver : standing.getOrDefault(c + "|" + r.state(), Set.of())) {
                    if (!giver.equals(receiver)) {
                        out.add(new Deal(r, c, giver, receiver, r.get(c + " CANDIDATE")));
                    }
                }
            }
        }
        return out;
    }

    /** Writes {@code results/} and {@code allocations/} of the dataset into {@code out}. */
    public static void generate(Path out) throws IOException, SQLException {
        List<Row> rows = rows(FILE);
        Path tmp = Files.createTempDirectory("my-ge15-build");
        Path db = tmp.resolve("build.sqlite");
        try {
            ImportReport base =
                    DatasetImport.toNewFile(topOnly(DATASET), "base", db, Importer.Settings.DEFAULT, s -> {});
            if (!base.ok()) {
                throw new IllegalStateException("the hand-written files do not import: " + base.problems());
            }
            ResultsReport results = ResultsImport.intoFile(
                    db,
                    ResultsImport.Settings.of(FILE, ELECTION, ASSEMBLY, ResultsImport.Source.NONE)
                            .withMap(MAP),
                    s -> {});
            if (!results.ok()) {
                throw new IllegalStateException("import-results refused the file: " + results.problems());
            }
            writeResults(db, rows, out.resolve("results"));
            writeAllocations(rows, out.resolve("allocations"));
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(tmp);
        }
    }

    /** The dataset's own top folder without its sub-folders: the hand-written records. */
    public static DatasetFiles topOnly(Path root) {
        DatasetFiles inner = DatasetFiles.directory(root);
        return new DatasetFiles() {
            @Override
            public Optional<InputStream> openBytes(String folder, String name) throws IOException {
                return inner.openBytes(folder, name);
            }

            @Override
            public String describe(String folder, String name) {
                return inner.describe(folder, name);
            }

            @Override
            public List<String> folders() {
                return List.of("");
            }
        };
    }

    private static void writeResults(Path db, List<Row> rows, Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        Map<String, Row> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        try (Csv sources = new Csv(dir.resolve("sources.csv"), "id,outlet,title,url,published,retrieved,snippet")) {
            for (Row r : rows) {
                sources.row(
                        r.sourceKey(),
                        OUTLET,
                        "GE15 parliament results, row " + r.code() + " " + r.get("PARLIAMENTARY CONSTITUENCY NAME")
                                + " (MALAYSIA_2022_PARLIAMENT_RESULTS.csv)",
                        URL,
                        "2025-10",
                        "2026-12",
                        // the row as printed, without its trailing empty cells
                        r.line().replaceAll(",+$", ""));
            }
        }
        try (Database d = Database.openReadOnly(db);
                Statement st = d.connection().createStatement()) {
            try (Csv seats =
                            new Csv(dir.resolve("constituencies.csv"), "code,name,assembly,province,district,sources");
                    ResultSet rs =
                            st.executeQuery("SELECT s.code, s.name, a.code, s.province, s.district FROM constituency s"
                                    + " JOIN assembly a ON a.id = s.assembly_id ORDER BY s.id")) {
                while (rs.next()) {
                    seats.row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            byCode.get(rs.getString(1)).sourceKey());
                }
            }
            try (Csv cands = new Csv(
                            dir.resolve("candidacies.csv"),
                            "election,assembly,seat,candidate,party,party_label,votes,rank,elected,sources");
                    ResultSet rs = st.executeQuery("SELECT e.code, a.code, s.code, k.candidate_name, p.abbreviation,"
                            + " k.party_label, k.votes, k.rank, k.elected FROM candidacy k"
                            + " JOIN election e ON e.id = k.election_id JOIN constituency s ON s.id = k.constituency_id"
                            + " JOIN assembly a ON a.id = s.assembly_id LEFT JOIN party p ON p.id = k.party_id"
                            + " ORDER BY s.id, k.rank, k.id")) {
                while (rs.next()) {
                    cands.row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            byCode.get(rs.getString(3)).sourceKey());
                }
            }
        }
    }

    private static void writeAllocations(List<Row> rows, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Deal> deals = deals(rows);
        try (Csv out = new Csv(
                        dir.resolve("deals.csv"),
                        "key,election,seat,assembly,giver,receiver,candidate,alliance,note,sources");
                Csv claims = new Csv(dir.resolve("claims.csv"), "deal,date,status,source,note")) {
            for (Deal d : deals) {
                String seat = d.row().code() + " " + d.row().get("PARLIAMENTARY CONSTITUENCY NAME");
                out.row(
                        d.key(),
                        ELECTION,
                        d.row().code(),
                        ASSEMBLY,
                        d.giver(),
                        d.receiver(),
                        d.candidate(),
                        COALITIONS.get(d.coalition()),
                        d.coalition() + " allocated " + seat + " to " + d.receiver() + "; " + d.giver()
                                + ", which stood for " + d.coalition() + " elsewhere in "
                                + d.row().state()
                                + ", did not stand here."
                                + (d.coalition().equals("GRS") && DISPUTED_GRS.contains(d.candidate())
                                        ? " Tindak Malaysia records a dispute over the party membership of "
                                                + d.candidate() + " within GRS."
                                        : ""),
                        d.row().sourceKey() + ";thesun-ge15-nomination"
                                + (d.coalition().equals("GRS") && DISPUTED_GRS.contains(d.candidate())
                                        ? ";tindak-ge15-grs-dispute"
                                        : ""));
                claims.row(
                        d.key(),
                        NOMINATION_DAY,
                        "confirmed",
                        d.row().sourceKey(),
                        "nomination day: the ballot names " + d.row().get(d.coalition() + " CANDIDATE") + " for "
                                + d.coalition() + " (" + d.row().get(d.coalition()) + ")");
            }
        }
    }

    /** A CSV file in the interchange format: RFC 4180, "\n" line ends, formula-like text protected. */
    private static final class Csv implements AutoCloseable {
        private final Writer w;

        Csv(Path file, String header) throws IOException {
            w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            w.write(header);
            w.write('\n');
        }

        void row(String... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                String v = cells[i] == null ? "" : SafeCsv.protect(cells[i]);
                boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
                w.write(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            w.write('\n');
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }
}
