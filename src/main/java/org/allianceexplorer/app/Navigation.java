package org.allianceexplorer.app;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.allianceexplorer.domain.RecordRef;

/**
 * Where the user has been: the selected record and a browser-like history. {@link #go} selects a record
 * and drops any forward history; {@link #back} and {@link #forward} move through it.
 */
public final class Navigation {

    private static final int LIMIT = 200;

    private final List<RecordRef> history = new ArrayList<>();
    private int index = -1;
    private final ReadOnlyObjectWrapper<RecordRef> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    /** Selects {@code ref}; does nothing when it is already the current record. */
    public void go(RecordRef ref) {
        if (ref == null || ref.equals(current.get())) {
            return;
        }
        while (history.size() > index + 1) {
            history.remove(history.size() - 1);
        }
        history.add(ref);
        if (history.size() > LIMIT) {
            history.remove(0);
        }
        index = history.size() - 1;
        update();
    }

    public void back() {
        if (index > 0) {
            index--;
            update();
        }
    }

    public void forward() {
        if (index < history.size() - 1) {
            index++;
            update();
        }
    }

    /** Forgets everything (a different database was opened). */
    public void clear() {
        history.clear();
        index = -1;
        update();
    }

    private void update() {
        current.set(index < 0 ? null : history.get(index));
        canGoBack.set(index > 0);
        canGoForward.set(index >= 0 && index < history.size() - 1);
    }

    public ReadOnlyObjectProperty<RecordRef> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public RecordRef getCurrent() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
