package org.allianceexplorer.table;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;

/**
 * What a record table lists: the kind of record (for navigation), its columns, how a row is identified
 * and labelled, and the file name an export suggests.
 *
 * @param <R> the row type
 */
public record RecordTableSpec<R>(
        RecordKind kind,
        List<RecordColumn<R>> columns,
        ToLongFunction<R> id,
        Function<R, String> label,
        String exportName,
        Function<R, RecordRef> refOf) {

    public RecordTableSpec {
        columns = List.copyOf(columns);
    }

    /** A table of records of one kind: a row is the record of that kind with its id. */
    public RecordTableSpec(
            RecordKind kind,
            List<RecordColumn<R>> columns,
            ToLongFunction<R> id,
            Function<R, String> label,
            String exportName) {
        this(kind, columns, id, label, exportName, null);
    }

    /**
     * A table whose rows stand for records of several kinds (the history): {@code refOf} gives the record a
     * row opens, or {@code null} for a row that opens none; {@code id} still identifies the row.
     */
    public static <R> RecordTableSpec<R> mixed(
            List<RecordColumn<R>> columns, ToLongFunction<R> id, Function<R, RecordRef> refOf, String exportName) {
        return new RecordTableSpec<>(null, columns, id, r -> String.valueOf(id.applyAsLong(r)), exportName, refOf);
    }

    /** The position of the column with this id among {@link #columns()}; an unknown id is a programming error. */
    int indexOf(String columnId) {
        Integer c = indexOfOrNull(columnId);
        if (c == null) {
            throw new IllegalArgumentException("no column '" + columnId + "'");
        }
        return c;
    }

    /** The position of the column with this id, or {@code null} when there is none. */
    Integer indexOfOrNull(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        return null;
    }

    /** The reference to a row, for {@code Navigation.go}; {@code null} when the row opens no record. */
    public RecordRef ref(R row) {
        return refOf != null ? refOf.apply(row) : new RecordRef(kind, id.applyAsLong(row), label.apply(row));
    }
}
