package org.allianceexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking an archive someone sent: inside our folder only, and within size limits. */
class ZipInputTest {

    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path z = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(z);
                ZipOutputStream zo = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zo.putNextEntry(new ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        }
        return z;
    }

    private Path into() throws IOException {
        return Files.createDirectories(dir.resolve("into"));
    }

    private static long files(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unpacksFilesAndFolders() throws IOException {
        Path z = zip("ok.zip", Map.of("set/manifest.csv", text("key,value\n"), "set/sub/x.csv", text("a\n")));
        Path into = into();
        ZipInput.extract(z, into, ZipInput.Limits.DEFAULT);
        assertThat(into.resolve("set/manifest.csv")).hasContent("key,value");
        assertThat(into.resolve("set/sub/x.csv")).exists();
    }

    @Test
    void entriesThatLeaveTheFolderAreRefused() throws IOException {
        for (String evil :
                new String[] {"../evil.csv", "set/../../evil.csv", "/tmp/evil.csv", "..\\evil.csv", "C:/evil.csv"}) {
            Path z = zip("slip.zip", Map.of(evil, text("pwned")));
            Path into = Files.createDirectories(dir.resolve("into-" + Math.abs(evil.hashCode())));
            Throwable t = catchThrowable(() -> ZipInput.extract(z, into, ZipInput.Limits.DEFAULT));
            assertThat(t).as(evil).isInstanceOf(ZipInput.RefusedException.class);
            assertThat(t.getMessage()).contains("zip slip").contains(evil);
            assertThat(dir.resolve("evil.csv")).doesNotExist();
            assertThat(dir.getParent().resolve("evil.csv")).doesNotExist();
            Files.delete(z);
        }
    }

    @Test
    void aBombIsRefusedByItsExpansionNotByWhatItClaims() throws IOException {
        Path z = zip("bomb.zip", Map.of("zeros.csv", new byte[20 << 20]));
        assertThat(Files.size(z)).as("20 MiB of zeros pack small").isLessThan(100_000);
        Throwable t = catchThrowable(() -> ZipInput.extract(z, into(), ZipInput.Limits.DEFAULT));
        assertThat(t).isInstanceOf(ZipInput.RefusedException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void theTotalSizeIsCapped() throws IOException {
        byte[] random = new byte[300_000];
        new Random(1).nextBytes(random);
        Path z = zip("big.zip", Map.of("a.csv", random, "b.csv", random, "c.csv", random));
        Throwable t =
                catchThrowable(() -> ZipInput.extract(z, into(), new ZipInput.Limits(500_000, 400_000, 100, 200)));
        assertThat(t).isInstanceOf(ZipInput.RefusedException.class).hasMessageContaining("in all");
    }

    @Test
    void tooManyEntriesAreRefusedBeforeUnpacking() throws IOException {
        Path z = zip("many.zip", Map.of("a", text("1"), "b", text("2"), "c", text("3")));
        Path into = into();
        Throwable t = catchThrowable(() -> ZipInput.extract(z, into, new ZipInput.Limits(1 << 20, 1 << 20, 2, 200)));
        assertThat(t).isInstanceOf(ZipInput.RefusedException.class).hasMessageContaining("3 entries");
        assertThat(files(into)).isZero();
    }

    @Test
    void aFileThatIsNotAZipIsRefusedClearly() throws IOException {
        Path z = dir.resolve("fake.zip");
        Files.writeString(z, "key,name\n");
        Throwable t = catchThrowable(() -> ZipInput.extract(z, into(), ZipInput.Limits.DEFAULT));
        assertThat(t).isInstanceOf(ZipInput.RefusedException.class).hasMessageContaining("not a zip");
    }
}
