package org.allianceexplorer.data.load;

import java.io.BufferedReader;
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

    /** The bytes of file {@code name} of {@code folder} ({@code ""} for the top), if there is one. */
    Optional<InputStream> openBytes(String folder, String name) throws IOException;

    /** The file {@code name} of {@code folder} as UTF-8 text, if there is one. */
    default Optional<Reader> open(String folder, String name) throws IOException {
        return openBytes(folder, name).map(s -> new InputStreamReader(s, StandardCharsets.UTF_8));
    }

    /** For messages: where the file is. */
    String describe(String folder, String name);

    /** The folders to load, in order, from {@code folders.txt}. */
    default List<String> folders() throws IOException {
        List<String> out = new ArrayList<>();
        Optional<Reader> r = open("", "folders.txt");
        if (r.isEmpty()) {
            return List.of("");
        }
        try (BufferedReader br = new BufferedReader(r.get())) {
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
        return resources("/org/allianceexplorer/dataset/", "data/");
    }

    /**
     * A dataset shipped inside the application as resources under {@code root} (ending in {@code /}),
     * named in messages as the project folder {@code shownAs} it is built from.
     */
    static DatasetFiles resources(String root, String shownAs) {
        return new DatasetFiles() {
            @Override
            public Optional<InputStream> openBytes(String folder, String name) {
                return Optional.ofNullable(DatasetFiles.class.getResourceAsStream(resource(folder, name)));
            }

            @Override
            public String describe(String folder, String name) {
                return shownAs + (folder.isEmpty() ? "" : folder + "/") + name;
            }

            private String resource(String folder, String name) {
                return root + (folder.isEmpty() ? "" : folder + "/") + name;
            }
        };
    }

    /** A dataset in a folder on disk. */
    static DatasetFiles directory(Path root) {
        return new DatasetFiles() {
            @Override
            public Optional<InputStream> openBytes(String folder, String name) throws IOException {
                Path p = root.resolve(folder).resolve(name);
                return Files.isRegularFile(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
            }

            @Override
            public String describe(String folder, String name) {
                return root.resolve(folder).resolve(name).toString();
            }
        };
    }

    /**
     * A dataset in a folder on disk that is described as being somewhere else: a zip archive unpacked
     * into a temporary folder names its files {@code archive.zip/sources.csv}, not the temporary path.
     */
    static DatasetFiles directory(Path root, String shownAs) {
        DatasetFiles inner = directory(root);
        return new DatasetFiles() {
            @Override
            public Optional<InputStream> openBytes(String folder, String name) throws IOException {
                return inner.openBytes(folder, name);
            }

            @Override
            public String describe(String folder, String name) {
                return shownAs + "/" + (folder.isEmpty() ? "" : folder + "/") + name;
            }
        };
    }
}
