package org.allianceexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder appears whole or not at all, and a folder of the user's is replaced only when allowed. */
class AtomicFolderTest {

    @TempDir
    Path dir;

    private static List<String> listing(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    private void write(Path target, boolean force) throws AtomicFile.OutputException {
        AtomicFolder.write(target, force, p -> Files.exists(p.resolve("manifest.csv")), "a dataset folder", f -> {
            Files.writeString(f.resolve("manifest.csv"), "new");
            Files.writeString(f.resolve("a.csv"), "a");
        });
    }

    @Test
    void writesANewFolderAndAnEmptyOne() throws IOException {
        write(dir.resolve("out"), false);
        assertThat(listing(dir.resolve("out"))).containsExactly("a.csv", "manifest.csv");
        Files.createDirectory(dir.resolve("empty"));
        write(dir.resolve("empty"), false);
        assertThat(listing(dir.resolve("empty"))).containsExactly("a.csv", "manifest.csv");
        assertThat(listing(dir)).containsExactly("empty", "out");
    }

    @Test
    void aFolderThatIsNotEmptyNeedsForceAndMustBeOurs() throws IOException {
        Path mine = Files.createDirectory(dir.resolve("photos"));
        Files.writeString(mine.resolve("holiday.jpg"), "precious");
        Throwable t = catchThrowable(() -> write(mine, false));
        assertThat(t).hasMessageContaining("not empty").hasMessageContaining("--force");
        t = catchThrowable(() -> write(mine, true));
        assertThat(t).hasMessageContaining("not a dataset folder");
        assertThat(listing(mine)).containsExactly("holiday.jpg");
        assertThat(listing(dir)).containsExactly("photos");
    }

    @Test
    void forceReplacesAnEarlierDumpWhole() throws IOException {
        Path old = Files.createDirectory(dir.resolve("dump"));
        Files.writeString(old.resolve("manifest.csv"), "old");
        Files.writeString(old.resolve("stale.csv"), "gone after");
        write(old, true);
        assertThat(listing(old)).containsExactly("a.csv", "manifest.csv");
        assertThat(old.resolve("manifest.csv")).hasContent("new");
        assertThat(listing(dir)).containsExactly("dump");
    }

    @Test
    void aFailureLeavesNothing() throws IOException {
        Throwable t = catchThrowable(() -> AtomicFolder.write(dir.resolve("out"), false, p -> true, "x", f -> {
            Files.writeString(f.resolve("half.csv"), "half");
            throw new IOException("disk on fire");
        }));
        assertThat(t).isInstanceOf(AtomicFile.OutputException.class).hasMessageContaining("disk on fire");
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void aFileInTheWayIsRefused() throws IOException {
        Files.writeString(dir.resolve("out"), "a file");
        assertThat(catchThrowable(() -> write(dir.resolve("out"), true))).hasMessageContaining("not a folder");
        assertThat(dir.resolve("out")).hasContent("a file");
    }
}
