package org.allianceexplorer.data.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Migrations;
import org.allianceexplorer.data.NewDatabase;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.data.dump.Dumper;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.io.ZipInput;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interchange format is lossless: dump a database, import the dump into a new database, dump that,
 * and the two folders are byte for byte the same and the two databases hold the same rows (ids aside).
 */
class RoundTripTest {

    @TempDir
    Path dir;

    static ImportReport importNew(Path from, Path out) throws IOException {
        return DatasetImport.toNewFile(from, out, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
    }

    static Dumper.Summary dump(Path db, Path out) throws IOException {
        try (Database d = Database.openReadOnly(db)) {
            return Dumper.toFolder(d, out, false, s -> {});
        }
    }

    /** Dump, import, dump: the folders are identical, the databases equal. Returns the first dump. */
    private Path roundTrip(Path original) throws Exception {
        Path first = dir.resolve("first");
        Path copy = dir.resolve("copy.sqlite");
        Path second = dir.resolve("second");
        Dumper.Summary s = dump(original, first);
        ImportReport r = importNew(first, copy);
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(s.total());
        dump(copy, second);
        assertThat(DatabaseContent.files(second))
                .as("dump of the import = the dump")
                .isEqualTo(DatabaseContent.files(first));
        Map<String, List<String>> a = DatabaseContent.of(original);
        Map<String, List<String>> b = DatabaseContent.of(copy);
        for (String table : DatabaseContent.TABLES) {
            assertThat(b.get(table)).as(table).containsExactlyElementsOf(a.get(table));
        }
        try (Database db = Database.openReadOnly(copy)) {
            assertThat(new Validator(db, 20).problems()).isEmpty();
        }
        return first;
    }

    @Test
    void theBundledDatasetRoundTrips() throws Exception {
        Path original = dir.resolve("bundled.sqlite");
        BundledDataset.build(DatasetFiles.bundled(), original);
        Path first = roundTrip(original);
        assertThat(DatabaseContent.files(first).keySet())
                .containsExactly(
                        "affiliations.csv",
                        "alliances.csv",
                        "assemblies.csv",
                        "candidacies.csv",
                        "claims.csv",
                        "constituencies.csv",
                        "deals.csv",
                        "elections.csv",
                        "events.csv",
                        "manifest.csv",
                        "memberships.csv",
                        "parties.csv",
                        "party_aliases.csv",
                        "party_results.csv",
                        "people.csv",
                        "relations.csv",
                        "seat_counts.csv",
                        "sources.csv");
        assertThat(first.resolve("manifest.csv"))
                .content(StandardCharsets.UTF_8)
                .contains("format,alliance-explorer-dataset\nformat_version,2.2\nname,");
        // what format 1 could not say is in the files: results, their citations and people, a deal's result row
        assertThat(Files.readAllLines(first.resolve("candidacies.csv"))).hasSize(5113);
        assertThat(first.resolve("deals.csv"))
                .content(StandardCharsets.UTF_8)
                .contains("pk2024-na240-anp-mqmp,pk-2024,NA-240,NA,ANP,MQM-P,Arshad Abdullah Vohra,"
                        + "pk-2024/NA-240/Arshad Abdullah Vohra,");
        assertThat(first.resolve("claims.csv"))
                .content(StandardCharsets.UTF_8)
                .contains(
                        "pk2024-ps88-mqmp-anp/2024-02-04/reported,pk2024-ps88-mqmp-anp,2024-02-04,reported,fc-nation-2024-02-05,");
    }

    @Test
    void aGeneratedDatabaseRoundTrips() throws Exception {
        Path original = dir.resolve("generated.sqlite");
        SyntheticDatabase.generate(original, new SyntheticDatabase.Size(50, 2_000), 7);
        Path first = roundTrip(original);
        assertThat(Files.readAllLines(first.resolve("deals.csv"))).hasSize(2_001);
        assertThat(first.resolve("manifest.csv"))
                .content(StandardCharsets.UTF_8)
                .contains("name,\"Synthetic dataset (50 parties, 2000 deals, seed 7)\"");
    }

    @Test
    void aZipRoundTripsLikeAFolder() throws Exception {
        Path original = dir.resolve("generated.sqlite");
        SyntheticDatabase.generate(original, new SyntheticDatabase.Size(20, 300), 3);
        Path zip = dir.resolve("dump.zip");
        try (Database d = Database.openReadOnly(original)) {
            Dumper.toZip(d, zip, s -> {});
        }
        Path copy = dir.resolve("copy.sqlite");
        assertThat(importNew(zip, copy).problems()).isEmpty();
        assertThat(DatabaseContent.of(copy)).isEqualTo(DatabaseContent.of(original));
        Path zip2 = dir.resolve("dump2.zip");
        try (Database d = Database.openReadOnly(copy)) {
            Dumper.toZip(d, zip2, s -> {});
        }
        assertThat(DatabaseContent.sha256(zip2))
                .as("the same database gives the same archive")
                .isEqualTo(DatabaseContent.sha256(zip));
    }

    @Test
    void anEmptyNamedDatabaseRoundTrips() throws Exception {
        Path original = dir.resolve("new.sqlite");
        NewDatabase.create(original, "My dataset, with a comma");
        Path first = roundTrip(original);
        assertThat(first.resolve("manifest.csv"))
                .content(StandardCharsets.UTF_8)
                .endsWith("name,\"My dataset, with a comma\"\n");
        assertThat(Files.readAllLines(first.resolve("deals.csv")))
                .containsExactly(String.join(",", DatasetFormat.File.DEALS.columns()));
    }

    /** Text that looks like a formula or SQL, quotes, line breaks, padding, empty text: stored as it is. */
    @Test
    void hostileTextIsStoredVerbatimAndProtectedOnlyInTheFiles() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(
                in.resolve("manifest.csv"),
                "key,value\nformat,alliance-explorer-dataset\nformat_version,2.0\n" + "name,'=1+1\n");
        Files.writeString(
                in.resolve("sources.csv"),
                "id,outlet,title,url,published,retrieved,snippet\n"
                        + "s1,\"'; DROP TABLE party; --\",'=cmd|' /C calc'!A0,,2024,,\"\"\n"
                        + "'-x,Outlet,\"He said \"\"no\"\"\nthen left\",,2024,,\"  padded  \"\n");
        Files.writeString(
                in.resolve("parties.csv"),
                "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,"
                        + "country,sources\n'@P,''=not a formula,,,,,,PAK,s1;-x\n");
        Path db = dir.resolve("hostile.sqlite");
        assertThat(importNew(in, db).problems()).isEmpty();
        try (Database d = Database.openReadOnly(db);
                Statement st = d.connection().createStatement()) {
            var rs = st.executeQuery("SELECT code, outlet, title, snippet FROM source ORDER BY id");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("s1");
            assertThat(rs.getString(2)).isEqualTo("'; DROP TABLE party; --");
            assertThat(rs.getString(3)).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(rs.getString(4)).as("an empty text, not nothing").isEqualTo("");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("-x");
            assertThat(rs.getString(3)).isEqualTo("He said \"no\"\nthen left");
            assertThat(rs.getString(4)).isEqualTo("  padded  ");
            rs = st.executeQuery("SELECT abbreviation, name FROM party");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("@P");
            assertThat(rs.getString(2)).isEqualTo("'=not a formula");
            rs = st.executeQuery("SELECT count(*) FROM citation");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            rs = st.executeQuery("SELECT value FROM meta WHERE key = 'name'");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("=1+1");
        }
        Path first = roundTrip(db);
        String sources = Files.readString(first.resolve("sources.csv"));
        assertThat(sources)
                .contains(",'=cmd|' /C calc'!A0,")
                .contains("\n'-x,")
                .doesNotContain(",=")
                .doesNotContain("\n-");
        assertThat(Files.readString(first.resolve("parties.csv"))).contains("'@P,''=not a formula,");
    }

    /** The format-1 folder (no manifest) reads as it always did, and as format 2 reads the same files. */
    @Test
    void theDataFolderWithoutItsManifestGivesTheSameDatabase() throws Exception {
        Path legacy = dir.resolve("legacy");
        Path data = Path.of("data");
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.toList()) {
                Path to = legacy.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals(DatasetFormat.MANIFEST)) {
                    Files.copy(p, to);
                }
            }
        }
        Path v1 = dir.resolve("v1.sqlite");
        ImportReport r = importNew(legacy, v1);
        assertThat(r.problems()).isEmpty();
        assertThat(r.version()).isEqualTo(DatasetFormat.LEGACY);
        Path v2 = dir.resolve("v2.sqlite");
        assertThat(importNew(data, v2).version()).isEqualTo(DatasetFormat.CURRENT);
        Map<String, List<String>> a = DatabaseContent.of(v1);
        Map<String, List<String>> b = DatabaseContent.of(v2);
        for (String table : DatabaseContent.TABLES) {
            if (!table.equals("meta")) {
                assertThat(a.get(table)).as(table).containsExactlyElementsOf(b.get(table));
            }
        }
        assertThat(a.get("meta")).containsExactly("key=String:name | value=String:legacy | ");
    }

    /** A database made before schema 2 has records without keys: the dump derives them, stably. */
    @Test
    void aVersionOneDatabaseDumpsWithDerivedKeys() throws Exception {
        Path old = dir.resolve("old.sqlite");
        String v1;
        try (var in = Migrations.class.getResourceAsStream("migrations/V001__core.sql")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old);
                Statement st = c.createStatement()) {
            Migrations.of(List.of(v1)).migrate(c, 0);
            st.executeUpdate("INSERT INTO source (code, outlet, title) VALUES ('s', 'O', 'T')");
            st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('A', 'Alpha'), ('B', 'Beta')");
            st.executeUpdate("INSERT INTO election (code, name) VALUES ('e', 'E')");
            st.executeUpdate("INSERT INTO assembly (code, name) VALUES ('NA', 'N')");
            st.executeUpdate("INSERT INTO constituency (code, assembly_id) VALUES ('NA-1', 1)");
            st.executeUpdate(
                    "INSERT INTO seat_deal (election_id, constituency_id, giver_id, receiver_id) VALUES (1, 1, 1, 2)");
            st.executeUpdate(
                    "INSERT INTO deal_claim (deal_id, date, status, source_id) VALUES (1, '2024', 'reported', 1),"
                            + " (1, '2024', 'reported', 1)");
            st.executeUpdate("INSERT INTO party_relation (party_a, party_b, kind) VALUES (1, 2, 'rivalry')");
            for (String kind :
                    new String[] {"party", "election", "assembly", "constituency", "seat_deal", "party_relation"}) {
                st.executeUpdate("INSERT INTO citation SELECT '" + kind + "', id, 1 FROM " + kind);
            }
        }
        Path migrated = dir.resolve("migrated.sqlite");
        Database.migrateCopy(old, migrated);
        Path first = dir.resolve("first");
        dump(migrated, first);
        assertThat(Files.readAllLines(first.resolve("deals.csv")))
                .element(1)
                .asString()
                .startsWith("e/NA-1/A/B,");
        assertThat(Files.readAllLines(first.resolve("claims.csv")))
                .containsExactly(
                        "key,deal,date,status,source,note",
                        "e/NA-1/A/B/2024/reported,e/NA-1/A/B,2024,reported,s,",
                        "e/NA-1/A/B/2024/reported#2,e/NA-1/A/B,2024,reported,s,");
        assertThat(Files.readAllLines(first.resolve("relations.csv")))
                .element(1)
                .asString()
                .startsWith("A/B/rivalry,");
        Path copy = dir.resolve("copy.sqlite");
        assertThat(importNew(first, copy).problems()).isEmpty();
        Path second = dir.resolve("second");
        dump(copy, second);
        assertThat(DatabaseContent.files(second)).isEqualTo(DatabaseContent.files(first));
    }

    /** Records that cite nothing round-trip too, when the import is told to take them. */
    @Test
    void unsourcedRecordsRoundTripWhenAllowed() throws Exception {
        Path original = dir.resolve("unsourced.sqlite");
        NewDatabase.create(original, "unsourced");
        exec(original, "INSERT INTO party (abbreviation, name) VALUES ('NOSRC', 'No source')");
        Path first = dir.resolve("first");
        dump(original, first);
        Path refused = dir.resolve("refused.sqlite");
        Throwable t = Assertions.catchThrowable(() -> importNew(first, refused));
        assertThat(t).isInstanceOf(ImportException.class).hasMessageContaining("cites no source");
        assertThat(refused).doesNotExist();
        Path copy = dir.resolve("copy.sqlite");
        DatasetImport.toNewFile(
                first, copy, Importer.Settings.DEFAULT.allowingUnsourced(), ZipInput.Limits.DEFAULT, s -> {});
        assertThat(DatabaseContent.of(copy)).isEqualTo(DatabaseContent.of(original));
    }

    static void exec(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
