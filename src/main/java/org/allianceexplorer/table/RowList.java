package org.allianceexplorer.table;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;

/**
 * The shown rows: a read-only observable view of some rows by index. Replacing them fires one change
 * without copying a million references (the removed rows are a view of the old index).
 */
final class RowList<R> extends ObservableListBase<R> {

    private List<R> rows = List.of();
    private int[] index = new int[0];
    /** Newer versions of some rows (by row index), shown until the rows are next replaced. */
    private Map<Integer, R> newer = Map.of();

    @Override
    public R get(int i) {
        if (i < 0 || i >= index.length) {
            throw new IndexOutOfBoundsException(i);
        }
        R n = newer.isEmpty() ? null : newer.get(index[i]);
        return n != null ? n : rows.get(index[i]);
    }

    /**
     * Shows newer versions of the rows at these positions ({@code fresh}: position to row) until the rows are next
     * replaced; one change, an update of each position.
     */
    void update(Map<Integer, R> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        Map<Integer, R> next = new HashMap<>(newer);
        fresh.forEach((pos, r) -> next.put(index[pos], r));
        newer = next;
        beginChange();
        fresh.keySet().stream().sorted().forEach(this::nextUpdate);
        endChange();
    }

    @Override
    public int size() {
        return index.length;
    }

    void set(List<R> newRows, int[] newIndex) {
        List<R> old = new Indexed<>(rows, index);
        newer = Map.of();
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
