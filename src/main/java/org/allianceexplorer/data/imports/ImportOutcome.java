package org.allianceexplorer.data.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.allianceexplorer.data.ImportHistory;

/**
 * What every import reports, a dataset's ({@link ImportReport}) and a results file's: its problems (listed up to a
 * cap, all counted, conflicts with the database among them), the notes the user should know that did not stop it,
 * and how it stands in the database's history.
 */
public abstract class ImportOutcome {

    private final int maxProblems;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long problemCount;
    private long conflictCount;
    private ImportHistory.Recorded recorded = ImportHistory.Recorded.NONE;

    protected ImportOutcome(int maxProblems) {
        this.maxProblems = maxProblems;
    }

    /** A problem: counted, and listed while fewer than the cap are. */
    public void problem(ImportProblem p) {
        problemCount++;
        if (p.conflict()) {
            conflictCount++;
        }
        if (problems.size() < maxProblems) {
            problems.add(p);
        }
    }

    /** A problem of a file (or of the database or input when {@code file} says so), not of a record. */
    public void problem(String file, long line, String column, String message) {
        problem(new ImportProblem(file, line, column, message, false));
    }

    /** Something the user should know that did not stop the import (said once). */
    public void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** The import as recorded in the history ({@link ImportHistory}); noted when it was too large to be. */
    void recorded(ImportHistory.Recorded r) {
        this.recorded = r;
        if (r.note() != null) {
            note(r.note());
        }
    }

    /** The problems listed (at most the cap); {@link #problemCount()} counts all. */
    public List<ImportProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public long problemCount() {
        return problemCount;
    }

    /** The problems that are records differing from the database's. */
    public long conflictCount() {
        return conflictCount;
    }

    /** No problem: the import may be (or was) committed. */
    public boolean ok() {
        return problemCount == 0;
    }

    /** Things the user should know that did not stop the import (a semicolon file read, a column ignored). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** The import as the history holds it (Undo takes it back); its edit id is 0 when it is not in the history. */
    public ImportHistory.Recorded history() {
        return recorded;
    }
}
