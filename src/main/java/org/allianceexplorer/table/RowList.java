package org.allianceexplorer.table;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The shown rows: a read-only observable view of some rows by index. Replacing them fires one change
 * without copying a million references (the removed rows are a view of the old index).
 */
final class RowList<R> extends ObservableListBase<R> {

    private List<R> rows = List.of();
    private int[] index = new int[0];

    @Override
    public R get(int i) {
        if (i < 0 || i >= index.length) {
            throw new IndexOutOfBoundsException(i);
        }
        return rows.get(index[i]);
    }

    @Override
    public int size() {
        return index.length;
    }

    void set(List<R> newRows, int[] newIndex) {
        List<R> old = new Indexed<>(rows, index);
        rows = newRows;
        index = newIndex;
        if (old.isEmpty() && newIndex.length == 0) {
            return;
        }
        beginChange();
        if (!old.isEmpty()) {
            nextRemove(0, old);
        }
        if (newIndex.length > 0) {
            nextAdd(0, newIndex.length);
        }
        endChange();
    }

    /** A fixed view of rows by index. */
    private static final class Indexed<R> extends AbstractList<R> {
        private final List<R> rows;
        private final int[] index;

        Indexed(List<R> rows, int[] index) {
            this.rows = rows;
            this.index = index;
        }

        @Override
        public R get(int i) {
            return rows.get(index[i]);
        }

        @Override
        public int size() {
            return index.length;
        }
    }
}
