package org.allianceexplorer.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.dump.Dumper;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.io.ZipInput;

/**
 * A colleague's dataset made from a database: its dump with one record that differs (ANP renamed) and one that is
 * new (party TST, citing the sources PPP cites).
 */
final class EditedDataset {

    static final String RENAMED = "Awami National Party (as the colleague spells it)";

    private EditedDataset() {}

    /** A user's database (the bundled dataset as a file of theirs) and a colleague's dataset made from it. */
    record Pair(Path mine, Path colleague) {}

    /** {@code dir/mine} from the bundled dataset, and {@code dir/colleague} made from it by {@link #write}. */
    static Pair beside(Path dir, String mine, String colleague) throws IOException {
        Path file = dir.resolve(mine);
        DatasetImport.toNewFile(Path.of("data"), file, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        try (Database db = Database.openReadOnly(file)) {
            return new Pair(file, write(db, dir.resolve(colleague)));
        }
    }

    static Path write(Database db, Path folder) throws IOException {
        Dumper.toFolder(db, folder, false, f -> {});
        Path parties = folder.resolve("parties.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(parties, StandardCharsets.UTF_8));
        int anp = -1;
        String pppSources = null;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("ANP,")) {
                anp = i;
            } else if (lines.get(i).startsWith("PPP,")) {
                pppSources = lines.get(i).substring(lines.get(i).lastIndexOf(',') + 1);
            }
        }
        if (anp < 0 || pppSources == null) {
            throw new IllegalStateException("the database has no ANP or PPP: " + parties);
        }
        lines.set(anp, lines.get(anp).replaceFirst("^ANP,[^,]*,", "ANP," + RENAMED + ","));
        lines.add("TST,Test Party,,,2020,,,PAK," + pppSources);
        Files.write(parties, lines, StandardCharsets.UTF_8);
        return folder;
    }
}
