package org.allianceexplorer.domain.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One stored row added, changed or removed: its table, its id ({@code null} for a row of a table keyed by its
 * fields: citation, event_party, event_person), the key people read, and the values before and after. An
 * insert has only {@code after} (every non-empty field), a delete only {@code before}, an update the fields
 * it changed on both sides. That is enough to reverse it: {@link #inverse()}.
 */
public record RowChange(
        String table, Long id, String record, Action action, Map<String, String> before, Map<String, String> after) {

    /** What happened to the row (the history's {@code action}). */
    public enum Action {
        INSERT,
        UPDATE,
        DELETE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public RowChange {
        before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** The change that undoes this one: a delete for an insert, the insert (same id, same values) for a delete. */
    public RowChange inverse() {
        Action a = switch (action) {
            case INSERT -> Action.DELETE;
            case DELETE -> Action.INSERT;
            case UPDATE -> Action.UPDATE;
        };
        return new RowChange(table, id, record, a, after, before);
    }

    /** The fields it touches, in order. */
    public Set<String> fields() {
        Set<String> s = new LinkedHashSet<>(before.keySet());
        s.addAll(after.keySet());
        return s;
    }

    /** The same change with the id the database gave a new row. */
    public RowChange withId(long newId) {
        return new RowChange(table, newId, record, action, before, after);
    }
}
