package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list history}: who changed what and when, as CSV with stable columns; also while another writes. */
class ListHistoryCliTest {

    @TempDir
    Path dir;

    private static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void theHistoryListsEveryChangedFieldWithItsEditorAndTime() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        Edit add;
        try (Editing e = EditFixture.open(file)) {
            long src = EditFixture.id(e.database(), "SELECT min(id) FROM source");
            add = e.edits()
                    .add(
                            EditKind.PARTY,
                            Map.of("abbreviation", "HIS", "name", "History Party"),
                            Cite.source(src),
                            "zainab");
            e.edits()
                    .change(
                            EditKind.PARTY,
                            add.insertedId("party"),
                            Map.of("name", "History, \"Party\""),
                            Cite.source(src),
                            "omar");
            e.edits().undo(add.id() + 1, "omar");
        }
        CliTest.Result r = run("list", "history", "--db", file.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\r?\n");
        assertThat(lines[0]).isEqualTo("time,editor,kind,record,action,field,old,new,edit,edit_action,label");
        assertThat(lines)
                .contains(
                        "2026-03-01T09:30:15Z,zainab,party,HIS,insert,abbreviation,,HIS," + add.id()
                                + ",edit,Add party HIS",
                        "2026-03-01T09:30:15Z,zainab,party,HIS,insert,name,,History Party," + add.id()
                                + ",edit,Add party HIS",
                        "2026-03-01T09:30:15Z,omar,party,HIS,update,name,History Party,\"History, \"\"Party\"\"\","
                                + (add.id() + 1) + ",edit,Change party HIS",
                        "2026-03-01T09:30:15Z,omar,party,HIS,update,name,\"History, \"\"Party\"\"\",History Party,"
                                + (add.id() + 2) + ",undo,Undo Change party HIS");
        assertThat(lines).anyMatch(l -> l.contains(",citation,") && l.contains(",insert,source_id,"));

        CliTest.Result text = run("list", "history", "--db", file.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("zainab").contains("Undo Change party HIS");
        assertThat(run("list", "history", "--db", file.toString(), "--party", "ANP")
                        .code())
                .isEqualTo(2);

        // one line per edit, oldest first: the party added with its citation, its rename, the undo of the rename
        CliTest.Result edits = run("list", "history", "--edits", "--db", file.toString(), "--format", "csv");
        assertThat(edits.code()).as(edits.err()).isZero();
        String[] editLines = edits.out().split("\r?\n");
        assertThat(editLines)
                .containsExactly(
                        "edit,time,editor,edit_action,label,kinds,actions,first_record,records,changes",
                        add.id() + ",2026-03-01T09:30:15Z,zainab,edit,Add party HIS,party;citation,insert,HIS,2,"
                                + Arrays.stream(lines)
                                        .filter(l -> l.endsWith(",Add party HIS"))
                                        .count(),
                        (add.id() + 1) + ",2026-03-01T09:30:15Z,omar,edit,Change party HIS,party,update,HIS,1,1",
                        (add.id() + 2) + ",2026-03-01T09:30:15Z,omar,undo,Undo Change party HIS,party,update,HIS,1,1");
        CliTest.Result refused = run("list", "parties", "--edits", "--db", file.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err())
                .contains("--edits applies to list history only")
                .doesNotContain("Exception");
    }

    @Test
    void theCommandLineReadsAFileWhileAnotherProgramHoldsItsWriteLock() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        try (Editing e = EditFixture.open(file);
                Database other = Database.openForEditing(file);
                Statement st = other.connection().createStatement()) {
            long src = EditFixture.id(e.database(), "SELECT min(id) FROM source");
            e.edits().add(EditKind.PARTY, Map.of("abbreviation", "CMT", "name", "Committed"), Cite.source(src), "a");
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE party SET name = 'uncommitted' WHERE abbreviation = 'CMT'");
            CliTest.Result r = run("list", "history", "--db", file.toString(), "--format", "csv");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Add party CMT");
            CliTest.Result parties = run("list", "parties", "--db", file.toString(), "--format", "csv");
            assertThat(parties.out()).contains("CMT,Committed").doesNotContain("uncommitted");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void theBundledDatasetHasAnEmptyHistory() {
        CliTest.Result r = run("list", "history", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("time,editor,kind,record,action,field,old,new,edit,edit_action,label");
    }
}
