package org.allianceexplorer.editing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;

/**
 * Edit > Find a record to change…: the kind of record, then the record itself found by name (as the form's
 * pickers find linked records). Every kind with records of its own can be found, including those without a
 * screen (aliases, affiliations, assemblies, party results).
 */
public final class FindRecordViewModel {

    private final AppState state;
    private final TaskRunner tasks;
    private final ObjectProperty<EditKind> kind = new SimpleObjectProperty<>(this, "kind", EditKind.PARTY);
    private final ReadOnlyObjectWrapper<FieldInput> record = new ReadOnlyObjectWrapper<>(this, "record");

    public FindRecordViewModel(AppState state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
        kind.addListener((o, a, b) -> record.set(input(b)));
        record.set(input(kind.get()));
    }

    /** The kinds that can be found: all but citations (they are changed on the record they back). */
    public static List<EditKind> kinds() {
        return Arrays.stream(EditKind.values())
                .filter(k -> k != EditKind.CITATION)
                .toList();
    }

    private FieldInput input(EditKind k) {
        if (k == null) {
            return null;
        }
        FieldInput in = new FieldInput(new Field("record", KindNames.kind(k), Field.Type.LINK, true, k, null));
        in.queryProperty().addListener((o, a, b) -> suggest(in));
        return in;
    }

    /** Offers the records of the kind matching what is typed (latest words win). */
    public void suggest(FieldInput in) {
        Session s = state.getSession();
        if (s == null || !s.editable()) {
            return;
        }
        EditKind k = in.field().ref();
        String words = in.queryProperty().get();
        tasks.run(
                this,
                null,
                () -> s.editing().edits().lookup(k, words, Map.of(), RecordFormViewModel.PICKER_ROWS),
                in.suggestions()::setAll,
                e -> in.suggestions().clear());
    }

    public ObjectProperty<EditKind> kindProperty() {
        return kind;
    }

    /** The picker of the record: a new one for each kind. */
    public ReadOnlyObjectProperty<FieldInput> recordProperty() {
        return record.getReadOnlyProperty();
    }
}
