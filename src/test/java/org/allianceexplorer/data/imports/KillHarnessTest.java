package org.allianceexplorer.data.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.testing.ChildJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills import and dump (kill -9: {@code destroyForcibly}) at random moments in a child JVM, and checks the
 * target every time: unchanged (absent for a new file or folder; the same bytes for {@code --into}) or
 * wholly written (equal to an uninterrupted run), and never a damaged file: what is there opens and
 * passes {@code check}.
 *
 * <p>The delays are spread over the whole run (JVM start, reading, writing, moving into place): run i of
 * n is killed at a random moment in the i-th n-th of 1.3 times an uninterrupted run's duration (runs vary). Runs:
 * {@code -Dkill.runs=N} (default 10 per command).
 */
class KillHarnessTest {

    @TempDir
    static Path dir;

    private static Path dataset;
    private static Path base;
    private static final int RUNS = Integer.getInteger("kill.runs", 10);
    private static final Random RANDOM = new Random(Long.getLong("kill.seed", 11));

    @BeforeAll
    static void inputs() throws Exception {
        Path generated = dir.resolve("generated.sqlite");
        SyntheticDatabase.generate(generated, new SyntheticDatabase.Size(60, 8_000), 9);
        dataset = dir.resolve("dataset");
        RoundTripTest.dump(generated, dataset);
        // the database imported into: the bundled one, whose assemblies NA and PS the dataset updates
        base = dir.resolve("base.sqlite");
        BundledDataset.build(DatasetFiles.bundled(), base);
    }

    /** A child JVM running the command line with the test class path. */
    private static Process start(Path workdir, String... args) throws IOException {
        return startMain(workdir, "org.allianceexplorer.Launcher", args);
    }

    /** A child JVM running {@code main} with the test class path. */
    private static Process startMain(Path workdir, String main, String... args) throws IOException {
        return new ProcessBuilder(ChildJvm.command(main, args))
                .directory(workdir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workdir.resolve("child.log").toFile())
                .start();
    }

    /** Runs to the end; returns the wall time in ms. */
    private static long complete(Path workdir, String... args) throws Exception {
        return completeMain(workdir, "org.allianceexplorer.Launcher", args);
    }

    private static long completeMain(Path workdir, String main, String... args) throws Exception {
        long t0 = System.nanoTime();
        Process p = startMain(workdir, main, args);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(Files.readString(workdir.resolve("child.log")))
                .isZero();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Starts the command and kills it after {@code delayMs}; true when it was still running. */
    private static boolean killAfter(long delayMs, Path workdir, String... args) throws Exception {
        return killMainAfter(delayMs, workdir, "org.allianceexplorer.Launcher", args);
    }

    private static boolean killMainAfter(long delayMs, Path workdir, String main, String... args) throws Exception {
        Process p = startMain(workdir, main, args);
        boolean ended = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
        if (!ended) {
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return !ended;
    }

    private static void log(String what, int run, long delay, long duration, String outcome) {
        System.out.printf(
                Locale.ROOT,
                "kill harness: %s run %d killed at %d of %d ms: %s%n",
                what,
                run,
                delay,
                duration,
                outcome);
    }

    private static long delay(int run, long durationMs) {
        double slot = 1.3 * durationMs / RUNS;
        return (long) (slot * run + RANDOM.nextDouble() * slot);
    }

    private static void assertWholeDatabase(Path file, Map<String, List<String>> expected) throws Exception {
        try (Database db = Database.openReadOnly(file)) {
            assertThat(new Validator(db, 5).problems())
                    .as("a complete file passes check")
                    .isEmpty();
        }
        assertThat(withoutTimes(DatabaseContent.of(file))).isEqualTo(withoutTimes(expected));
    }

    /** The content with the history's times left out: an import into a file is recorded when it ran. */
    private static Map<String, List<String>> withoutTimes(Map<String, List<String>> content) {
        Map<String, List<String>> out = new TreeMap<>(content);
        for (String t : List.of("edit", "history")) {
            out.put(
                    t,
                    content.get(t).stream()
                            .map(row -> row.replaceAll("time=String:[0-9T:Z-]+ ", "time=(when it ran) ")
                                    // a history row names its edit by the edit's time and label
                                    .replaceAll("edit_id=->[0-9T:Z-]+ ", "edit_id=->(when it ran) "))
                            .toList());
        }
        return out;
    }

    private static Path fresh(String name) throws IOException {
        Path p = dir.resolve(name);
        if (Files.exists(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
        return Files.createDirectories(p);
    }

    @Test
    void importToANewFileIsAbsentOrWhole() throws Exception {
        Path ref = fresh("out-ref");
        long duration = complete(ref, "import", "--from", dataset.toString(), "--out", "db.sqlite");
        Map<String, List<String>> expected = DatabaseContent.of(ref.resolve("db.sqlite"));
        int interrupted = 0;
        for (int i = 0; i < RUNS; i++) {
            Path w = fresh("out-" + i);
            long d = delay(i, duration);
            boolean killed = killAfter(d, w, "import", "--from", dataset.toString(), "--out", "db.sqlite");
            Path target = w.resolve("db.sqlite");
            log("import --out", i, d, duration, Files.exists(target) ? "whole" : "absent");
            if (Files.exists(target)) {
                assertWholeDatabase(target, expected);
            } else {
                assertThat(killed)
                        .as("run %d (%d ms): a run that ended wrote its file", i, d)
                        .isTrue();
                interrupted++;
            }
        }
        assertThat(interrupted)
                .as("some kills fell inside the run (uninterrupted run: %d ms)", duration)
                .isPositive();
    }

    @Test
    void importIntoAFileLeavesItsBytesOrIsWhole() throws Exception {
        Path ref = fresh("into-ref");
        Files.copy(base, ref.resolve("db.sqlite"));
        long duration = complete(ref, "import", "--from", dataset.toString(), "--into", "db.sqlite", "--update");
        Map<String, List<String>> expected = DatabaseContent.of(ref.resolve("db.sqlite"));
        String before = DatabaseContent.sha256(base);
        int unchanged = 0;
        for (int i = 0; i < RUNS; i++) {
            Path w = fresh("into-" + i);
            Path target = w.resolve("db.sqlite");
            Files.copy(base, target, StandardCopyOption.COPY_ATTRIBUTES);
            long d = delay(i, duration);
            boolean killed = killAfter(d, w, "import", "--from", dataset.toString(), "--into", "db.sqlite", "--update");
            log("import --into", i, d, duration, DatabaseContent.sha256(target).equals(before) ? "unchanged" : "whole");
            if (DatabaseContent.sha256(target).equals(before)) {
                assertThat(killed)
                        .as("run %d (%d ms): a run that ended changed the file", i, d)
                        .isTrue();
                unchanged++;
                try (Database db = Database.openReadOnly(target)) {
                    assertThat(new Validator(db, 5).problems()).isEmpty();
                }
            } else {
                assertWholeDatabase(target, expected);
            }
            assertThat(Files.exists(w.resolve("db.sqlite-journal")))
                    .as("no hot journal beside the file")
                    .isFalse();
        }
        assertThat(unchanged)
                .as("some kills fell inside the run (uninterrupted run: %d ms)", duration)
                .isPositive();
    }

    /**
     * The window's import into a file open for editing: one transaction on the live file in WAL mode, not a copy.
     * Killed at any moment, the file opened afterwards (SQLite rolls its WAL back or forward) is intact and holds
     * either what it held before or the whole import with its history.
     */
    @Test
    void importIntoAFileOpenForEditingLeavesItAsItWasOrWhole() throws Exception {
        String child = LiveImportChild.class.getName();
        Path ref = fresh("live-ref");
        Files.copy(base, ref.resolve("db.sqlite"));
        long duration = completeMain(ref, child, ref.resolve("db.sqlite").toString(), dataset.toString());
        recovered(ref.resolve("db.sqlite"));
        Map<String, List<String>> expected = DatabaseContent.of(ref.resolve("db.sqlite"));
        Map<String, List<String>> before = DatabaseContent.of(base);
        int asItWas = 0;
        for (int i = 0; i < RUNS; i++) {
            Path w = fresh("live-" + i);
            Path target = w.resolve("db.sqlite");
            Files.copy(base, target);
            long d = delay(i, duration);
            boolean killed = killMainAfter(d, w, child, target.toString(), dataset.toString());
            recovered(target);
            boolean unchanged = DatabaseContent.of(target).equals(before);
            log("import into a file open for editing", i, d, duration, unchanged ? "as it was" : "whole");
            if (unchanged) {
                assertThat(killed)
                        .as("run %d (%d ms): a run that ended changed the file", i, d)
                        .isTrue();
                asItWas++;
            } else {
                assertWholeDatabase(target, expected);
            }
        }
        assertThat(asItWas)
                .as("some kills fell inside the run (uninterrupted run: %d ms)", duration)
                .isPositive();
    }

    /** The file opened as SQLite opens it after a crash (its WAL rolled back or forward): intact, its links whole. */
    private static void recovered(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).as(file.toString()).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as("%s: no dangling link", file).isFalse();
            }
        }
    }

    @Test
    void dumpIsAbsentOrWhole() throws Exception {
        Path db = dir.resolve("dump-source.sqlite");
        if (!Files.exists(db)) {
            RoundTripTest.importNew(dataset, db);
        }
        Path ref = fresh("dump-ref");
        long duration = complete(ref, "dump", "--db", db.toString(), "--out", "out");
        Map<String, String> expected = DatabaseContent.files(ref.resolve("out"));
        int absent = 0;
        for (int i = 0; i < RUNS; i++) {
            Path w = fresh("dump-" + i);
            long d = delay(i, duration);
            boolean killed = killAfter(d, w, "dump", "--db", db.toString(), "--out", "out");
            log("dump", i, d, duration, Files.exists(w.resolve("out")) ? "whole" : "absent");
            if (Files.exists(w.resolve("out"))) {
                assertThat(DatabaseContent.files(w.resolve("out"))).isEqualTo(expected);
            } else {
                assertThat(killed).isTrue();
                absent++;
            }
        }
        assertThat(absent)
                .as("some kills fell inside the run (uninterrupted run: %d ms)", duration)
                .isPositive();
    }
}
