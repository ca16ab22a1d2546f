package org.allianceexplorer.domain.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What Undo and Redo would do, for the edits made since a database was opened: two stacks of edits (id and
 * name). The stacks only remember; the edit service does the undoing (one transaction, recorded in the
 * history as an undo). A new edit empties Redo, as in every editor.
 */
public final class UndoStack {

    /** An edit that can be undone or redone: its history id and its name. */
    public record Entry(long editId, String label) {}

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();

    /** A new edit was committed. */
    public void done(Edit edit) {
        done(new Entry(edit.id(), edit.label()));
    }

    /** A new edit was committed elsewhere in this window (an import): its id and name. */
    public void done(Entry entry) {
        undo.push(entry);
        redo.clear();
    }

    /** The edit Undo would undo. */
    public Optional<Entry> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit Redo would redo. */
    public Optional<Entry> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** The top edit was undone (its undo committed): it moves to Redo. */
    public void undone(Entry e) {
        if (!e.equals(undo.peek())) {
            throw new IllegalStateException("not the next edit to undo: " + e);
        }
        redo.push(undo.pop());
    }

    /** The top undone edit was redone: it moves back to Undo. */
    public void redone(Entry e) {
        if (!e.equals(redo.peek())) {
            throw new IllegalStateException("not the next edit to redo: " + e);
        }
        undo.push(redo.pop());
    }

    /** Forgets everything (another database was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
    }
}
