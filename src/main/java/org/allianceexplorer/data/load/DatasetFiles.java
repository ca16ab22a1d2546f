package org.allianceexplorer.data.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a dataset's CSV files are: a folder on disk ({@code data/}) or the copy bundled in the
 * application ({@code org/allianceexplorer/dataset/}). {@code folders.txt} lists the sub-folders in load
 * order ({@code .} for the top).
 */
public interface DatasetFiles {

    /** The file {@code name} of {@code folder} ({@code ""} for the top), if there is one. */
    Optional<Reader> open(String folder, String name) throws IOException;

    /** For messages: where the file is. */
    String describe(String folder, String name);

    /** The folders to load, in order, from {@code folders.txt}. */
    default List<String> folders() throws IOException {
        List<String> out = new ArrayList<>();
        Optional<Reader> r = open("", "folders.txt");
        if (r.isEmpty()) {
            return List.of("");
        }
        try (java.io.BufferedReader br = new java.io.BufferedReader(r.get())) {
            for (String line; (line = br.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(".".equals(t) ? "" : t);
                }
            }
        }
        return out;
    }

    /** The dataset shipped inside the application. */
    static DatasetFiles bundled() {
        return new DatasetFiles() {
            @Override
            public Optional<Reader> open(String folder, String name) {
                InputStream in = DatasetFiles.class.getResourceAsStream(resource(folder, name));
                return Optional.ofNullable(in).map(s -> new InputStreamReader(s, StandardCharsets.UTF_8));
            }

            @Override
            public String describe(String folder, String name) {
                return "data/" + (folder.isEmpty() ? "" : folder + "/") + name;
            }

            private String resource(String folder, String name) {
                return "/org/allianceexplorer/dataset/" + (folder.isEmpty() ? "" : folder + "/") + name;
            }
        };
    }

    /** A dataset in a folder on disk. */
    static DatasetFiles directory(Path root) {
        return new DatasetFiles() {
            @Override
            public Optional<Reader> open(String folder, String name) throws IOException {
                Path p = root.resolve(folder).resolve(name);
                return Files.isRegularFile(p) ? Optional.of(Files.newBufferedReader(p, StandardCharsets.UTF_8))
                        : Optional.empty();
            }

            @Override
            public String describe(String folder, String name) {
                return root.resolve(folder).resolve(name).toString();
            }
        };
    }
}
