package org.allianceexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static AtomicFile.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesANewFile() throws IOException {
        Path target = dir.resolve("out.csv");
        AtomicFile.write(target, text("a,b\n1,2\n"));
        assertThat(Files.readString(target)).isEqualTo("a,b\n1,2\n");
        assertThat(listing(dir)).containsExactly("out.csv");
    }

    @Test
    void successReplacesTheTarget() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old content that is longer than the new one");
        AtomicFile.write(target, text("new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(listing(dir)).containsExactly("out.csv");
    }

    @Test
    void failingContentLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.csv");
        Throwable t = catchThrowable(() -> AtomicFile.write(target, out -> {
            out.write("partial".repeat(100_000).getBytes(StandardCharsets.UTF_8));
            throw new IOException("the database went away");
        }));
        assertThat(t).isInstanceOf(AtomicFile.OutputException.class);
        assertThat(t.getMessage())
                .contains(target.toString())
                .contains("the database went away")
                .doesNotContain("\n");
        assertThat(target).doesNotExist();
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void failingContentLeavesAnExistingTargetUnchanged() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "precious");
        Throwable t = catchThrowable(() -> AtomicFile.write(target, out -> {
            out.write("half-written".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk trouble");
        }));
        assertThat(t).isInstanceOf(AtomicFile.OutputException.class);
        assertThat(Files.readString(target)).isEqualTo("precious");
        assertThat(listing(dir)).containsExactly("out.csv");
    }

    @Test
    void runtimeFailureInContentAlsoLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "precious");
        Throwable t = catchThrowable(() -> AtomicFile.write(target, out -> {
            out.write("half-written".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("bug while rendering");
        }));
        assertThat(t).isNotNull();
        assertThat(Files.readString(target)).isEqualTo("precious");
        assertThat(listing(dir)).containsExactly("out.csv");
    }

    @Test
    void missingFolderIsAClearError() throws IOException {
        Path target = dir.resolve("no-such-folder").resolve("out.csv");
        Throwable t = catchThrowable(() -> AtomicFile.write(target, text("x")));
        assertThat(t).isInstanceOf(AtomicFile.OutputException.class);
        assertThat(t.getMessage())
                .contains(target.toString())
                .contains("does not exist")
                .doesNotContain("\n");
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void folderAsTargetIsAClearError() throws IOException {
        Path target = Files.createDirectory(dir.resolve("a-folder"));
        Files.writeString(target.resolve("inside.txt"), "keep");
        Throwable t = catchThrowable(() -> AtomicFile.write(target, text("x")));
        assertThat(t).isInstanceOf(AtomicFile.OutputException.class);
        assertThat(t.getMessage())
                .contains(target.toString())
                .contains("folder")
                .doesNotContain("\n");
        assertThat(target).isDirectory();
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep");
        assertThat(listing(dir)).containsExactly("a-folder");
    }

    @Test
    void fileContentWritesAtATemporaryPathThatThenBecomesTheTarget() throws IOException {
        Path target = dir.resolve("db.sqlite");
        Path[] seen = new Path[1];
        AtomicFile.writeFile(target, tmp -> {
            assertThat(tmp).doesNotExist();
            assertThat(tmp.getParent()).isEqualTo(target.toAbsolutePath().getParent());
            seen[0] = tmp;
            Files.writeString(tmp, "built");
        });
        assertThat(Files.readString(target)).isEqualTo("built");
        assertThat(seen[0]).doesNotExist();
        assertThat(listing(dir)).containsExactly("db.sqlite");
    }

    @Test
    void failingFileContentLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("db.sqlite");
        Throwable t = catchThrowable(() -> AtomicFile.writeFile(target, tmp -> {
            Files.writeString(tmp, "half");
            throw new IOException("generator failed");
        }));
        assertThat(t).isInstanceOf(AtomicFile.OutputException.class).hasMessageContaining("generator failed");
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void readOnlyFolderFailsCleanlyUnlessPermissionsAreBypassed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Set<PosixFilePermission> old = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = folder.resolve("out.csv");
            Throwable t = catchThrowable(() -> AtomicFile.write(target, text("x")));
            if (Files.isWritable(folder)) {
                // running as root: the write goes through
                assertThat(t).isNull();
                assertThat(listing(folder)).containsExactly("out.csv");
            } else {
                assertThat(t).isInstanceOf(AtomicFile.OutputException.class);
                assertThat(t.getMessage()).contains(target.toString()).contains("permission denied");
                assertThat(listing(folder)).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(folder, old);
        }
    }
}
