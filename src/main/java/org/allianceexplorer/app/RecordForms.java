package org.allianceexplorer.app;

import java.util.Map;
import org.allianceexplorer.domain.edit.EditKind;

/**
 * The record forms the window opens from the Edit menu and the detail pane (the editing feature provides them;
 * {@link EditCommands#useForms} installs them).
 */
public interface RecordForms {

    /** Opens the form that adds a record of {@code kind}, with some fields given (names to values). */
    void add(EditKind kind, Map<String, String> preset);

    /** Opens the form that changes record {@code id} of {@code kind}. */
    void change(EditKind kind, long id);

    /** Asks which record to change (any kind, found by name) and opens its form. */
    void find();
}
