package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic without a toolkit. */
class MainViewModelTest {

    /** Records what would have been shown. */
    static final class FakeDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public Optional<Path> chooseDatabase() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String description, String extension, String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Integer> choosePngScale() {
            return Optional.empty();
        }

        @Override
        public boolean openLink(String url) {
            return false;
        }
    }

    private final AppState state = new AppState();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Settings settings = Settings.memory();
    private final MainViewModel model = new MainViewModel(state, TaskRunner.immediate(), dialogs,
            new RecentDatabases(settings));

    @Test
    void opensTheBundledDatasetAtFirstStart() {
        model.openAtStart(null);
        assertThat(state.getSession().name()).isEqualTo(BundledDataset.NAME);
        assertThat(model.titleProperty().get()).isEqualTo("Alliance Explorer \u2014 Bundled dataset (Pakistan)");
        assertThat(model.statusProperty().get()).contains("parties").contains("seat deals");
    }

    @Test
    void aBadFileKeepsTheOpenDatabaseAndSaysWhy(@TempDir Path dir) throws Exception {
        model.openBundled();
        Session before = state.getSession();
        Path bad = Files.writeString(dir.resolve("notes.db"), "hello");
        model.open(bad);
        assertThat(state.getSession()).isSameAs(before);
        assertThat(dialogs.errors).singleElement().asString().contains("notes.db").contains("not an SQLite database");
        assertThat(model.recentDatabases()).isEmpty();
    }

    @Test
    void remembersAndReopensTheLastUserDatabase(@TempDir Path dir) {
        Path db = dir.resolve("mine.sqlite");
        BundledDataset.build(DatasetFiles.bundled(), db);
        model.open(db);
        assertThat(model.recentDatabases()).containsExactly(db.toAbsolutePath().normalize());

        AppState next = new AppState();
        MainViewModel again = new MainViewModel(next, TaskRunner.immediate(), dialogs, new RecentDatabases(settings));
        again.openAtStart(null);
        assertThat(next.getSession().database().path()).isEqualTo(db.toAbsolutePath());

        again.openBundled();
        AppState third = new AppState();
        new MainViewModel(third, TaskRunner.immediate(), dialogs, new RecentDatabases(settings)).openAtStart(null);
        assertThat(third.getSession().name()).isEqualTo(BundledDataset.NAME);
    }

    @Test
    void anotherDatabaseClearsTheSelection(@TempDir Path dir) {
        model.openBundled();
        state.navigation().go(new RecordRef(RecordKind.PARTIES, 1, "ANP"));
        model.openBundled();
        assertThat(state.navigation().getCurrent()).isNull();
    }
}
