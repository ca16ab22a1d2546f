package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.allianceexplorer.data.generate.SyntheticDatabase;

/**
 * What the tests of an import into a database start from: a generated database ({@code DIR/db.sqlite}: 12 parties,
 * 200 deals, seed 5) and its dump ({@code DIR/base}), which a test copies and edits into the dataset it imports.
 */
record SyntheticBase(Path db, Path dump) {

    static SyntheticBase in(Path dir) throws Exception {
        Path db = dir.resolve("db.sqlite");
        SyntheticDatabase.generate(db, new SyntheticDatabase.Size(12, 200), 5);
        Path dump = dir.resolve("base");
        RoundTripTest.dump(db, dump);
        return new SyntheticBase(db, dump);
    }

    /** A copy of the dump in the new folder {@code name} beside it. */
    Path copyOfDump(String name) throws IOException {
        Path to = Files.createDirectory(dump.resolveSibling(name));
        try (Stream<Path> s = Files.list(dump)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }
}
