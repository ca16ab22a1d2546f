package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.allianceexplorer.data.NewDatabase;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New database, Import dataset, Export database as folder and dropped files, without a window. */
class DatasetCommandsTest {

    @TempDir
    Path dir;

    private final AppState state = new AppState();
    private final TestDialogs dialogs = new TestDialogs();
    private final MainViewModel model =
            new MainViewModel(state, TaskRunner.immediate(), dialogs, new RecentDatabases(Settings.memory()));

    @AfterEach
    void close() {
        if (state.getSession() != null) {
            state.getSession().database().close();
        }
    }

    private long count(RecordKind kind) {
        return state.getSession().counts().get(kind);
    }

    @Test
    void newDatabaseWritesAnEmptyDatabaseAndOpensIt() {
        dialogs.saveTo = dir.resolve("karachi-2024.sqlite");
        model.datasets().newDatabase();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.saveTo).isRegularFile();
        assertThat(state.getSession().name()).isEqualTo("karachi-2024.sqlite");
        assertThat(NewDatabase.nameOf(state.getSession().database())).isEqualTo("karachi-2024");
        assertThat(count(RecordKind.PARTIES)).isZero();
        assertThat(state.noticeProperty().get().text()).contains("karachi-2024.sqlite");
    }

    @Test
    void newDatabaseNeverReplacesAFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("mine.sqlite"), "my own bytes");
        dialogs.saveTo = existing;
        model.datasets().newDatabase();

        assertThat(dialogs.errors).singleElement().asString().contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("my own bytes");
        assertThat(state.getSession()).isNull();
    }

    @Test
    void aDatasetFolderIsImportedIntoANewDatabaseWhichOpens() {
        dialogs.folder = Path.of("data");
        dialogs.saveTo = dir.resolve("copy.sqlite");
        model.datasets().chooseAndImportFolder();

        assertThat(dialogs.errors).isEmpty();
        assertThat(count(RecordKind.PARTIES)).isEqualTo(BundledCounts.PARTIES);
        assertThat(count(RecordKind.DEALS)).isEqualTo(BundledCounts.DEALS);
        assertThat(state.noticeProperty().get().text())
                .contains("Imported data into")
                .contains("copy.sqlite");
    }

    @Test
    void aBrokenDatasetImportsNothingAndNamesFileLineAndColumn() throws IOException {
        Path broken = copyOfData();
        Path parties = broken.resolve("parties.csv");
        List<String> lines = Files.readAllLines(parties);
        // the second party founded on a day that does not exist
        lines.set(2, lines.get(2).replaceFirst(",\\d{4}(-\\d\\d){0,2},", ",2024-02-31,"));
        Files.write(parties, lines);
        dialogs.saveTo = dir.resolve("never.sqlite");

        model.datasets().importDataset(broken);

        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .startsWith("Nothing was imported: 1 problem in the dataset:\n")
                .contains("parties.csv line 3: column E (founded): not a date");
        assertThat(dialogs.saveTo).doesNotExist();
        assertThat(state.getSession()).isNull();
    }

    @Test
    void theOpenDatabaseExportsAsAFolderThatImportsBackEqual() throws IOException {
        dialogs.folder = Path.of("data");
        dialogs.saveTo = dir.resolve("first.sqlite");
        model.datasets().chooseAndImportFolder();
        long parties = count(RecordKind.PARTIES);
        long claims = count(RecordKind.CLAIMS);

        Path out = Files.createDirectory(dir.resolve("export"));
        dialogs.folder = out;
        model.datasets().exportFolder();
        assertThat(out.resolve("manifest.csv")).isRegularFile();
        assertThat(state.noticeProperty().get().text()).contains("Exported").contains(out.toString());

        dialogs.saveTo = dir.resolve("second.sqlite");
        model.datasets().importDataset(out);
        assertThat(dialogs.errors).isEmpty();
        assertThat(count(RecordKind.PARTIES)).isEqualTo(parties);
        assertThat(count(RecordKind.CLAIMS)).isEqualTo(claims);
    }

    @Test
    void exportRefusesAFolderThatIsNotEmpty() throws IOException {
        model.openBundled();
        Path out = Files.createDirectory(dir.resolve("busy"));
        Path mine = Files.writeString(out.resolve("notes.txt"), "mine");
        dialogs.folder = out;
        model.datasets().exportFolder();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Export failed");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(mine);
        }
    }

    @Test
    void droppedFilesAreOpenedImportedOrExplained() throws IOException {
        Path csv = Files.writeString(dir.resolve("results.csv"), "seat,candidate\n");
        model.datasets().dropped(List.of(csv));
        assertThat(dialogs.errors).singleElement().asString().contains("import-results");
        assertThat(state.getSession()).isNull();

        dialogs.errors.clear();
        model.datasets().dropped(List.of(csv, dir.resolve("other.sqlite")));
        assertThat(dialogs.errors).singleElement().asString().startsWith("One file at a time");

        dialogs.errors.clear();
        Path notADatabase = Files.writeString(dir.resolve("notes.sqlite"), "not a database");
        model.datasets().dropped(List.of(notADatabase));
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot open the database");
        assertThat(Files.readString(notADatabase)).isEqualTo("not a database");

        dialogs.errors.clear();
        dialogs.saveTo = dir.resolve("dropped.sqlite");
        model.datasets().dropped(List.of(Path.of("data")));
        assertThat(dialogs.errors).isEmpty();
        assertThat(count(RecordKind.PARTIES)).isEqualTo(BundledCounts.PARTIES);
    }

    /** Cancel (the status bar's button) during an import: nothing is written and the window says so. */
    @Test
    void anImportCancelledAsItRunsWritesNothing() {
        List<String> progress = new ArrayList<>();
        AbstractTaskRunner pressingCancel = new AbstractTaskRunner() {
            @Override
            protected boolean execute(Job<?> job) {
                job.runWork();
                return true;
            }

            @Override
            protected void deliver(Runnable onFxThread) {
                onFxThread.run();
            }

            @Override
            public void progress(String message) {
                progress.add(message);
                if (progress.size() == 3) {
                    cancellableProperty().get().cancel();
                }
                super.progress(message);
            }
        };
        MainViewModel cancelling =
                new MainViewModel(state, pressingCancel, dialogs, new RecentDatabases(Settings.memory()));
        dialogs.saveTo = dir.resolve("never.sqlite");

        cancelling.datasets().importDataset(Path.of("data"));

        assertThat(progress).hasSize(3).allSatisfy(m -> assertThat(m).startsWith("Importing data: "));
        assertThat(dialogs.saveTo).doesNotExist();
        assertThat(dialogs.errors).isEmpty();
        assertThat(state.getSession()).isNull();
        assertThat(state.noticeProperty().get().text())
                .isEqualTo("Import of data cancelled; nothing was written (never.sqlite was not made)");
        assertThat(pressingCancel.cancellableProperty().get()).isNull();
    }

    private Path copyOfData() throws IOException {
        Path copy = dir.resolve("dataset");
        Path data = Path.of("data");
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }
}
