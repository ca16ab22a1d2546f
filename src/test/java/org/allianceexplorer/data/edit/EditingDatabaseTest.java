package org.allianceexplorer.data.edit;

import static org.allianceexplorer.data.edit.EditFixture.content;
import static org.allianceexplorer.data.edit.EditFixture.id;
import static org.allianceexplorer.data.edit.EditFixture.rows;
import static org.allianceexplorer.data.edit.EditFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.OlderSchemaException;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening for editing, saving a copy, and every way writing can fail: one clear line, nothing half-written. */
class EditingDatabaseTest {

    @TempDir
    Path dir;

    private static Map<String, String> party(String abbr) {
        return Map.of("abbreviation", abbr, "name", "Party " + abbr);
    }

    private static long source(Database db) throws Exception {
        return id(db, "SELECT min(id) FROM source");
    }

    @Test
    void aDatabaseOpensForEditingInWalModeWithABusyTimeoutAndForeignKeys() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        try (Database db = Database.openForEditing(file)) {
            assertThat(db.readOnly()).isFalse();
            assertThat(text(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(text(db, "PRAGMA busy_timeout")).isEqualTo("5000");
            assertThat(text(db, "PRAGMA foreign_keys")).isEqualTo("1");
        }
        assertThat(Files.exists(dir.resolve("db.sqlite-wal")))
                .as("the journal goes when the file is closed")
                .isFalse();
    }

    @Test
    void readOnlyIsStillTheDefaultAndBrowsingWritesNothing() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        try (Database db = Database.openReadOnly(file)) {
            assertThat(catchThrowable(() -> Editing.of(db))).hasMessageContaining("read-only");
        }
    }

    @Test
    void theBundledDatasetIsNeverEditedInPlaceButCanBeSavedAsACopy() throws Exception {
        try (Database bundled = BundledDataset.open()) {
            assertThat(catchThrowable(bundled::openForEditing))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("never edited in place");
            assertThat(catchThrowable(() -> Database.openForEditing(bundled.path())))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("bundled");
            Path copy = dir.resolve("my karachi.sqlite");
            bundled.saveCopy(copy);
            assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
                    .as("only the copy, no temporary file left")
                    .containsExactly("my karachi.sqlite");
            try (Editing e = Editing.of(Database.openForEditing(copy))) {
                assertThat(content(e.database())).isEqualTo(content(bundled));
                e.edits().add(EditKind.PARTY, party("CPY"), Cite.source(source(e.database())), "t");
            }
            assertThat(catchThrowable(() -> bundled.saveCopy(bundled.path()))).hasMessageContaining("itself");
            // a copy over a file another program has open for editing (its journal would be read into the copy)
            try (Editing open = Editing.of(Database.openForEditing(copy))) {
                open.edits().add(EditKind.PARTY, party("JRN"), Cite.source(source(open.database())), "t");
                assertThat(catchThrowable(() -> bundled.saveCopy(copy)))
                        .isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("open in another program");
                assertThat(Repositories.of(open.database()).parties().party("JRN"))
                        .isPresent();
            }
        }
    }

    @Test
    void anOlderDatabaseMigratesWithTheMigrateCommandAndThenOpensForEditing() throws Exception {
        Path old = dir.resolve("v3.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            org.allianceexplorer.data.Migrations.of(List.of(
                            script("V001__core.sql"),
                            script("V002__keys_and_meta.sql"),
                            script("V003__party_results.sql")))
                    .migrate(c, 0);
        }
        assertThat(catchThrowable(() -> Database.openForEditing(old))).isInstanceOf(OlderSchemaException.class);
        Path migrated = dir.resolve("v4.sqlite");
        Database.migrateCopy(old, migrated);
        try (Editing e = Editing.of(Database.openForEditing(migrated))) {
            assertThat(text(e.database(), "SELECT count(*) FROM history")).isEqualTo("0");
        }
    }

    private static String script(String name) throws Exception {
        try (var in = org.allianceexplorer.data.Migrations.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLockHeldLongerThanTheBusyTimeoutIsAClearMessage() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        try (Editing e = EditFixture.open(file);
                Database other = Database.openForEditing(file);
                Statement st = other.connection().createStatement()) {
            long src = source(e.database());
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE party SET name = name WHERE id = 1");
            long t0 = System.nanoTime();
            Throwable t = catchThrowable(() -> e.edits().add(EditKind.PARTY, party("LCK"), Cite.source(src), "t"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            st.execute("ROLLBACK");
            assertThat(t)
                    .isInstanceOf(DatabaseException.class)
                    .hasMessage("another program is writing to db.sqlite; try again");
            assertThat(t.getMessage()).doesNotContain("locked");
            assertThat(ms).as("it waited for the other writer first").isGreaterThanOrEqualTo(4500);
            assertThat(e.edits()
                            .add(EditKind.PARTY, party("LCK"), Cite.source(src), "t")
                            .id())
                    .isPositive();
        }
    }

    @Test
    void aFullDiskIsAClearMessageAndNothingIsWritten() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        try (Editing e = EditFixture.open(file);
                Statement st = e.database().connection().createStatement()) {
            long src = source(e.database());
            List<String> before = content(e.database());
            long pages = id(e.database(), "PRAGMA page_count");
            st.execute("PRAGMA max_page_count = " + pages);
            Throwable t = catchThrowable(() -> e.edits()
                    .add(
                            EditKind.PARTY,
                            Map.of("abbreviation", "BIG", "name", "x".repeat(200_000)),
                            Cite.source(src),
                            "t"));
            assertThat(t)
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("the disk is full; the edit was not saved");
            assertThat(content(e.database())).isEqualTo(before);
            assertThat(id(e.database(), "SELECT count(*) FROM edit")).isZero();
            st.execute("PRAGMA max_page_count = 1073741823");
            e.edits().add(EditKind.PARTY, party("SML"), Cite.source(src), "t");
            assertThat(id(e.database(), "SELECT count(*) FROM edit")).isOne();
        }
    }

    @Test
    void aFileDeletedOrAFolderGoneUnderTheOpenDatabaseIsAClearMessage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path file = EditFixture.copy(folder.resolve("db.sqlite"));
        try (Editing e = EditFixture.open(file)) {
            long src = source(e.database());
            Files.delete(file);
            assertThat(catchThrowable(() -> e.edits().add(EditKind.PARTY, party("DEL"), Cite.source(src), "t")))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("was deleted or moved while open; the edit was not saved");
        }
        Path folder2 = Files.createDirectory(dir.resolve("folder2"));
        Path file2 = EditFixture.copy(folder2.resolve("db.sqlite"));
        try (Editing e = EditFixture.open(file2)) {
            long src = source(e.database());
            Files.move(folder2, dir.resolve("elsewhere"));
            assertThat(catchThrowable(() -> e.edits().add(EditKind.PARTY, party("GON"), Cite.source(src), "t")))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("is gone; the edit was not saved");
        }
    }

    @Test
    void aWriteTheFileRefusesIsAClearMessage() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        // a connection the file system will not let write (root can write anything, so simulated as SQLite sees it)
        try (Editing e = EditFixture.open(file);
                Statement st = e.database().connection().createStatement()) {
            long src = source(e.database());
            st.execute("PRAGMA query_only = 1");
            assertThat(catchThrowable(() -> e.edits().add(EditKind.PARTY, party("RO"), Cite.source(src), "t")))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("is read-only; the edit was not saved");
        }
    }

    @Test
    void aReadOnlyFileIsRefusedForEditing() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeThat(Files.isWritable(file))
                .as("the OS keeps this user from writing a read-only file (not root)")
                .isFalse();
        assertThat(catchThrowable(() -> Database.openForEditing(file)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("is read-only");
    }

    @Test
    void anotherConnectionSeesCommittedEditsAndNoticesThemByDataVersion() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        try (Editing e = EditFixture.open(file);
                Database watcher = Database.openForEditing(file)) {
            long v0 = watcher.dataVersion();
            long own = e.database().dataVersion();
            e.edits().add(EditKind.PARTY, party("NEW"), Cite.source(source(e.database())), "t");
            assertThat(watcher.dataVersion()).as("another connection's commit").isNotEqualTo(v0);
            assertThat(e.database().dataVersion())
                    .as("its own commits do not count")
                    .isEqualTo(own);
            // the command line and a read-only window read a file being edited (through its journal)
            try (Database reader = Database.openReadOnly(file)) {
                assertThat(Repositories.of(reader).parties().party("NEW")).isPresent();
            }
        }
        try (Database after = Database.openReadOnly(file)) {
            assertThat(rows(after.connection(), "SELECT count(*) FROM edit")).containsExactly("1");
        }
    }

    @Test
    void editingAfterCloseOrOnAMissingRecordIsRefusedWithAMessage() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        try (Editing e = EditFixture.open(file)) {
            assertThat(catchThrowable(
                            () -> e.edits().change(EditKind.PARTY, 999_999, Map.of("name", "x"), Cite.source(1), "t")))
                    .isInstanceOf(EditRejected.class)
                    .hasMessageContaining("there is no party #999999");
            assertThat(catchThrowable(() -> e.edits().undo(424242, "t"))).hasMessageContaining("no edit #424242");
        }
    }
}
