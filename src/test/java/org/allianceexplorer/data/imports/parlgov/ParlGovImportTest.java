package org.allianceexplorer.data.imports.parlgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.data.imports.ImportException;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.ImportReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import-parlgov end to end on ParlGov's tables for the Netherlands, Germany, the United Kingdom and New
 * Zealand ({@code src/test/resources/parlgov}, CC0): what the database holds is checked against the CSV files
 * themselves, read here with another CSV reader.
 */
class ParlGovImportTest {

    static final List<String> COUNTRIES = List.of("NLD", "DEU", "GBR", "NZL");

    @TempDir
    static Path shared;

    static Path folder;
    static Path db;
    static ImportReport report;

    @BeforeAll
    static void importOnce() throws Exception {
        folder = resources();
        db = shared.resolve("four.sqlite");
        report = ParlGovImport.toNewFile(folder, db, new ParlGovImport.Options(COUNTRIES, null), s -> {});
    }

    static Path resources() throws URISyntaxException {
        return Path.of(ParlGovImportTest.class.getResource("/parlgov/party.csv").toURI())
                .getParent();
    }

    // --- the CSV, read independently -------------------------------------------------------------------

    static List<Map<String, String>> csv(String name) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(resources().resolve(name), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                out.add(rec.toMap());
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static String countryId(String iso3) throws IOException {
        return csv("country.csv").stream()
                .filter(c -> c.get("name_short").equals(iso3))
                .findFirst()
                .orElseThrow()
                .get("id");
    }

    static Set<String> parliamentElections(String iso3) throws IOException {
        String id = countryId(iso3);
        Set<String> out = new HashSet<>();
        for (Map<String, String> e : csv("election.csv")) {
            if (e.get("country_id").equals(id) && e.get("type_id").equals("13")) {
                out.add(e.get("id"));
            }
        }
        return out;
    }

    // --- the database ------------------------------------------------------------------------------------

    static List<List<String>> query(String sql, Object... args) throws SQLException {
        try (Database d = Database.openReadOnly(db)) {
            Connection c = d.connection();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<List<String>> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
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
        }
    }

    static long count(String sql, Object... args) throws SQLException {
        return Long.parseLong(query(sql, args).get(0).get(0));
    }

    /** Our abbreviation of the ParlGov party {@code id} (kept as the alias parlgov:ID). */
    static String party(String parlgovId) throws SQLException {
        return query(
                        "SELECT p.abbreviation FROM party_alias a JOIN party p ON p.id = a.party_id WHERE a.label = ?",
                        "parlgov:" + parlgovId)
                .get(0)
                .get(0);
    }

    // --- tests -------------------------------------------------------------------------------------------

    @Test
    void partiesElectionsAndResultsOfEachCountryAreAllThere() throws Exception {
        Map<String, List<Long>> counts = new TreeMap<>();
        for (String iso3 : COUNTRIES) {
            String id = countryId(iso3);
            long parties = csv("party.csv").stream()
                    .filter(p -> p.get("country_id").equals(id))
                    .count();
            Set<String> elections = parliamentElections(iso3);
            long results = csv("election_result.csv").stream()
                    .filter(r -> elections.contains(r.get("election_id")))
                    .count();
            assertThat(count("SELECT count(*) FROM party WHERE country = ?", iso3))
                    .as(iso3 + " parties")
                    .isEqualTo(parties);
            assertThat(count("SELECT count(*) FROM election WHERE country = ?", iso3))
                    .as(iso3 + " elections")
                    .isEqualTo(elections.size());
            assertThat(count(
                            "SELECT count(*) FROM party_result r JOIN election e ON e.id = r.election_id"
                                    + " WHERE e.country = ?",
                            iso3))
                    .as(iso3 + " results")
                    .isEqualTo(results);
            counts.put(iso3, List.of(parties, (long) elections.size(), results));
        }
        // the numbers of ParlGov 2023-11-04 (README): parties, parliament elections, results
        assertThat(counts)
                .containsEntry("DEU", List.of(59L, 29L, 298L))
                .containsEntry("GBR", List.of(48L, 28L, 273L))
                .containsEntry("NLD", List.of(53L, 29L, 337L))
                .containsEntry("NZL", List.of(33L, 39L, 199L));
        assertThat(count("SELECT count(*) FROM election WHERE country NOT IN ('NLD', 'DEU', 'GBR', 'NZL')"))
                .as("no other country's elections")
                .isZero();
    }

    @Test
    void theSeatsOfTheGermanElectionOf2021AreThoseOfTheFile() throws Exception {
        String election = query("SELECT code FROM election WHERE country = 'DEU' AND polling_day = '2021-09-26'")
                .get(0)
                .get(0);
        String electionId = election.substring("parlgov-election-".length());
        assertThat(query("SELECT name, country FROM election WHERE code = ?", election))
                .containsExactly(List.of("Germany parliamentary election 2021", "DEU"));
        Map<String, String> fromFile = new TreeMap<>();
        for (Map<String, String> r : csv("election_result.csv")) {
            if (r.get("election_id").equals(electionId)) {
                fromFile.put(
                        party(r.get("party_id")), r.get("seats") + "|" + r.get("votes") + "|" + r.get("vote_share"));
            }
        }
        Map<String, String> inDb = new TreeMap<>();
        for (List<String> row : query(
                "SELECT p.abbreviation, r.seats, r.votes, r.vote_share FROM party_result r JOIN party p"
                        + " ON p.id = r.party_id JOIN election e ON e.id = r.election_id WHERE e.code = ?",
                election)) {
            String share = row.get(3) == null
                    ? ""
                    : new java.math.BigDecimal(row.get(3)).stripTrailingZeros().toPlainString();
            inDb.put(
                    row.get(0),
                    (row.get(1) == null ? "" : row.get(1)) + "|" + (row.get(2) == null ? "" : row.get(2)) + "|"
                            + share);
        }
        Map<String, String> fileNormalised = new TreeMap<>();
        fromFile.forEach((k, v) -> {
            String[] p = v.split("\\|", -1);
            String share = p[2].isEmpty()
                    ? ""
                    : new java.math.BigDecimal(p[2]).stripTrailingZeros().toPlainString();
            fileNormalised.put(k, p[0] + "|" + p[1] + "|" + share);
        });
        assertThat(inDb).isEqualTo(fileNormalised).hasSize(13);
        // and by hand: the SPD's 206 seats, the Greens' 118, the Union's seats coded at its two members
        assertThat(inDb.get(party("558"))).isEqualTo("206|11955434|25.74");
        assertThat(inDb.get(party("772"))).isEqualTo("118|6852206|14.75");
        assertThat(inDb.get(party("1727"))).isEqualTo("||");
        assertThat(inDb.get(party("808"))).startsWith("152|");
        assertThat(inDb.get(party("1180"))).startsWith("45|");
        assertThat(count(
                        "SELECT sum(seats) FROM party_result r JOIN election e ON e.id = r.election_id WHERE e.code = ?",
                        election))
                .as("the Bundestag of 2021: 736 seats")
                .isEqualTo(736);
    }

    @Test
    void theUnionIsAnElectoralAllianceOfCduAndCsuAtEachElection() throws Exception {
        List<List<String>> rows =
                query("SELECT a.kind, a.from_date, a.to_date, p.abbreviation, m.from_date, m.to_date, a.abbreviation"
                        + " FROM alliance a JOIN membership m ON m.alliance_id = a.id JOIN party p ON p.id = m.party_id"
                        + " WHERE a.code = 'parlgov-alliance-10725' ORDER BY p.abbreviation");
        assertThat(rows)
                .containsExactlyInAnyOrder(
                        List.of(
                                "electoral_alliance",
                                "2021-09-26",
                                "2021-09-26",
                                party("808"),
                                "2021-09-26",
                                "2021-09-26",
                                party("1727")),
                        List.of(
                                "electoral_alliance",
                                "2021-09-26",
                                "2021-09-26",
                                party("1180"),
                                "2021-09-26",
                                "2021-09-26",
                                party("1727")));
        // one alliance per election at which rows name it, with a member per such row
        Set<String> elections = new HashSet<>();
        for (String iso3 : COUNTRIES) {
            elections.addAll(parliamentElections(iso3));
        }
        long inFile = csv("election_result.csv").stream()
                .filter(r -> elections.contains(r.get("election_id"))
                        && !r.get("alliance_id").isEmpty())
                .map(r -> r.get("alliance_id"))
                .distinct()
                .count();
        assertThat(count("SELECT count(*) FROM alliance WHERE kind = 'electoral_alliance'"))
                .isEqualTo(inFile);
        assertThat(query(
                                "SELECT count(*) FROM alliance a JOIN citation c ON c.record_kind = 'alliance' AND c.record_id = a.id"
                                        + " JOIN source s ON s.id = c.source_id WHERE s.code = 'parlgov'")
                        .get(0)
                        .get(0))
                .isEqualTo(String.valueOf(count("SELECT count(*) FROM alliance")));
    }

    @Test
    void aCoalitionCabinetIsAGoverningCoalitionUntilTheNextCabinet() throws Exception {
        // Merkel IV (ParlGov cabinet 1528, from 2018-03-14) was followed by Scholz (1661, from 2021-12-08)
        List<List<String>> rows =
                query("SELECT a.name, a.kind, a.from_date, a.to_date, p.abbreviation, m.role, m.from_date, m.to_date"
                        + " FROM alliance a JOIN membership m ON m.alliance_id = a.id JOIN party p ON p.id = m.party_id"
                        + " WHERE a.code = 'parlgov-cabinet-1528'");
        assertThat(rows)
                .containsExactlyInAnyOrder(
                        List.of(
                                "Cabinet Merkel V (DEU)",
                                "governing_coalition",
                                "2018-03-14",
                                "2021-12-08",
                                party("1727"),
                                "prime minister's party",
                                "2018-03-14",
                                "2021-12-08"),
                        List.of(
                                "Cabinet Merkel V (DEU)",
                                "governing_coalition",
                                "2018-03-14",
                                "2021-12-08",
                                party("558"),
                                "member",
                                "2018-03-14",
                                "2021-12-08"));
        List<List<String>> scholz =
                query("SELECT a.to_date, group_concat(m.role || ':' || p.abbreviation, ',') FROM alliance a"
                        + " JOIN membership m ON m.alliance_id = a.id JOIN party p ON p.id = m.party_id"
                        + " WHERE a.code = 'parlgov-cabinet-1661' GROUP BY a.id");
        assertThat(scholz.get(0).get(0)).as("the latest cabinet still holds").isNull();
        assertThat(scholz.get(0).get(1).split(","))
                .containsExactlyInAnyOrder(
                        "prime minister's party:" + party("558"), "member:" + party("543"), "member:" + party("772"));
        // a single-party cabinet is no coalition
        assertThat(count("SELECT count(*) FROM alliance WHERE kind = 'governing_coalition'"))
                .isEqualTo(coalitionsInFile());
    }

    private static long coalitionsInFile() throws IOException {
        Map<String, Set<String>> parties = new HashMap<>();
        for (Map<String, String> cp : csv("cabinet_party.csv")) {
            parties.computeIfAbsent(cp.get("cabinet_id"), k -> new HashSet<>()).add(cp.get("party_id"));
        }
        return parties.values().stream().filter(s -> s.size() > 1).count();
    }

    /** The ParlGov id of the party of {@code iso3} with the short name {@code shortName}, from party.csv. */
    static String parlgovId(String iso3, String shortName) throws IOException {
        String country = countryId(iso3);
        return csv("party.csv").stream()
                .filter(p -> p.get("country_id").equals(country)
                        && p.get("name_short").equals(shortName))
                .findFirst()
                .orElseThrow()
                .get("id");
    }

    static List<List<String>> relations(String party) throws SQLException {
        return query(
                "SELECT a.abbreviation, b.abbreviation, r.kind, r.from_date FROM party_relation r"
                        + " JOIN party a ON a.id = r.party_a JOIN party b ON b.id = r.party_b"
                        + " WHERE a.abbreviation = ? OR b.abbreviation = ? ORDER BY r.from_date, a.abbreviation",
                party,
                party);
    }

    @Test
    void lineageSplitsAndMergersFollowTheNextElection() throws Exception {
        // 1980: KVP, ARP and CHU merged into the CDA (none of them stood in 1981)
        String cda = party(parlgovId("NLD", "CDA"));
        assertThat(relations(cda))
                .containsExactlyInAnyOrder(
                        List.of(party(parlgovId("NLD", "ARP")), cda, "merger", "1980-10-11"),
                        List.of(party(parlgovId("NLD", "CHU")), cda, "merger", "1980-10-11"),
                        List.of(party(parlgovId("NLD", "KVP")), cda, "merger", "1980-10-11"));
        // 1970: DS'70 split from the PvdA, which stood again in 1971
        String ds70 = party(parlgovId("NLD", "DS70"));
        assertThat(relations(ds70))
                .containsExactly(List.of(ds70, party(parlgovId("NLD", "PvdA")), "split", "1970-04-04"));
        // New Zealand's Greens joined the Alliance in 1991 (and did not stand in 1993), and left it in 1997
        String greens = party(parlgovId("NZL", "Greens"));
        String alliance = party(parlgovId("NZL", "A"));
        assertThat(relations(greens))
                .filteredOn(r -> r.contains(alliance))
                .containsExactly(
                        List.of(greens, alliance, "merger", "1991-12-01"),
                        List.of(greens, alliance, "split", "1997-11-23"));
        // the same change listed once per defecting politician is one relation
        String denk = party(parlgovId("NLD", "DENK"));
        assertThat(relations(denk)).hasSize(1);
    }

    @Test
    void abbreviationsAreUniqueAndKeepTheParlGovId() throws Exception {
        assertThat(count("SELECT count(*) FROM party_alias WHERE label LIKE 'parlgov:%'"))
                .isEqualTo(count("SELECT count(*) FROM party"));
        // "CDU" is a German party and a Dutch one (1926-1946): each gets its country; PvdA, which no other has, stays
        assertThat(party(parlgovId("DEU", "CDU"))).isEqualTo("CDU-DEU");
        assertThat(party(parlgovId("NLD", "CDU"))).isEqualTo("CDU-NLD");
        assertThat(party(parlgovId("NLD", "PvdA"))).isEqualTo("PvdA");
        assertThat(party("558")).isIn("SPD", "SPD-DEU");
        assertThat(query("SELECT abbreviation FROM party WHERE abbreviation = 'PvdA'"))
                .hasSize(1);
        // the Party Facts ids of the mapping (found beside the tables)
        String pf = csv("partyfacts-parlgov-ids.csv").stream()
                .filter(r -> r.get("parlgov_id").equals("558"))
                .findFirst()
                .orElseThrow()
                .get("partyfacts_id");
        assertThat(query("SELECT partyfacts_id FROM party WHERE abbreviation = ?", party("558"))
                        .get(0)
                        .get(0))
                .isEqualTo(pf);
    }

    @Test
    void everyRecordCitesParlGovAndTheDatabasePassesCheck() throws Exception {
        try (Database d = Database.openReadOnly(db)) {
            assertThat(new Validator(d, 100).problems()).isEmpty();
        }
        List<List<String>> sources = query("SELECT code, outlet, published, snippet FROM source ORDER BY code");
        assertThat(sources).extracting(r -> r.get(0)).containsExactly("parlgov", "partyfacts");
        String snippet = sources.get(0).get(3);
        String source = Files.readString(folder.resolve("SOURCE.txt")).replaceAll("\\s+", " ");
        assertThat(source).as("the snippet is SOURCE.txt's citation, verbatim").contains(snippet);
        assertThat(sources.get(0)).containsSubsequence("ParlGov", "2023-11-04");
        assertThat(
                        count(
                                "SELECT count(*) FROM citation c JOIN source s ON s.id = c.source_id WHERE s.code = 'partyfacts'"))
                .isEqualTo(count("SELECT count(*) FROM party WHERE partyfacts_id IS NOT NULL"))
                .isPositive();
    }

    // --- bad input ---------------------------------------------------------------------------------------

    /** A copy of the test tables, changed by {@code edit}. */
    private static Path copy(Path dir, Consumer<Path> edit) throws Exception {
        Path to = dir.resolve("parlgov");
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(resources())) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        edit.accept(to);
        return to;
    }

    private static void replace(Path file, String from, String to) {
        try {
            String s = Files.readString(file);
            assertThat(s).contains(from);
            Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badRowsAndAMissingTableAreAllNamedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path bad = copy(dir, f -> {
            // the SPD's votes in 2021, and a cabinet's date
            replace(
                    f.resolve("election_result.csv"),
                    "10718,1096,558,,206,25.74,11955434",
                    "10718,1096,558,,206,25.74,11955434x");
            replace(f.resolve("cabinet.csv"), ",2021-12-08,Scholz,", ",2021-13-08,Scholz,");
            try {
                Files.delete(f.resolve("party_change.csv"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path out = dir.resolve("out.sqlite");
        assertThatThrownBy(() ->
                        ParlGovImport.toNewFile(bad, out, new ParlGovImport.Options(List.of("DEU"), null), s -> {}))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    List<String> problems = e.report().problems().stream()
                            .map(ImportProblem::toString)
                            .toList();
                    assertThat(problems).hasSize(3);
                    assertThat(problems.get(0))
                            .startsWith("election_result.csv line ")
                            .contains("column G (votes): not a whole number: '11955434x'");
                    assertThat(problems.get(1))
                            .startsWith("cabinet.csv line ")
                            .contains("column C (start_date): not a date");
                    assertThat(problems.get(2)).startsWith("party_change.csv: missing");
                });
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("parlgov");
        }
    }

    @Test
    void anUnknownCountryIsRefused(@TempDir Path dir) {
        Path out = dir.resolve("out.sqlite");
        assertThatThrownBy(() ->
                        ParlGovImport.toNewFile(folder, out, new ParlGovImport.Options(List.of("XYZ"), null), s -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no country XYZ")
                .hasMessageContaining("NLD");
        assertThat(out).doesNotExist();
    }

    @Test
    void anExistingFileIsNeverOverwritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("mine.sqlite");
        Files.writeString(out, "mine");
        assertThatThrownBy(() ->
                        ParlGovImport.toNewFile(folder, out, new ParlGovImport.Options(List.of("NLD"), null), s -> {}))
                .hasMessageContaining("already exists");
        assertThat(out).hasContent("mine");
    }

    @Test
    void theReportCountsWhatWasAdded() {
        assertThat(report.ok()).isTrue();
        assertThat(report.added()).isPositive();
    }
}
