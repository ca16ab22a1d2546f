package org.allianceexplorer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.RecentDatabases;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard with a team database open (issue 17, the same screens on both engines): checked against the
 * server's records, the results go into it in the server's one transaction, and the window reads them at once; no
 * file is written; a dataset likewise, its records that differ from the server's listed until the user takes them. A
 * reader of the team database is offered a new file only.
 */
class TeamDatabaseImportTest {

    @TempDir
    Path dir;

    private final AppState state = new AppState();
    private final TestDialogs dialogs = new TestDialogs();
    private final MainViewModel main =
            new MainViewModel(state, TaskRunner.immediate(), dialogs, new RecentDatabases(Settings.memory()));
    private final ImportWizardViewModel wizard = new ImportWizardViewModel(state, main, dialogs);

    @AfterEach
    void close() {
        if (state.getSession() != null) {
            state.getSession().database().close();
        }
    }

    /** The first column of the first row {@code sql} reads from the team database, or null without a row. */
    private static String first(ServerAddress a, String sql) throws Exception {
        try (Connection c = TestServer.connect(a);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long results(ServerAddress a) throws Exception {
        return Long.parseLong(first(a, "SELECT count(*) FROM candidacy"));
    }

    private Path results() throws Exception {
        List<String> lines = new ArrayList<>(List.of("seat,candidate,party,votes"));
        for (int i = 0; i < 30; i++) {
            lines.add("TEAM-" + (i / 3) + ",Candidate " + i + "," + (i % 3 == 0 ? "PPP" : i % 3 == 1 ? "MQM-P" : "ANP")
                    + "," + (1000 + i));
        }
        return Files.write(dir.resolve("team results.csv"), lines);
    }

    /** A new team database holding the bundled dataset, opened in the window (read-only, as the user). */
    private ServerAddress openCopyOfTheBundledDataset() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        main.openServer(a, null);
        assertThat(state.getSession()).as(dialogs.errors.toString()).isNotNull();
        return a;
    }

    private void fileUnder() {
        wizard.form().electionProperty().set("pk-2024");
        wizard.form().assemblyProperty().set("NA");
        wizard.form().sourceOutletProperty().set("Test outlet");
    }

    @Test
    void resultsGoIntoTheOpenTeamDatabaseInOneTransaction() throws Exception {
        ServerAddress a = openCopyOfTheBundledDataset();
        Session opened = state.getSession();
        wizard.reset();
        assertThat(wizard.importRun().canUseOpenDatabase().get()).isTrue();
        assertThat(wizard.importRun().targetProperty().get()).isEqualTo(ImportRun.Target.OPEN_DATABASE);

        wizard.choose(results());
        fileUnder();
        wizard.goTo(ImportWizardViewModel.Step.CHECK);
        assertThat(wizard.importCheck().checkProperty().get().ok())
                .as("checked against the server's parties: "
                        + String.join("\n", wizard.importCheck().problems()))
                .isTrue();
        long before = results(a);

        wizard.importNow();

        assertThat(wizard.importRun().outcomeProperty().get())
                .as(dialogs.errors + " "
                        + String.join("\n", wizard.importCheck().problems()))
                .startsWith("Imported team results.csv into " + a + ": ");
        assertThat(results(a)).isEqualTo(before + 30);
        assertThat(state.getSession()).as("the views read it again").isNotSameAs(opened);
        assertThat(state.getSession().counts().get(RecordKind.RESULTS))
                .isEqualTo(opened.counts().get(RecordKind.RESULTS) + 30);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("team results.csv");
        }
    }

    private static String partyName(ServerAddress a, String abbreviation) throws Exception {
        return first(a, "SELECT name FROM party WHERE abbreviation = '" + abbreviation + "'");
    }

    @Test
    void aDatasetGoesIntoTheOpenTeamDatabaseItsDifferencesListedUntilTakenInOneTransaction() throws Exception {
        ServerAddress a = openCopyOfTheBundledDataset();
        Session opened = state.getSession();
        Path colleague = EditedDataset.write(opened.database(), dir.resolve("colleague"));
        wizard.reset();
        wizard.choose(colleague);
        assertThat(wizard.kindProperty().get()).isEqualTo(ImportWizardViewModel.Kind.DATASET);
        assertThat(wizard.importRun().targetProperty().get()).isEqualTo(ImportRun.Target.OPEN_DATABASE);

        wizard.importNow();

        assertThat(wizard.importRun().outcomeProperty().get())
                .startsWith("Nothing was imported: 1 record differs from the open database's");
        assertThat(wizard.importCheck().problems()).singleElement().asString().contains("party 'ANP'");
        assertThat(partyName(a, "ANP")).isEqualTo("Awami National Party");
        assertThat(partyName(a, "TST")).as("rolled back whole").isNull();

        wizard.importRun().takeTheirsProperty().set(true);
        wizard.importNow();

        assertThat(wizard.importRun().outcomeProperty().get())
                .as(dialogs.errors.toString())
                .startsWith("Imported colleague into " + a + ": 1 added, ");
        assertThat(partyName(a, "ANP")).isEqualTo(EditedDataset.RENAMED);
        assertThat(partyName(a, "TST")).isEqualTo("Test Party");
        assertThat(state.getSession()).as("the views read it again").isNotSameAs(opened);
        assertThat(state.getSession().counts().get(RecordKind.PARTIES))
                .isEqualTo(opened.counts().get(RecordKind.PARTIES) + 1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("colleague");
        }
        // one edit of the server's history, under the user the server signed in; Undo (open for editing) takes it back
        assertThat(first(a, "SELECT label || ' by ' || editor FROM edit ORDER BY id DESC"))
                .isEqualTo("Import colleague by " + a.user());
        assertThat(main.edits().undoLabelProperty().get()).isEqualTo("Undo Import colleague");
        main.edits().startEditing();
        main.edits().undo();
        assertThat(dialogs.errors).isEmpty();
        assertThat(partyName(a, "ANP")).isEqualTo("Awami National Party");
        assertThat(partyName(a, "TST")).isNull();
    }

    @Test
    void aNewFileCanStartAsACopyOfTheTeamDatabase() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        main.openServer(a, null);
        Session opened = state.getSession();
        wizard.reset();
        wizard.importRun().targetProperty().set(ImportRun.Target.NEW_FILE);
        wizard.importRun().startFromOpenProperty().set(true);
        wizard.choose(results());
        fileUnder();
        wizard.goTo(ImportWizardViewModel.Step.CHECK);
        assertThat(wizard.importCheck().checkProperty().get().ok())
                .as(String.join("\n", wizard.importCheck().problems()))
                .isTrue();
        long before = results(a);
        dialogs.saveTo = dir.resolve("desk copy.aedb");

        wizard.importNow();

        assertThat(wizard.importRun().outcomeProperty().get())
                .as(dialogs.errors + " "
                        + String.join("\n", wizard.importCheck().problems()))
                .startsWith("Imported team results.csv into " + dialogs.saveTo.toAbsolutePath() + ": ");
        assertThat(results(a)).as("the team database is not written").isEqualTo(before);
        Session mine = state.getSession();
        assertThat(mine.database().path()).isEqualTo(dialogs.saveTo);
        assertThat(mine.counts().get(RecordKind.RESULTS))
                .as("the team database's results and the new ones")
                .isEqualTo(opened.counts().get(RecordKind.RESULTS) + 30);
        assertThat(mine.counts().get(RecordKind.PARTIES))
                .isEqualTo(opened.counts().get(RecordKind.PARTIES));
        opened.database().close();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no copy left behind")
                    .containsExactlyInAnyOrder("team results.csv", "desk copy.aedb");
        }
    }

    @Test
    void aReaderIsOfferedANewFileOnly() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        String reader = "wizard_reader_" + ProcessHandle.current().pid();
        try {
            main.openServer(TestServer.reader(a, reader, "r-pw"), "r-pw".toCharArray());
            assertThat(state.getSession()).as(dialogs.errors.toString()).isNotNull();
            wizard.reset();
            assertThat(wizard.importRun().canUseOpenDatabase().get()).isFalse();
            assertThat(wizard.importRun().targetProperty().get()).isEqualTo(ImportRun.Target.NEW_FILE);
        } finally {
            if (state.getSession() != null) {
                state.getSession().database().close();
                state.sessionProperty().set(null);
            }
            TestServer.admin("DROP DATABASE IF EXISTS " + a.database() + " WITH (FORCE)");
            TestServer.admin("DROP ROLE IF EXISTS " + reader);
        }
    }
}
