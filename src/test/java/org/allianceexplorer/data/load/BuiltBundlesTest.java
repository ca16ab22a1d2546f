package org.allianceexplorer.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.dump.Dumper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled datasets are built into SQLite by the build (issue 16: no CSV loading at start): the built file is
 * among the resources, a start opens a copy of it read-only, and it holds exactly what loading its CSV files
 * gives (the dumps of both are the same to the byte).
 */
class BuiltBundlesTest {

    @TempDir
    Path dir;

    static Stream<BundledDataset.Bundle> bundles() {
        return BundledDataset.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theBuildMadeEachBundlesDatabase(BundledDataset.Bundle b) throws IOException {
        try (InputStream in = BundledDataset.class.getResourceAsStream(BundledDataset.builtResource(b))) {
            assertThat(in)
                    .as("built by mvn process-classes: " + BundledDataset.builtResource(b))
                    .isNotNull();
            assertThat(in.readAllBytes()).hasSizeGreaterThan(100_000);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void aStartOpensACopyReadOnlyThatHoldsWhatTheCsvFilesGive(BundledDataset.Bundle b) throws Exception {
        Path fromCsv = dir.resolve("csv.sqlite");
        BundledDataset.build(b.files(), fromCsv);
        Path copy;
        Map<String, String> opened;
        try (Database db = BundledDataset.open(b)) {
            copy = db.path();
            assertThat(db.readOnly()).isTrue();
            assertThat(db.bundled()).isTrue();
            assertThat(db.displayName()).isEqualTo(b.name());
            opened = dump(db, dir.resolve("opened"));
        }
        try (Database db = Database.openReadOnly(fromCsv)) {
            assertThat(opened).isEqualTo(dump(db, dir.resolve("csv")));
        }
        assertThat(opened).containsKeys("parties.csv", "sources.csv");
        // each start has its own copy: the built file in the application is never the one opened
        try (Database again = BundledDataset.open(b)) {
            assertThat(again.path()).isNotEqualTo(copy);
        }
        assertThatThrownBy(() -> Database.openForEditing(copy)).hasMessageContaining("bundled");
    }

    private static Map<String, String> dump(Database db, Path out) throws Exception {
        Dumper.toFolder(db, out, false, s -> {});
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                files.put(out.relativize(p).toString(), HexFormat.of().formatHex(sha));
            }
        }
        return files;
    }
}
