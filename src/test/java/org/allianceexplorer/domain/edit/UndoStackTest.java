package org.allianceexplorer.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command model: an edit knows its inverse; the stacks name what Undo and Redo would do. */
class UndoStackTest {

    private static final RowChange INSERT = new RowChange(
            "party", 7L, "NEW", RowChange.Action.INSERT, Map.of(), Map.of("abbreviation", "NEW", "name", "New"));
    private static final RowChange UPDATE;

    static {
        java.util.Map<String, String> before = new java.util.LinkedHashMap<>();
        before.put("to_date", null);
        UPDATE = new RowChange("membership", 3L, "#3", RowChange.Action.UPDATE, before, Map.of("to_date", "2024"));
    }

    @Test
    void anEditsInverseUndoesItsRowsInReverseOrder() {
        Edit e = new Edit(1, "Add party NEW", List.of(INSERT, UPDATE));
        List<RowChange> inv = e.inverse();
        assertThat(inv).extracting(RowChange::table).containsExactly("membership", "party");
        assertThat(inv.get(0).before()).containsEntry("to_date", "2024");
        assertThat(inv.get(0).after()).containsEntry("to_date", null);
        assertThat(inv.get(1).action()).isEqualTo(RowChange.Action.DELETE);
        assertThat(inv.get(1).before()).isEqualTo(INSERT.after());
        assertThat(inv.get(1).inverse()).isEqualTo(INSERT);
        assertThat(e.insertedId("party")).isEqualTo(7);
    }

    @Test
    void undoAndRedoNameTheEditAndANewEditEmptiesRedo() {
        UndoStack s = new UndoStack();
        assertThat(s.nextUndo()).isEmpty();
        s.done(new Edit(1, "Add party X", List.of(INSERT)));
        s.done(new Edit(2, "Delete alliance PDM and 12 memberships", List.of(INSERT)));
        assertThat(s.nextUndo().map(UndoStack.Entry::label)).contains("Delete alliance PDM and 12 memberships");
        UndoStack.Entry top = s.nextUndo().orElseThrow();
        s.undone(top);
        assertThat(s.nextUndo().map(UndoStack.Entry::label)).contains("Add party X");
        assertThat(s.nextRedo().map(UndoStack.Entry::label)).contains("Delete alliance PDM and 12 memberships");
        assertThatThrownBy(() -> s.undone(top)).isInstanceOf(IllegalStateException.class);
        s.done(new Edit(3, "Change party X", List.of(UPDATE)));
        assertThat(s.nextRedo()).isEmpty();
    }
}
