package org.allianceexplorer.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-made dataset folders for tests: one CSV file at a time, lines joined with {@code \n}. */
public final class CsvFiles {

    private CsvFiles() {}

    /** Writes {@code folder/name} with these lines (the header first), UTF-8, each ended by {@code \n}. */
    public static void csv(Path folder, String name, String... lines) throws IOException {
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
