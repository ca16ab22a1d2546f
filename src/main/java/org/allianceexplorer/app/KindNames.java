package org.allianceexplorer.app;

import java.util.Optional;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;

/**
 * How the interface names the kinds of record and their fields, in its language ("party", "Abbreviation";
 * "جماعت"): the one owner of those words for the forms, the detail pane and the History, which also names the
 * tables and columns its rows record ({@code seat_deal}: "deal", {@code candidate_name}: "Candidate") and what
 * each change and edit did ("added", "undo"). The words are {@code kind.KIND} and {@code field.KIND.name} of this
 * package's bundle; in English a field's is its own label.
 */
public final class KindNames {

    private static final I18n.Messages T = I18n.of(KindNames.class);

    private KindNames() {}

    /** A kind of record as a sentence names it: "party", "deal". */
    public static String kind(EditKind kind) {
        return word("kind." + kind.name(), kind.label());
    }

    /** A field's label: "Abbreviation", "Candidate". */
    public static String field(EditKind kind, Field field) {
        return word("field." + kind.name() + "." + field.name(), field.label());
    }

    /**
     * The records of a table of the database, as the History names them: a kind's table by the kind ("deal"), an
     * event's parties and people as such ("event's party"); another table as it is.
     */
    public static String table(String table) {
        if (table == null) {
            return null;
        }
        Optional<EditKind> kind = EditKind.ofTable(table);
        if (kind.isPresent()) {
            return kind(kind.get());
        }
        return word("table." + table, table);
    }

    /**
     * A column of a table of the database by its field's label ("candidate_name" of {@code seat_deal}:
     * "Candidate"; "party_id" of an event's parties: "Party"); a column of no field as it is.
     */
    public static String column(String table, String column) {
        if (table == null || column == null) {
            return column;
        }
        Optional<EditKind> kind = EditKind.ofTable(table);
        if (kind.isPresent()) {
            return kind.get().field(column).map(f -> field(kind.get(), f)).orElse(column);
        }
        return word("column." + column, column);
    }

    /** What a change recorded in the history did to its record ({@code insert}, {@code update}, {@code delete}): "added". */
    public static String change(String action) {
        return action == null ? null : word("change." + action, action);
    }

    /** What an edit of the history was ({@code edit}, {@code undo}, {@code redo}): "undo". */
    public static String editAction(String action) {
        return action == null ? null : word("editAction." + action, action);
    }

    /** The bundle's text of {@code key}, or {@code otherwise} where it has none. */
    private static String word(String key, String otherwise) {
        String word = T.t(key);
        return word.equals(key) ? otherwise : word;
    }
}
