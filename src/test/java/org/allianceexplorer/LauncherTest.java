package org.allianceexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which command lines open the window, and on what (issue 16): a desktop entry, or a double-click on an .aedb file,
 * passes the file as the only argument; that is {@code --db FILE}. Every command keeps working as before.
 */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void anExistingFileAloneIsTheWindowsDatabase() throws IOException {
        Path db = Files.copy(BundledDb.file(), dir.resolve("my alliances.aedb"));
        assertThat(Launcher.windowArguments(new String[] {db.toString()})).containsExactly("--db", db.toString());
        assertThat(Launcher.opensWindow(new String[] {db.toString()})).isTrue();
        assertThat(Launcher.canOpen(db)).isTrue();
        // whatever its name: a file manager may pass any file the user chose to open with the app
        Path plain = Files.copy(BundledDb.file(), dir.resolve("export-copy"));
        assertThat(Launcher.windowArguments(new String[] {plain.toString()})).containsExactly("--db", plain.toString());
    }

    @Test
    void theWindowsOwnArgumentsStayAsTheyAre() {
        assertThat(Launcher.windowArguments(new String[0])).isEmpty();
        assertThat(Launcher.windowArguments(new String[] {"--db", "x.sqlite"})).containsExactly("--db", "x.sqlite");
        assertThat(Launcher.windowArguments(new String[] {"--dataset", "malaysia-ge15"}))
                .containsExactly("--dataset", "malaysia-ge15");
    }

    @Test
    void commandsAndOptionsAreNeverTakenForAFile() {
        for (String command : new String[] {
            "info",
            "list",
            "check",
            "export",
            "generate",
            "migrate",
            "new",
            "import",
            "import-results",
            "import-parlgov",
            "coalitions",
            "compare",
            "dump",
            "copy",
            "init-server"
        }) {
            assertThat(Launcher.isCommand(command)).as(command).isTrue();
            assertThat(Launcher.opensWindow(new String[] {command})).as(command).isFalse();
        }
        assertThat(Launcher.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"-V"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"info", "--db", "x.aedb"}))
                .isFalse();
        assertThat(Launcher.opensWindow(new String[] {"x.aedb", "y.aedb"})).isFalse();
    }

    @Test
    void aMissingOrForeignDatabaseIsTheClearErrorOfDb() throws IOException {
        // a missing file named like a database goes the --db way: "no such file", exit code 2, no window
        Path missing = dir.resolve("missing.aedb");
        assertThat(Launcher.windowArguments(new String[] {missing.toString()}))
                .containsExactly("--db", missing.toString());
        assertThat(Launcher.canOpen(missing)).isFalse();
        // an existing file that is not a database: "is not an SQLite database", exit code 2, no window
        Path text = Files.writeString(dir.resolve("notes.aedb"), "not a database\n");
        assertThat(Launcher.opensWindow(new String[] {text.toString()})).isTrue();
        assertThat(Launcher.canOpen(text)).isFalse();
        // a missing name without a database's extension is not taken for one: the command line's usage error
        assertThat(Launcher.opensWindow(
                        new String[] {dir.resolve("nothing-here").toString()}))
                .isFalse();
        assertThat(Launcher.opensWindow(new String[] {"infoo"})).isFalse();
    }
}
