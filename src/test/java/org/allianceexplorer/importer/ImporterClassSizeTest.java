package org.allianceexplorer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 10's class size rule, kept for the import wizard's package: no class over 600 lines. */
class ImporterClassSizeTest {

    static final int MAX_LINES = 600;

    @Test
    void noClassOfTheWizardIsOver600Lines() throws IOException {
        Path dir = Path.of("src/main/java/org/allianceexplorer/importer");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path p : sources) {
            assertThat(Files.readAllLines(p)).as(p.getFileName().toString()).hasSizeLessThanOrEqualTo(MAX_LINES);
        }
    }
}
