package org.allianceexplorer.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.domain.edit.CandidateSuggestion;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Dependents;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.NewClaim;

/**
 * The write side of a database open for editing. Each method that changes data is ONE transaction, committed
 * at once and recorded in the history under {@code editor}; it checks the fields ({@code FieldRules}) and
 * the rules of {@code check} on the records it touches before it commits, and a new or changed fact must
 * cite a source ({@link Cite}). A refused edit raises {@link EditRejected} (per field where one is to blame)
 * and writes nothing; a file that cannot be written raises {@link DatabaseException} with a one-line message.
 * Fields travel as text, by the names of {@link EditKind#fields()}; links are ids. The history is read
 * through {@link Repositories#history()}.
 */
public interface EditRepository {

    /** A record's fields as a form shows them (an event's parties and people as {@code 1;2}), or empty. */
    Optional<Map<String, String>> values(EditKind kind, long id);

    /**
     * Adds a record; fields not given are empty, a required key left empty is made ({@code party-12}). The new
     * record's id: {@code edit.insertedId(kind.table())}. A deal is added with its first claim: give its
     * {@code status} and {@code date} (default today) among the fields; the claim cites {@code cite}.
     */
    Edit add(EditKind kind, Map<String, String> fields, Cite cite, String editor);

    /** Changes the given fields of a record (the others keep their values). */
    Edit change(EditKind kind, long id, Map<String, String> fields, Cite cite, String editor);

    /**
     * As {@link #change(EditKind, long, Map, Cite, String)}, refused when the record is no longer as {@code seen}
     * (what {@link #values} gave when the form opened): someone changed it since, and saving would lose their
     * change. The refusal says what they changed, and who and when where the history knows it. Null {@code seen}
     * checks nothing. (A repository that cannot check, a test's fake, changes without checking.)
     */
    default Edit change(
            EditKind kind, long id, Map<String, String> fields, Map<String, String> seen, Cite cite, String editor) {
        return change(kind, id, fields, cite, editor);
    }

    /** What deleting a record would take with it (nothing is written). */
    Dependents dependents(EditKind kind, long id);

    /**
     * Deletes a record. With dependents (see {@link Dependents#needConfirmation()}) it is refused unless
     * {@code confirm}; then they go in the same transaction, and nothing is left dangling.
     */
    Edit delete(EditKind kind, long id, boolean confirm, String editor);

    /** Removes one citation: {@code sourceId} no longer backs that record (refused if it is its last). */
    Edit uncite(EditKind recordKind, long recordId, long sourceId, String editor);

    /** Undoes an edit (its inverse, one transaction, recorded as an undo); refused if its records changed since. */
    Edit undo(long editId, String editor);

    /** Makes an undone edit again (recorded as a redo). */
    Edit redo(long editId, String editor);

    /** The daily task: adds a dated claim to the deal of that seat, giver and receiver, creating it if new. */
    Edit newClaim(NewClaim claim, String editor);

    /** The receiver's candidate in that seat at that election, from the results (the best placed if several). */
    Optional<CandidateSuggestion> suggestCandidate(long electionId, long seatId, long receiverId);

    /**
     * The pickers of the forms: up to {@code limit} records of {@code kind} matching every word of {@code text}
     * (key, name, or the names of what it links to; all records when blank), best first. {@code within} narrows
     * to records whose link columns hold those ids (a deal's result among its election's and seat's).
     */
    List<Choice> lookup(EditKind kind, String text, Map<String, Long> within, int limit);

    /** A record as a picker shows it (its key and what it is), or empty when there is none. */
    Optional<Choice> choice(EditKind kind, long id);

    /** Changes when another connection commits to the file: poll it to notice another writer's edits. */
    long dataVersion();
}
