package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.app.DialogService.ServerLogin;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window on a team database (issue 17): File > Connect to server opens it read-only and remembers its address
 * (never a password) for the next time; another editor's change reaches the open window at its next poll; the
 * window does not edit it, and says so. ConnectDialog's fields make an address or say what is wrong.
 */
class TeamDatabaseWindowTest {

    private final AppState state = new AppState();
    private final TestDialogs dialogs = new TestDialogs();
    private final Settings settings = Settings.memory();
    private final MainViewModel main =
            new MainViewModel(state, TaskRunner.immediate(), dialogs, new RecentDatabases(settings));

    /** What a listener threw (JavaFX hands a listener's exception to the thread's handler, not to the caller). */
    private final List<Throwable> thrown = new ArrayList<>();

    private final Thread.UncaughtExceptionHandler before =
            Thread.currentThread().getUncaughtExceptionHandler();

    @BeforeEach
    void catchListenersExceptions() {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
    }

    @AfterEach
    void close() {
        Thread.currentThread().setUncaughtExceptionHandler(before);
        assertThat(thrown).as("exceptions in listeners").isEmpty();
        if (state.getSession() != null) {
            state.getSession().database().close();
        }
    }

    @Test
    void connectToServerOpensTheTeamDatabaseReadOnlyAndFollowsOthersChanges() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        dialogs.server = new ServerLogin(a, null);
        main.connectToServer();

        assertThat(dialogs.serverOffered).as("nothing connected to before").isNull();
        Session s = state.getSession();
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo(a.toString());
        assertThat(s.editable()).isFalse();
        assertThat(main.titleProperty().get()).isEqualTo("Alliance Explorer \u2014 " + a);
        assertThat(settings.get("recent.server", null)).isEqualTo(a.toString()).doesNotContain("password");

        // another editor's commit: the window's poll notices it and the views get a new session
        main.edits().poll();
        Session renamed = renameElsewhere(a, "Muttahida Qaumi Movement (renamed)");
        assertThat(renamed).as("a new session within 2 s").isNotSameAs(s);
        assertThat(thrown).as("exceptions in the session's listeners").isEmpty();
        assertThat(mqmName()).isEqualTo("Muttahida Qaumi Movement (renamed)");

        // and a second one: following the change did not lose the next (the window keeps its baseline)
        renameElsewhere(a, "Muttahida Qaumi Movement - Pakistan");
        assertThat(mqmName()).isEqualTo("Muttahida Qaumi Movement - Pakistan");

        assertThat(main.edits().mayEditProperty().get())
                .as("the owner may edit: the window offers it")
                .isTrue();

        // the next Connect to server offers the same address again
        dialogs.server = null;
        main.connectToServer();
        assertThat(dialogs.serverOffered).isEqualTo(a);
    }

    @Test
    void anEditorEditsFromTheWindowAndAStaleChangeIsRefusedShowingTheOther() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        dialogs.server = new ServerLogin(a, System.getenv("PGPASSWORD").toCharArray());
        main.connectToServer();
        Session browsing = state.getSession();
        assertThat(browsing.mayEdit()).isTrue();

        // Edit > Edit this database: a connection that may write, as the same user (the typed password kept in memory)
        main.edits().startEditing();
        Session s = state.getSession();
        assertThat(s.editable()).as(dialogs.errors.toString()).isTrue();
        assertThat(s.database().server()).isEqualTo(a);
        assertThat(main.edits().editableProperty().get()).isTrue();

        long mqm = EditFixture.id(s.database(), "SELECT id FROM party WHERE abbreviation = 'MQM-P'");
        long source = EditFixture.id(s.database(), "SELECT min(id) FROM source");
        java.util.Map<String, String> seen = s.editing()
                .edits()
                .values(org.allianceexplorer.domain.edit.EditKind.PARTY, mqm)
                .orElseThrow();
        renameInTheWindow(mqm, "MQM (window)", seen, source);
        assertThat(dialogs.errors).isEmpty();
        assertThat(mqmName()).isEqualTo("MQM (window)");
        assertThat(EditFixture.text(state.getSession().database(), "SELECT editor FROM edit ORDER BY id DESC LIMIT 1"))
                .as("the history names the database user")
                .isEqualTo(a.user());

        // another editor renames it; a save from what the window saw before is refused, showing their change
        java.util.Map<String, String> before = state.getSession()
                .editing()
                .edits()
                .values(org.allianceexplorer.domain.edit.EditKind.PARTY, mqm)
                .orElseThrow();
        renameElsewhere(a, "MQM (desk two)");
        renameInTheWindow(mqm, "MQM (mine)", before, source);
        assertThat(dialogs.errors)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("someone else changed this party")
                .contains("'MQM (window)' \u2192 'MQM (desk two)'")
                .startsWith("The change was not saved: ");
        assertThat(mqmName()).isEqualTo("MQM (desk two)");

        // Edit this database, unticked: read-only again, on the same server
        main.edits().stopEditing();
        assertThat(state.getSession().editable()).isFalse();
        assertThat(state.getSession().database().readOnly()).isTrue();
        assertThat(state.getSession().database().server()).isEqualTo(a);
    }

    /** MQM-P's name as the window's session reads it. */
    private String mqmName() {
        return state.getSession()
                .repositories()
                .parties()
                .party("MQM-P")
                .orElseThrow()
                .name();
    }

    /** The window saves MQM-P's new name as its edits do, from the values it saw when it opened the record. */
    private void renameInTheWindow(long mqm, String name, java.util.Map<String, String> seen, long source) {
        main.edits()
                .apply(
                        "Rename",
                        r -> r.change(
                                org.allianceexplorer.domain.edit.EditKind.PARTY,
                                mqm,
                                java.util.Map.of("name", name),
                                seen,
                                org.allianceexplorer.domain.edit.Cite.source(source),
                                main.edits().editor()),
                        e -> {});
    }

    @Test
    void theWindowSaysWhenTheServerGoesAwayAndWhenItIsBack() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        dialogs.server = new ServerLogin(a, null);
        main.connectToServer();
        main.edits().poll();
        Session before = state.getSession();

        TestServer.restart(a);
        main.edits().poll();
        assertThat(state.noticeProperty().get().warning()).isTrue();
        assertThat(state.noticeProperty().get().text())
                .startsWith("The connection to the team database was lost: " + a + ": ")
                .endsWith("The window connects again by itself.");
        main.edits().poll();
        assertThat(state.noticeProperty().get().warning())
                .as("said once while away")
                .isFalse();
        assertThat(state.noticeProperty().get().text())
                .isEqualTo("Connected to " + a + " again: the views show what" + " changed meanwhile");
        assertThat(state.getSession()).as("the views read again").isNotSameAs(before);
        assertThat(mqmName()).isEqualTo("Muttahida Qaumi Movement \u2013 Pakistan");
    }

    @Test
    void aReadersWindowOffersNoEditing() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        String reader = "window_reader_" + ProcessHandle.current().pid();
        try {
            ServerAddress asReader = TestServer.reader(a, reader, "r-pw");
            dialogs.server = new ServerLogin(asReader, "r-pw".toCharArray());
            main.connectToServer();
            Session s = state.getSession();
            assertThat(s).as(dialogs.errors.toString()).isNotNull();
            assertThat(s.mayEdit()).isFalse();
            assertThat(main.edits().mayEditProperty().get()).isFalse();

            main.edits().startEditing();
            assertThat(state.getSession()).isSameAs(s);
            assertThat(state.getSession().editable()).isFalse();
            assertThat(state.noticeProperty().get().warning()).isTrue();
            assertThat(state.noticeProperty().get().text())
                    .contains(reader)
                    .contains("may only read this team database");
            main.edits().newClaim();
            assertThat(state.noticeProperty().get().text()).contains("may only read");
        } finally {
            if (state.getSession() != null) {
                state.getSession().database().close();
                state.sessionProperty().set(null);
            }
            TestServer.admin("DROP DATABASE " + a.database() + " WITH (FORCE)");
            TestServer.admin("DROP ROLE IF EXISTS " + reader);
        }
    }

    /**
     * Another editor (a connection of its own) renames MQM-P; the window polls as its timer does, every 50 ms here,
     * for up to 2 s or until it has a new session, which it returns.
     */
    private Session renameElsewhere(ServerAddress a, String name) throws Exception {
        Session before = state.getSession();
        try (var c = TestServer.connect(a);
                var st = c.prepareStatement("UPDATE party SET name = ? WHERE abbreviation = 'MQM-P'")) {
            st.setString(1, name);
            st.executeUpdate();
        }
        long since = System.nanoTime();
        while (state.getSession() == before && System.nanoTime() - since < 2_000_000_000L) {
            Thread.sleep(50);
            main.edits().poll();
        }
        return state.getSession();
    }

    @Test
    void aPasswordTypedIsClearedOnceUsed() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        char[] password = "wrong password".toCharArray();
        dialogs.server = new ServerLogin(a, password);
        main.connectToServer();
        // with a wrong password the server refuses in one line, and the typed characters are gone either way
        assertThat(new String(password)).isEqualTo("\0".repeat("wrong password".length()));
    }

    @Test
    void theDialogsFieldsMakeAnAddressOrSayWhatIsWrong() {
        ServerAddress a = ConnectDialog.address("db.example.org", "5433", "alliances", "ayesha", "require");
        assertThat(a.toString()).isEqualTo("postgresql://ayesha@db.example.org:5433/alliances?sslmode=require");
        assertThat(ConnectDialog.address(" localhost ", "5432", "ae", "bilal", "prefer")
                        .sslmode())
                .as("prefer is the server's own default: not written")
                .isNull();
        assertThatThrownBy(() -> ConnectDialog.address("", "5432", "ae", "bilal", "prefer"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("server");
        assertThatThrownBy(() -> ConnectDialog.address("h", "54x", "ae", "bilal", "prefer"))
                .hasMessageContaining("54x");
        assertThatThrownBy(() -> ConnectDialog.address("h", "70000", "ae", "bilal", "prefer"))
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> ConnectDialog.address("h", "5432", "", "bilal", "prefer"))
                .hasMessageContaining("database");
        assertThatThrownBy(() -> ConnectDialog.address("h", "5432", "ae", " ", "prefer"))
                .hasMessageContaining("user");
    }
}
