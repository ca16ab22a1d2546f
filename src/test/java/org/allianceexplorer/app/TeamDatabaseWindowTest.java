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
        assertThat(state.getSession()
                        .repositories()
                        .parties()
                        .party("MQM-P")
                        .orElseThrow()
                        .name())
                .isEqualTo("Muttahida Qaumi Movement (renamed)");

        // and a second one: following the change did not lose the next (the window keeps its baseline)
        renameElsewhere(a, "Muttahida Qaumi Movement - Pakistan");
        assertThat(state.getSession()
                        .repositories()
                        .parties()
                        .party("MQM-P")
                        .orElseThrow()
                        .name())
                .isEqualTo("Muttahida Qaumi Movement - Pakistan");

        // the window does not edit a team database yet: it says so and stays read-only
        main.edits().startEditing();
        assertThat(state.getSession().editable()).isFalse();
        assertThat(state.noticeProperty().get().text())
                .contains("team database")
                .contains("read-only");
        assertThat(state.noticeProperty().get().warning()).isTrue();

        // the next Connect to server offers the same address again
        dialogs.server = null;
        main.connectToServer();
        assertThat(dialogs.serverOffered).isEqualTo(a);
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
