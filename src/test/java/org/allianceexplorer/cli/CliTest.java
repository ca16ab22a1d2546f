package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.domain.RecordKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The headless command line, run in-process on the bundled dataset and on small hand-made ones. */
class CliTest {

    @TempDir
    static Path dir;

    /** The bundled dataset, built once (running without --db builds it anew each time). */
    private static Path bundled;

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(
                code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** A command on the bundled dataset's file ({@code --db}). */
    static Result onBundled(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--db";
        all[args.length + 2] = bundled.toString();
        return run(all);
    }

    static Result list(String... args) {
        return onBundled("list", args);
    }

    static Result coalitions(String... args) {
        return onBundled("coalitions", args);
    }

    static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    /** Rows as maps from header to cell. */
    static List<Map<String, String>> rows(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(
                new StringReader(text),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return p.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    @BeforeAll
    static void buildBundled() {
        bundled = dir.resolve("bundled.sqlite");
        BundledDataset.build(DatasetFiles.bundled(), bundled);
    }

    // --- info, check ------------------------------------------------------------------------------

    @Test
    void infoNamesTheDatasetADatabaseGivesItself(@TempDir Path dir) {
        Path file = dir.resolve("mine.sqlite");
        assertThat(run("new", "--out", file.toString(), "--name", "Karachi deals 2024")
                        .code())
                .isZero();
        Result r = run("info", "--db", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("database  mine.sqlite\nname      Karachi deals 2024\n");
    }

    @Test
    void infoListsEveryKindOfTheBundledDataset() {
        Result r = run("info");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(BundledDataset.NAME);
        List<String> lines = Arrays.asList(r.out().split("\n"));
        for (RecordKind k : RecordKind.values()) {
            assertThat(lines).as(k.code()).anySatisfy(l -> assertThat(l).matches(k.code() + " +[0-9,]+"));
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("results +5,112"));
        assertThat(RecordKind.values()).hasSize(12);
    }

    @Test
    void checkPassesOnTheBundledDataset() {
        Result r = run("check");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("passes every check");
    }

    @Test
    void checkOnADatabaseWithAProblemExitsOne() throws SQLException {
        Path file = dir.resolve("problem.sqlite");
        try (Database db = Database.createNew(file);
                Statement st = db.connection().createStatement()) {
            st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('NOSRC', 'Party without a source')");
        }
        Result r = run("check", "--db", file.toString());
        assertThat(r.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.out()).contains("party NOSRC: cites no source").contains("1 problem in problem.sqlite");
        assertThat(r.err()).isEmpty();
    }

    // --- headers ----------------------------------------------------------------------------------

    private static String header(String kind) {
        Result r = list(kind, "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().substring(0, r.out().indexOf('\n'));
    }

    @Test
    void csvHeadersAreStable() {
        assertThat(header("deals")).startsWith("election,seat,assembly,giver,receiver,candidate,status,outcome");
        assertThat(header("claims")).startsWith("seat,giver,receiver,date,status,source_url");
        assertThat(header("memberships")).startsWith("alliance,party,from,to");
        assertThat(header("events")).startsWith("date,title,place,parties,people");
        assertThat(header("parties")).startsWith("abbreviation,name,native_name,partyfacts_id");
    }

    // --- the founding case ------------------------------------------------------------------------

    @Test
    void anpDealsAsOf20January() throws IOException {
        Result text = list("deals", "--party", "ANP", "--as-of", "2024-01-20");
        assertThat(text.code()).isZero();
        assertThat(text.err()).isEmpty();
        List<String> lines = Arrays.asList(text.out().split("\n"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains("NA-242")
                        .containsPattern("\\bANP\\b")
                        .contains("PML-N")
                        .contains("collapsed"));
        assertThat(text.out()).doesNotContain("MQM-P");

        List<Map<String, String>> rows =
                rows(list("deals", "--party", "ANP", "--as-of", "2024-01-20", "--format", "csv")
                        .out());
        assertThat(rows).anySatisfy(row -> {
            assertThat(row)
                    .containsEntry("seat", "NA-242")
                    .containsEntry("giver", "ANP")
                    .containsEntry("receiver", "PML-N")
                    .containsEntry("status", "collapsed");
        });
        assertThat(rows).noneSatisfy(row -> assertThat(row.get("receiver")).isEqualTo("MQM-P"));
    }

    @Test
    void anpDealsAsOf10FebruarySwitched() throws IOException {
        List<Map<String, String>> rows =
                rows(list("deals", "--party", "ANP", "--as-of", "2024-02-10", "--format", "csv")
                        .out());
        Map<String, String> mqm = na242(rows, "MQM-P");
        Map<String, String> pmln = na242(rows, "PML-N");
        assertThat(mqm).containsEntry("status", "reported");
        assertThat(pmln).containsEntry("status", "switched");
    }

    @Test
    void na242AnpToMqmOutcome() throws IOException {
        Map<String, String> mqm =
                na242(rows(list("deals", "--party", "ANP", "--format", "csv").out()), "MQM-P");
        assertThat(mqm)
                .containsEntry("outcome", "won")
                .containsEntry("receiver_votes", "71767")
                .containsEntry("margin", "18008")
                .containsEntry("basis", "Form-47")
                .containsEntry("candidate", "Syed Mustafa Kamal")
                .containsEntry("status", "confirmed");
    }

    @Test
    void coalitionsOfTheNationalAssemblyOf2024() throws IOException {
        Result text = coalitions("--election", "pk-2024", "--assembly", "NA", "--as-of", "2024-03-15");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("majority 169 of 336 seats")
                .contains("PML-N 123 (75 won), SIC 82 (0 won), PPP 73 (54 won)")
                .contains("in brackets the general seats won at the polls")
                .contains(
                        "Governing coalition on 2024-03-15: BAP, IPP, MQM-P, PML-N, PML-Q, PPP, 228 seats, margin +59.");
        List<Map<String, String>> rows =
                rows(coalitions("--election", "pk-2024", "--assembly", "NA", "--with", "PPP", "--format", "csv")
                        .out());
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("parties").split(";")).contains("PPP");
            assertThat(Integer.parseInt(r.get("seats"))).isGreaterThanOrEqualTo(169);
            assertThat(Integer.parseInt(r.get("surplus"))).isEqualTo(Integer.parseInt(r.get("seats")) - 169);
            assertThat(r.get("majority")).isEqualTo("169");
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get("parties")).isEqualTo("PML-N;PPP"));
        // with the rivals apart, PML-N and PPP (rivals on record) never sit together
        List<Map<String, String>> apart =
                rows(coalitions("--election", "pk-2024", "--assembly", "NA", "--exclude-rivals", "--format", "csv")
                        .out());
        assertThat(apart)
                .noneSatisfy(
                        r -> assertThat(List.of(r.get("parties").split(";"))).contains("PML-N", "PPP"));
        Result bad = coalitions("--election", "pk-1850", "--assembly", "NA");
        assertThat(bad.code()).isEqualTo(Cli.USAGE);
        assertThat(bad.err()).contains("no election 'pk-1850'");
    }

    @Test
    void friendlyFightsOf2024AndOfMalaysia() throws IOException {
        List<Map<String, String>> rows = rows(list("friendly-fights", "--election", "pk-2024", "--format", "csv")
                .out());
        assertThat(rows).isNotEmpty();
        // Mansehra: PML-N (Nawaz Sharif, 80,382) and JUI-F (29,938), allied by their seat-adjustment formula, lost
        // NA-15 to a PTI-backed independent (105,249 on the Form-47)
        assertThat(rows)
                .filteredOn(r -> r.get("seat").equals("NA-15"))
                .anySatisfy(r -> assertThat(r)
                        .containsEntry("party_a", "PML-N")
                        .containsEntry("votes_a", "80382")
                        .containsEntry("party_b", "JUI-F")
                        .containsEntry("winner", "Independent")
                        .containsEntry("winner_votes", "105249")
                        .containsEntry("split_cost_seat", "yes"));
        assertThat(rows).allSatisfy(r -> {
            long a = Long.parseLong(r.get("votes_a"));
            long b = Long.parseLong(r.get("votes_b"));
            boolean allyWon =
                    r.get("winner").equals(r.get("party_a")) || r.get("winner").equals(r.get("party_b"));
            assertThat(r.get("split_cost_seat"))
                    .isEqualTo(!allyWon && a + b > Long.parseLong(r.get("winner_votes")) ? "yes" : "no");
            assertThat(a).isGreaterThanOrEqualTo(b);
        });
        // a provincial alliance holds in its province only: the anti-PPP alliance in Sindh is no tie in Punjab
        assertThat(rows)
                .noneSatisfy(r -> assertThat(r.get("alliance"))
                        .startsWith("Anti-PPP")
                        .satisfies(
                                x -> assertThat(Integer.parseInt(r.get("seat").substring(3)))
                                        .isLessThan(190)));
        // the second country: no two allies of GE15 stood in one seat (the coalitions allocated their seats)
        Result my = run(
                "list", "friendly-fights", "--dataset", "malaysia-ge15", "--election", "my-ge15", "--format", "csv");
        assertThat(my.code()).as(my.err()).isZero();
        assertThat(my.out())
                .startsWith("seat,alliance,party_a,votes_a,party_b,votes_b,winner,winner_votes,split_cost_seat");
        Result none = list("friendly-fights");
        assertThat(none.code()).isEqualTo(Cli.USAGE);
        assertThat(none.err()).contains("needs --election");
        assertThat(list("parties", "--election", "pk-2024").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void listCountsGivesEachOfficialCountBesideTheResultsAndWhatDiffers() throws IOException {
        List<Map<String, String>> rows = rows(list("counts", "--format", "csv").out());
        assertThat(rows).hasSize(254);
        Map<String, String> na242 = rows.stream()
                .filter(r -> r.get("seat").equals("NA-242"))
                .findFirst()
                .orElseThrow();
        assertThat(na242)
                .containsEntry("basis", "Form-47")
                .containsEntry("winner", "Syed Mustafa Kamal")
                .containsEntry("winner_votes", "71767")
                .containsEntry("runner_up_votes", "53759")
                .containsEntry("margin", "18008")
                .containsEntry("listed_winner_votes", "71727")
                .containsEntry("turnout", "43.71")
                .containsEntry("differs", "yes");
        assertThat(na242.get("differences")).startsWith("winner's votes: 71,767 on the Form-47, 71,727");
        assertThat(rows).filteredOn(r -> r.get("differs").equals("no")).isNotEmpty();
        // the candidate results keep their own columns and gain the official ones at the end
        List<Map<String, String>> results =
                rows(list("results", "--format", "csv").out());
        assertThat(results)
                .filteredOn(r -> r.get("seat").equals("NA-242") && r.get("rank").equals("1"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("votes", "71727")
                        .containsEntry("official_votes", "71767")
                        .containsEntry("official_place", "1")
                        .containsEntry("basis", "Form-47"));
        // an unknown party is refused before any output
        Result bad = list("counts", "--party", "'; DROP TABLE seat_count");
        assertThat(bad.code()).isEqualTo(Cli.USAGE);
        assertThat(bad.out()).isEmpty();
    }

    private static Map<String, String> na242(List<Map<String, String>> rows, String receiver) {
        List<Map<String, String>> found = rows.stream()
                .filter(r -> "NA-242".equals(r.get("seat"))
                        && "ANP".equals(r.get("giver"))
                        && receiver.equals(r.get("receiver")))
                .toList();
        assertThat(found).as("NA-242 ANP -> " + receiver).hasSize(1);
        return found.get(0);
    }

    // --- every kind, both formats -----------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyKindListsAsCsvWithWholeRows(RecordKind kind) throws IOException {
        Result r = list(kind.code(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<CSVRecord> records = csv(r.out());
        assertThat(records).as("header and rows").hasSizeGreaterThan(1);
        int columns = records.get(0).size();
        assertThat(records).allSatisfy(rec -> assertThat(rec.size()).isEqualTo(columns));
        // and with --as-of and --party
        Result filtered = list(kind.code(), "--format", "csv", "--as-of", "2024-02-10", "--party", "MQM-P");
        assertThat(filtered.code()).as(filtered.err()).isZero();
        assertThat(csv(filtered.out())).allSatisfy(rec -> assertThat(rec.size()).isEqualTo(columns));
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyKindListsAsText(RecordKind kind) throws IOException {
        Result r = list(kind.code());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        String csvHeader =
                csv(list(kind.code(), "--format", "csv").out()).get(0).values()[0];
        String[] lines = r.out().split("\n");
        assertThat(lines.length).isGreaterThan(1);
        assertThat(lines[0]).startsWith(csvHeader);
        int csvRows = csv(list(kind.code(), "--format", "csv").out()).size();
        assertThat(lines).hasSize(csvRows);
    }

    @Test
    void formatIsCaseInsensitiveAndKindToo() {
        Result r = list("DEALS", "--format", "CSV");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("election,seat,");
    }

    // --- bad usage --------------------------------------------------------------------------------

    private static void assertUsageError(Result r, String... fragments) {
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> lines = r.errLines();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).startsWith("alliance-explorer: ");
        for (String f : fragments) {
            assertThat(lines.get(0)).contains(f);
        }
        // one line, or one line and the hint to --help
        assertThat(lines.size()).isLessThanOrEqualTo(2);
        if (lines.size() == 2) {
            assertThat(lines.get(1)).startsWith("Try '").endsWith("--help' for more.");
        }
    }

    @Test
    void unknownKind() {
        assertUsageError(list("widgets"), "'widgets'", "deals");
    }

    @Test
    void impossibleDate() {
        assertUsageError(list("deals", "--as-of", "2024-13-40"), "2024-13-40");
    }

    @Test
    void asOfMustBeADay() {
        assertUsageError(list("deals", "--as-of", "2024-02"), "not a day");
    }

    @Test
    void unknownParty() {
        assertUsageError(list("deals", "--party", "XYZ"), "XYZ");
        assertUsageError(list("memberships", "--party", "NOPE", "--format", "csv"), "NOPE");
    }

    @Test
    void unknownPartyWritesNoPartialTable() {
        Result text = list("deals", "--party", "XYZ");
        assertThat(text.code()).isEqualTo(Cli.USAGE);
        assertThat(text.out())
                .as("a failed listing writes nothing to standard output")
                .isEmpty();
        Result csv = list("deals", "--party", "XYZ", "--format", "csv");
        assertThat(csv.code()).isEqualTo(Cli.USAGE);
        assertThat(csv.out())
                .as("a failed CSV listing must not leave a header-only file")
                .isEmpty();
    }

    @Test
    void missingDbFile() {
        Path missing = dir.resolve("missing.sqlite");
        assertUsageError(run("list", "deals", "--db", missing.toString()), missing.toString(), "no such file");
        assertThat(missing).doesNotExist();
        assertUsageError(run("info", "--db", missing.toString()), "no such file");
        assertUsageError(run("check", "--db", missing.toString()), "no such file");
    }

    @Test
    void dbOnAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.sqlite"));
        assertUsageError(run("list", "deals", "--db", folder.toString()), "folder");
    }

    @Test
    void dbOnATextFile() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, this is not a database\n");
        assertUsageError(run("list", "deals", "--db", text.toString()), "not an SQLite database");
        assertThat(Files.readString(text)).isEqualTo("hello, this is not a database\n");
    }

    @Test
    void unknownCommand() {
        assertUsageError(run("frobnicate"), "frobnicate");
    }

    @Test
    void noCommand() {
        assertUsageError(run(), "no command");
    }

    @Test
    void badLimit() {
        assertUsageError(run("check", "--db", bundled.toString(), "--limit", "0"), "--limit");
    }

    @Test
    void badFormat() {
        assertUsageError(list("deals", "--format", "xml"), "xml");
    }

    @Test
    void migrateOfATextFileFailsCleanly() throws IOException {
        Path text = dir.resolve("old.txt");
        Files.writeString(text, "not a database");
        Path outFile = dir.resolve("migrated-from-text.sqlite");
        assertUsageError(
                run("migrate", "--db", text.toString(), "--out", outFile.toString()), "not an SQLite database");
        assertThat(outFile).doesNotExist();
    }

    // --- spreadsheet safety -----------------------------------------------------------------------

    private static final String EVIL = "=cmd|' /C calc'!A0";
    private static final String TITLE = "Talks \"in earnest\", then a split, and more";

    private static Path spreadsheetDataset() throws IOException {
        Path target = dir.resolve("evil.sqlite");
        if (Files.exists(target)) {
            return target;
        }
        Path ds = Files.createDirectories(dir.resolve("evil-dataset"));
        write(
                ds,
                "sources.csv",
                "id,outlet,title,url,published,retrieved,snippet",
                "s1,\"Outlet, Inc.\",\"" + TITLE.replace("\"", "\"\"") + "\",https://x.example/1,2024-01-01,,");
        write(
                ds,
                "parties.csv",
                "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,country,sources",
                "EVL,\"" + EVIL.replace("\"", "\"\"") + "\",,,,,,,s1",
                "GOOD,Good Party,,,,,,,s1",
                "+PLUS,Plus Party,-minus,,,,,,s1");
        write(ds, "elections.csv", "key,name,polling_day,country,sources", "el,Election,2024-02-08,PAK,s1");
        write(
                ds,
                "assemblies.csv",
                "code,name,province,total_seats,general_seats,majority,sources",
                "NA,Assembly,,10,8,6,s1");
        write(
                ds,
                "results.csv",
                "election,assembly,constituencies,candidates,districts,source",
                "el,NA,seats.csv,candidates.csv,,s1");
        write(ds, "seats.csv", "na,constituency_name,province", "NA-1,@Seat,Sindh");
        write(
                ds,
                "candidates.csv",
                "na,candidate_name,party,votes,rank",
                "NA-1,Winner,GOOD,5000,1",
                "NA-1,-Loser,EVL,1200,2");
        write(
                ds,
                "deals.csv",
                "key,election,seat,assembly,giver,receiver,candidate,alliance,note,sources",
                "d1,el,NA-1,NA,GOOD,EVL,-Loser,,,s1");
        write(ds, "claims.csv", "deal,date,status,source,note", "d1,2024-01-01,reported,s1,\"=HYPERLINK(\"\"x\"\")\"");
        write(
                ds,
                "events.csv",
                "key,date,title,place,description,parties,people,sources",
                "ev1,2024-01-01,\"" + TITLE.replace("\"", "\"\"") + "\",\"Karachi, Sindh\",,EVL;GOOD,,s1");
        BundledDataset.build(DatasetFiles.directory(ds), target);
        return target;
    }

    private static void write(Path folder, String name, String... lines) throws IOException {
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void partiesCsvNeutralisesFormulas() throws IOException {
        Path db = spreadsheetDataset();
        Result r = run("list", "parties", "--format", "csv", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Map<String, String>> byName =
                rows(r.out()).stream().collect(Collectors.toMap(m -> m.get("name"), m -> m));
        assertThat(byName).containsKey("'" + EVIL);
        assertThat(byName.get("Plus Party"))
                .containsEntry("abbreviation", "'+PLUS")
                .containsEntry("native_name", "'-minus");
        assertThat(r.out()).doesNotContain("\n" + "EVL,=").doesNotContain("," + EVIL);
    }

    @Test
    void negativeMarginsStayNumbersWhileTextIsNeutralised() throws IOException {
        Path db = spreadsheetDataset();
        Result r = run("list", "deals", "--format", "csv", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, String>> rows = rows(r.out());
        assertThat(rows).hasSize(1);
        Map<String, String> d = rows.get(0);
        assertThat(d)
                .containsEntry("outcome", "lost")
                .containsEntry("margin", "-3800")
                .containsEntry("receiver_votes", "1200")
                .containsEntry("candidate", "'-Loser");

        Result claims = run("list", "claims", "--format", "csv", "--db", db.toString());
        assertThat(rows(claims.out()).get(0)).containsEntry("note", "'=HYPERLINK(\"x\")");
        Result seats = run("list", "constituencies", "--format", "csv", "--db", db.toString());
        assertThat(rows(seats.out()).get(0)).containsEntry("name", "'@Seat");
    }

    @Test
    void quotesAndCommasSurviveTheRoundTrip() throws IOException {
        Path db = spreadsheetDataset();
        Result events = run("list", "events", "--format", "csv", "--db", db.toString());
        assertThat(events.code()).as(events.err()).isZero();
        List<CSVRecord> records = csv(events.out());
        assertThat(records)
                .allSatisfy(
                        rec -> assertThat(rec.size()).isEqualTo(records.get(0).size()));
        Map<String, String> ev = rows(events.out()).get(0);
        assertThat(ev)
                .containsEntry("title", TITLE)
                .containsEntry("place", "Karachi, Sindh")
                .containsEntry("parties", "EVL;GOOD");
        Result sources = run("list", "sources", "--format", "csv", "--db", db.toString());
        assertThat(rows(sources.out()).get(0))
                .containsEntry("outlet", "Outlet, Inc.")
                .containsEntry("title", TITLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"parties", "deals", "claims", "events", "sources", "results"})
    void textFormatOfTheSmallDatasetWorks(String kind) throws IOException {
        Path db = spreadsheetDataset();
        Result r = run("list", kind, "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().split("\n").length).isGreaterThanOrEqualTo(2);
    }
}
