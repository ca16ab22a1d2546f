package org.allianceexplorer.data.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.allianceexplorer.cli.Cli;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.data.load.BundledDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Malaysia GE15 dataset, built from the resources the application ships, agrees with the
 * Tindak Malaysia file seat by seat: winners (the WINNING PARTY column), every coalition's candidate, and
 * the coalition allocations modelled as seat deals.
 */
class MalaysiaGe15DatasetTest {

    private static Database db;
    private static List<MalaysiaGe15Build.Row> rows;

    @BeforeAll
    static void open() throws Exception {
        db = BundledDataset.open(BundledDataset.MALAYSIA_GE15);
        rows = MalaysiaGe15Build.rows(MalaysiaGe15Build.FILE);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<List<String>> query(String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void passesEveryCheckAndHoldsWhatTheFileHolds() throws Exception {
        assertThat(new Validator(db, 20).problems()).isEmpty();
        assertThat(rows).hasSize(222);
        assertThat(query("SELECT count(*) FROM constituency").get(0)).containsExactly("222");
        assertThat(query("SELECT count(*) FROM candidacy").get(0)).containsExactly("945");
        assertThat(query("SELECT count(*) FROM party").get(0)).containsExactly("41");
        assertThat(query("SELECT code FROM alliance WHERE kind = 'electoral_alliance' ORDER BY code"))
                .extracting(r -> r.get(0))
                .containsExactly("my-bn", "my-gps", "my-grs", "my-gta", "my-ph", "my-pn");
        assertThat(query("SELECT code, total_seats, majority FROM assembly"))
                .containsExactly(List.of("DR", "222", "112"));
        assertThat(query("SELECT code, polling_day FROM election")).containsExactly(List.of("my-ge15", "2022-11-19"));
    }

    @Test
    void everySeatsWinnerIsTheFilesWinningParty() throws Exception {
        Map<String, List<String>> winner = new HashMap<>();
        for (List<String> w : query("SELECT s.code, k.party_label, p.abbreviation, k.candidate_name FROM candidacy k"
                + " JOIN constituency s ON s.id = k.constituency_id LEFT JOIN party p ON p.id = k.party_id"
                + " WHERE k.elected = 1 AND k.rank = 1")) {
            assertThat(winner.put(w.get(0), w)).as("one winner in " + w.get(0)).isNull();
        }
        assertThat(winner).hasSize(222);
        for (MalaysiaGe15Build.Row r : rows) {
            String expected = r.get("WINNING PARTY");
            List<String> w = winner.get(r.code());
            assertThat(w).as(r.code()).isNotNull();
            if (expected.equals("INDEPENDENT")) {
                assertThat(w.get(1)).as(r.code()).startsWith("INDEPENDENT - ");
                assertThat(w.get(2)).as(r.code()).isNull();
            } else {
                assertThat(w.get(1)).as(r.code()).isEqualTo(expected);
                int dash = expected.indexOf(" - ");
                String party = dash < 0
                        ? expected
                        : expected.endsWith(" - DIRECT") ? expected.substring(0, dash) : expected.substring(dash + 3);
                assertThat(w.get(2)).as(r.code()).isEqualTo(party);
            }
        }
    }

    /** Every coalition's candidate of every seat, and the allocation deals, as the file prints them. */
    @Test
    void everyCoalitionAllocationAgreesWithTheFile() throws Exception {
        // the component parties each coalition fielded in each state, read here without the builder's code
        Map<String, Set<String>> fielded = new HashMap<>();
        for (MalaysiaGe15Build.Row r : rows) {
            for (String c : MalaysiaGe15Build.COALITIONS.keySet()) {
                String cell = r.get(c);
                if (!cell.isEmpty() && !cell.endsWith("DIRECT")) {
                    fielded.computeIfAbsent(c + "/" + r.state(), k -> new HashSet<>())
                            .add(cell);
                }
            }
        }
        Map<String, List<String>> candidates = new HashMap<>();
        for (List<String> k : query("SELECT s.code, k.party_label, k.candidate_name, p.abbreviation FROM candidacy k"
                + " JOIN constituency s ON s.id = k.constituency_id LEFT JOIN party p ON p.id = k.party_id")) {
            candidates.put(k.get(0) + "|" + k.get(1), k);
        }
        Set<String> expectedDeals = new HashSet<>();
        int coalitionCandidates = 0;
        for (MalaysiaGe15Build.Row r : rows) {
            for (String c : MalaysiaGe15Build.COALITIONS.keySet()) {
                String cell = r.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                coalitionCandidates++;
                String label = cell.startsWith(c + " - ") ? cell : c + " - " + cell;
                String receiver = cell.startsWith(c + " - ") ? c : cell;
                List<String> k = candidates.get(r.code() + "|" + label);
                assertThat(k).as(r.code() + " " + label).isNotNull();
                assertThat(k.get(2)).as(r.code() + " " + c).isEqualTo(r.get(c + " CANDIDATE"));
                assertThat(k.get(3)).as(r.code() + " " + c).isEqualTo(receiver);
                if (c.equals("BN") && r.get("BN CANDIDATE").equals("EWON BIN EBIN")) {
                    continue; // stood in BN's block without BN's approval (the file's disclaimer): no allocation
                }
                for (String giver : fielded.getOrDefault(c + "/" + r.state(), Set.of())) {
                    if (!giver.equals(receiver)) {
                        expectedDeals.add(String.join(
                                "|",
                                r.code(),
                                MalaysiaGe15Build.COALITIONS.get(c),
                                giver,
                                receiver,
                                r.get(c + " CANDIDATE")));
                    }
                }
            }
        }
        assertThat(coalitionCandidates).isGreaterThan(600);
        Set<String> deals = new HashSet<>();
        for (List<String> d : query("SELECT s.code, a.code, g.abbreviation, r.abbreviation, d.candidate_name"
                + " FROM seat_deal d JOIN constituency s ON s.id = d.constituency_id"
                + " JOIN alliance a ON a.id = d.alliance_id JOIN party g ON g.id = d.giver_id"
                + " JOIN party r ON r.id = d.receiver_id")) {
            assertThat(deals.add(String.join("|", d)))
                    .as("one deal per giver and seat: " + d)
                    .isTrue();
        }
        assertThat(deals).isEqualTo(expectedDeals);
        // Sarawak-only GPS parties give nothing outside Sarawak
        assertThat(query("SELECT count(*) FROM seat_deal d JOIN constituency s ON s.id = d.constituency_id"
                        + " JOIN party g ON g.id = d.giver_id WHERE g.abbreviation IN ('PBB', 'SUPP', 'PRS', 'PDP')"
                        + " AND s.province <> 'SARAWAK'"))
                .containsExactly(List.of("0"));
        // every deal is linked to the receiver's result, and every allocation has one confirmed claim on
        // nomination day (the deals of the postponed Padang Serai poll, in no coalition, come later)
        assertThat(query("SELECT count(*) FROM seat_deal WHERE candidacy_id IS NULL"))
                .containsExactly(List.of("0"));
        assertThat(query("SELECT k.date, k.status, count(*) FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id"
                        + " WHERE d.alliance_id IS NOT NULL GROUP BY k.date, k.status"))
                .containsExactly(List.of("2022-11-05", "confirmed", String.valueOf(deals.size())));
    }

    /** Results and allocations cite the seat's row of the file, quoted verbatim. */
    @Test
    void everyRecordCitesAVerbatimQuotation() throws Exception {
        assertThat(query("SELECT code FROM source WHERE snippet IS NULL OR trim(snippet) = ''"))
                .isEmpty();
        Map<String, String> lines = new HashMap<>();
        rows.forEach(r -> lines.put(r.sourceKey(), r.line()));
        List<List<String>> seatSources =
                query("SELECT code, snippet FROM source WHERE code GLOB 'tindak-ge15-p[0-9]*'");
        assertThat(seatSources).hasSize(222);
        for (List<String> s : seatSources) {
            assertThat(lines.get(s.get(0))).as(s.get(0)).startsWith(s.get(1));
        }
        String file = Files.readString(MalaysiaGe15Build.FILE);
        assertThat(file)
                .contains(query("SELECT snippet FROM source WHERE code = 'tindak-ge15-parliament'")
                        .get(0)
                        .get(0));
        assertThat(query("SELECT count(*) FROM candidacy k JOIN constituency s ON s.id = k.constituency_id"
                        + " WHERE NOT EXISTS (SELECT 1 FROM citation c JOIN source x ON x.id = c.source_id"
                        + " WHERE c.record_kind = 'candidacy' AND c.record_id = k.id"
                        + " AND x.code = 'tindak-ge15-' || lower(replace(replace(s.code, '. ', ''), '.', '')))"))
                .containsExactly(List.of("0"));
    }

    /** The committed results/ and allocations/ are what the builder writes from the file today. */
    @Test
    void theGeneratedFoldersAreUpToDate(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"results", "allocations"}) {
            assertThat(dir.resolve(f)).doesNotExist();
        }
        MalaysiaGe15Build.generate(dir);
        for (String folder : new String[] {"results", "allocations"}) {
            try (Stream<Path> files = Files.list(dir.resolve(folder))) {
                for (Path p : files.toList()) {
                    Path committed = MalaysiaGe15Build.DATASET.resolve(folder).resolve(p.getFileName());
                    assertThat(Files.readAllBytes(committed))
                            .as(committed + " is stale: run MalaysiaGe15Build")
                            .isEqualTo(Files.readAllBytes(p));
                }
            }
        }
    }

    @Test
    void theCommandLineOpensItByKey() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(
                new String[] {"info", "--dataset", "malaysia-ge15"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Malaysia GE15").containsPattern("deals\\s+1,4\\d\\d");

        StringWriter err2 = new StringWriter();
        int bad = Cli.run(
                new String[] {"check", "--dataset", "atlantis"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err2));
        assertThat(bad).isEqualTo(Cli.USAGE);
        assertThat(err2.toString().strip())
                .isEqualTo("alliance-explorer: no bundled dataset 'atlantis'; there are: pakistan, malaysia-ge15");

        StringWriter err3 = new StringWriter();
        int both = Cli.run(
                new String[] {"list", "parties", "--db", "x.sqlite", "--dataset", "malaysia-ge15"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err3));
        assertThat(both).isEqualTo(Cli.USAGE);
        assertThat(err3.toString()).contains("not both");
    }

    /**
     * Padang Serai (P. 017), polled on 7 December 2022: after the unity government was formed BN (MIC) and
     * Warisan gave way to PH's candidate, whose rivals' names stayed on the ballot; each deal and claim cites
     * a news report with a quotation, and the events date the postponement and the poll.
     */
    @Test
    void padangSeraiDealsAfterTheUnityGovernmentAreRecordedWithTheirSources() throws Exception {
        List<List<String>> deals = query("SELECT g.abbreviation, r.abbreviation, d.candidate_name, k.candidate_name"
                + " FROM seat_deal d JOIN party g ON g.id = d.giver_id JOIN party r ON r.id = d.receiver_id"
                + " JOIN constituency c ON c.id = d.constituency_id LEFT JOIN candidacy k ON k.id = d.candidacy_id"
                + " WHERE c.code = 'P. 017' AND g.abbreviation IN ('MIC', 'WARISAN') ORDER BY g.abbreviation");
        assertThat(deals)
                .containsExactly(
                        List.of("MIC", "PKR", "DR. SOFEE RAZAK", "DR. SOFEE RAZAK"),
                        List.of("WARISAN", "PKR", "DR. SOFEE RAZAK", "DR. SOFEE RAZAK"));
        List<List<String>> claims = query("SELECT g.abbreviation, k.date, k.status, s.outlet, s.snippet"
                + " FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id JOIN party g ON g.id = d.giver_id"
                + " JOIN source s ON s.id = k.source_id JOIN constituency c ON c.id = d.constituency_id"
                + " WHERE c.code = 'P. 017' AND g.abbreviation IN ('MIC', 'WARISAN') ORDER BY g.abbreviation, k.id");
        assertThat(claims)
                .extracting(r -> r.subList(0, 4))
                .containsExactly(
                        List.of("MIC", "2022-12-02", "reported", "Sinar Daily"),
                        List.of("MIC", "2022-12-02", "confirmed", "The Borneo Post"),
                        List.of("WARISAN", "2022-12-02", "confirmed", "The Malaysian Insight"));
        assertThat(claims.get(1).get(4)).contains("we are giving way to PH in Padang Serai");
        // the givers' candidates stayed on the ballot: their votes are in the results
        assertThat(query("SELECT p.abbreviation, k.votes FROM candidacy k JOIN party p ON p.id = k.party_id"
                        + " JOIN constituency c ON c.id = k.constituency_id WHERE c.code = 'P. 017'"
                        + " AND p.abbreviation IN ('MIC', 'WARISAN') ORDER BY p.abbreviation"))
                .containsExactly(List.of("MIC", "2983"), List.of("WARISAN", "149"));
        assertThat(query("SELECT date, title FROM event WHERE title LIKE 'Padang Serai%' ORDER BY date"))
                .containsExactly(
                        List.of("2022-11-18", "Padang Serai poll postponed to 7 December"),
                        List.of("2022-12-07", "Padang Serai goes to the polls"));
        // every source of the folder quotes its report
        assertThat(query("SELECT DISTINCT s.snippet IS NOT NULL AND length(s.snippet) > 40 FROM citation t"
                        + " JOIN source s ON s.id = t.source_id JOIN seat_deal d ON t.record_kind = 'seat_deal'"
                        + " AND t.record_id = d.id JOIN constituency c ON c.id = d.constituency_id"
                        + " WHERE c.code = 'P. 017' AND d.alliance_id IS NULL"))
                .containsExactly(List.of("1"));
    }
}
