package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Migrations;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.PageSetup;
import org.allianceexplorer.table.TestDialogs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic without a toolkit. */
class MainViewModelTest {

    private final AppState state = new AppState();
    private final TestDialogs dialogs = new TestDialogs();
    private final Settings settings = Settings.memory();
    private final MainViewModel model =
            new MainViewModel(state, TaskRunner.immediate(), dialogs, new RecentDatabases(settings));

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
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .contains("notes.db")
                .contains("not an SQLite database");
        assertThat(model.recentDatabases()).isEmpty();
    }

    @Test
    void anOlderDatabaseOpensAsAnUpdatedCopyAndIsItselfLeftAsItWas(@TempDir Path dir) throws Exception {
        Path old = schemaFive(dir.resolve("karachi.sqlite"));
        byte[] bytes = Files.readAllBytes(old);
        dialogs.saveTo = dir.resolve("karachi-updated.aedb");
        model.open(old);
        assertThat(dialogs.confirmations)
                .singleElement()
                .asString()
                .contains("karachi.sqlite was made by an older version of Alliance Explorer (schema 5; this version"
                        + " reads schema " + Migrations.standard().latest() + ")")
                .contains("karachi.sqlite itself is left as it is");
        assertThat(dialogs.errors).isEmpty();
        assertThat(state.getSession().database().path()).isEqualTo(dialogs.saveTo);
        assertThat(Repositories.of(state.getSession().database()).parties().parties(RecordFilter.ALL))
                .extracting(p -> p.abbreviation())
                .contains("MQM-P", "ANP");
        assertThat(state.noticeProperty().get().text())
                .isEqualTo("Opened the updated copy of karachi.sqlite: " + dialogs.saveTo.toAbsolutePath()
                        + ". karachi.sqlite is left as it was.");
        assertThat(model.recentDatabases()).containsExactly(dialogs.saveTo);
        assertThat(Files.readAllBytes(old)).as("the older file's bytes").isEqualTo(bytes);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("karachi.sqlite", "karachi-updated.aedb");
        }
    }

    @Test
    void anOlderDatabaseNotUpdatedLeavesTheOpenOneAndWritesNothing(@TempDir Path dir) throws Exception {
        model.openBundled();
        Session before = state.getSession();
        Path old = schemaFive(dir.resolve("karachi.sqlite"));
        byte[] bytes = Files.readAllBytes(old);
        // declined
        dialogs.confirmYes = false;
        model.open(old);
        // agreed, then the save dialog cancelled
        dialogs.confirmYes = true;
        dialogs.saveTo = null;
        model.open(old);
        // agreed, and a name taken: the copy is refused, the file there kept
        Path taken = Files.writeString(dir.resolve("taken.aedb"), "mine");
        dialogs.saveTo = taken;
        model.open(old);
        assertThat(dialogs.confirmations).hasSize(3);
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .startsWith("Cannot update a copy of the database: ")
                .contains("taken.aedb")
                .contains("already exists");
        assertThat(state.getSession()).isSameAs(before);
        assertThat(Files.readString(taken)).isEqualTo("mine");
        assertThat(Files.readAllBytes(old)).isEqualTo(bytes);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("karachi.sqlite", "taken.aedb");
        }
        assertThat(model.recentDatabases()).isEmpty();
    }

    @Test
    void atStartWhatCannotBeOpenedIsSaidAndTheBundledDatasetOpens(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("notes.db"), "hello");
        model.openAtStart(bad);
        assertThat(dialogs.errors).singleElement().asString().contains("notes.db");
        assertThat(state.getSession().name()).isEqualTo(BundledDataset.NAME);

        // an older database whose copy is not made: the same
        AppState next = new AppState();
        dialogs.confirmYes = false;
        new MainViewModel(next, TaskRunner.immediate(), dialogs, new RecentDatabases(Settings.memory()))
                .openAtStart(schemaFive(dir.resolve("old.sqlite")));
        assertThat(dialogs.confirmations).singleElement().asString().contains("old.sqlite");
        assertThat(next.getSession().name()).isEqualTo(BundledDataset.NAME);
    }

    /** A copy of the bundled database as schema 5 had it: no kept deal state, version 5. */
    private static Path schemaFive(Path file) throws Exception {
        EditFixture.copy(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            for (String trigger : EditFixture.rows(c, "SELECT name FROM sqlite_schema WHERE type = 'trigger'")) {
                st.executeUpdate("DROP TRIGGER " + trigger);
            }
            for (String derived : Database.DERIVED_TABLES) {
                st.executeUpdate("DROP TABLE " + derived);
            }
            st.executeUpdate("PRAGMA user_version = 5");
        }
        return file;
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
    void reopensTheBundledDatasetOpenedLast() {
        model.openBundled(BundledDataset.MALAYSIA_GE15);
        assertThat(model.titleProperty().get())
                .isEqualTo("Alliance Explorer \u2014 Bundled dataset (Malaysia GE15, 2022)");

        AppState next = new AppState();
        new MainViewModel(next, TaskRunner.immediate(), dialogs, new RecentDatabases(settings)).openAtStart(null);
        assertThat(next.getSession().name()).isEqualTo(BundledDataset.MALAYSIA_GE15.name());

        model.openBundled();
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

    /** A small figure for the export commands. */
    private static Figure figure(boolean broken) {
        return new Figure() {
            @Override
            public FigureInfo info() {
                return new FigureInfo(
                        "Seat deals, Karachi 2024", null, "As of 14 Feb 2024", List.of(), List.of("Data: ARY News"));
            }

            @Override
            public double bodyHeight(double width) {
                return 100;
            }

            @Override
            public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
                if (broken) {
                    throw new IllegalStateException("the painter failed");
                }
                g.setColor(style.foreground());
                g.draw(area);
            }
        };
    }

    @Test
    void exportsAFigureOnTheChosenPage(@TempDir Path dir) throws Exception {
        dialogs.saveTo = dir.resolve("deals.pdf");
        dialogs.choice = new ExportChoice(new PageSetup(PageSetup.Paper.A4, true, 10, 96), 1);
        model.exportFigure(figure(false), FigureFormat.PDF, 900);
        try (PDDocument doc = Loader.loadPDF(dialogs.saveTo.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
        assertThat(dialogs.errors).isEmpty();
        // issue 9, defect 23: the saved file is confirmed with its whole path
        assertThat(state.noticeProperty().get().text()).isEqualTo("Exported PDF to " + dialogs.saveTo.toAbsolutePath());
    }

    @Test
    void exportsAReportBundle(@TempDir Path dir) throws Exception {
        dialogs.saveTo = dir.resolve("report.zip");
        model.exportBundle(figure(false), 900);
        try (ZipFile zip = new ZipFile(dialogs.saveTo.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .contains(
                            "seat-deals-karachi-2024.pdf",
                            "seat-deals-karachi-2024.svg",
                            "seat-deals-karachi-2024.png",
                            "README.txt");
        }
        assertThat(state.noticeProperty().get().text())
                .isEqualTo("Wrote the report bundle to " + dialogs.saveTo.toAbsolutePath());
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile(@TempDir Path dir) {
        dialogs.saveTo = dir.resolve("deals.svg");
        model.exportFigure(figure(true), FigureFormat.SVG, 900);
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .contains("the painter failed")
                .contains(dir.resolve("deals.svg").toAbsolutePath().toString());
        assertThat(dir).isEmptyDirectory();
        assertThat(state.noticeProperty().get())
                .as("no confirmation of a file not written")
                .isNull();
    }

    @Test
    void aScreenWithoutAFigureSaysSo() {
        model.exportFigure(null, FigureFormat.PNG, 900);
        model.exportBundle(null, 900);
        assertThat(dialogs.infos).hasSize(2).allSatisfy(m -> assertThat(m).contains("no figure to export"));
    }

    /** Issue 9, defect 26: the last database is gone; the bundled dataset opens, and a warning names the file. */
    @Test
    void whenTheLastDatabaseIsMissingTheBundledOneOpensAndAWarningNamesTheFile(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("karachi-2024.sqlite");
        BundledDataset.build(DatasetFiles.bundled(), db);
        model.open(db);
        state.sessionProperty().get().database().close();
        Files.delete(db);

        AppState next = new AppState();
        new MainViewModel(next, TaskRunner.immediate(), dialogs, new RecentDatabases(settings)).openAtStart(null);
        assertThat(next.getSession().name()).isEqualTo(BundledDataset.NAME);
        Notice n = next.noticeProperty().get();
        assertThat(n).isNotNull();
        assertThat(n.warning()).isTrue();
        assertThat(n.text()).contains(db.toAbsolutePath().toString()).contains("bundled dataset");
        assertThat(dialogs.errors).as("no dialog to close").isEmpty();

        // when the bundled dataset was the last one open, nothing is said
        AppState third = new AppState();
        new MainViewModel(third, TaskRunner.immediate(), dialogs, new RecentDatabases(Settings.memory()))
                .openAtStart(null);
        assertThat(third.noticeProperty().get()).isNull();
    }
}
