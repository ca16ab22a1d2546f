package org.allianceexplorer.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Hand-made dataset folders for tests: one CSV file at a time, lines joined with {@code \n}; a folder read back. */
public final class CsvFiles {

    private CsvFiles() {}

    /** Writes {@code folder/name} with these lines (the header first), UTF-8, each ended by {@code \n}. */
    public static void csv(Path folder, String name, String... lines) throws IOException {
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Every file under {@code folder} (a dump, say): its path within the folder to its text, in path order. */
    public static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
