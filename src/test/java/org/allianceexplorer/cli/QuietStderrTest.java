package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.allianceexplorer.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that succeeds prints what it did and nothing on stderr, in a JVM of its own as a script runs it: no
 * library's start-up message (the Log4j API that Apache POI brings printed "could not find a logging provider"
 * on every report bundle).
 */
class QuietStderrTest {

    @TempDir
    Path dir;

    @Test
    void aReportBundleIsWrittenWithNothingOnStderr() throws Exception {
        Path out = dir.resolve("bundle");
        Process p = new ProcessBuilder(ChildJvm.command(
                        "org.allianceexplorer.Launcher",
                        "export",
                        "--view",
                        "timeline",
                        "--format",
                        "bundle",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-02-29",
                        "--out",
                        out.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8))
                .startsWith("wrote ");
        assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8))
                .isEmpty();
        assertThat(out.resolve("README.txt")).exists();
    }
}
