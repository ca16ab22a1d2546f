package org.allianceexplorer.table;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;

/**
 * The shown rows: a read-only observable view of some rows by index. Replacing them fires one change
 * without copying a million references (the removed rows are a view of the old index). Of a paged table
 * ({@link TableData#paged()}) the rows are read a page at a time as they are asked for ({@link RowPages}): a row
 * not read yet is {@code null} until its page arrives (an update change of the page's positions).
 */
final class RowList<R> extends ObservableListBase<R> {

    private List<R> rows = List.of();
    private long[] ids = new long[0];
    private int[] index = new int[0];
    /** The rows of a paged table, or {@code null}. */
    private RowPages<R> pages;
    /** Newer versions of some rows (by row index), shown until the rows are next replaced. */
    private Map<Integer, R> newer = Map.of();

    @Override
    public R get(int i) {
        if (i < 0 || i >= index.length) {
            throw new IndexOutOfBoundsException(i);
        }
        if (pages != null) {
            return pages.get(i, index.length, this::idAt);
        }
        R n = newer.isEmpty() ? null : newer.get(index[i]);
        return n != null ? n : rows.get(index[i]);
    }

    /** The id of the row at position {@code i}. */
    long idAt(int i) {
        return ids[index[i]];
    }

    /** Reads the rows of a paged table at these positions (those not read yet or stale) in the background. */
    void readRange(int first, int last) {
        if (pages != null) {
            pages.readRange(first, Math.min(last, index.length - 1), index.length, this::idAt);
        }
    }

    /** Rows of a paged table arrived: the positions of their page (from {@code first}) show them. */
    void arrived(int first) {
        int to = Math.min(index.length, first + RowPages.PAGE);
        if (first >= to) {
            return;
        }
        beginChange();
        for (int i = first; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
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

    /** Shows rows {@code newIndex} of {@code data}; a paged table's rows are read by {@code paged} as shown. */
    void set(TableData<R> data, int[] newIndex, RowPages<R> paged) {
        List<R> old = new Indexed<>(rows, ids, index, pages);
        newer = Map.of();
        rows = data.rows;
        ids = data.ids;
        index = newIndex;
        pages = data.paged() ? paged : null;
        if (pages != null) {
            pages.reordered();
        }
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

    /** A fixed view of rows by index (of a paged table: the rows kept, {@code null} for others). */
    private static final class Indexed<R> extends AbstractList<R> {
        private final List<R> rows;
        private final long[] ids;
        private final int[] index;
        private final RowPages<R> pages;

        Indexed(List<R> rows, long[] ids, int[] index, RowPages<R> pages) {
            this.rows = rows;
            this.ids = ids;
            this.index = index;
            this.pages = pages;
        }

        @Override
        public R get(int i) {
            return pages != null ? pages.peek(ids[index[i]]) : rows.get(index[i]);
        }

        @Override
        public int size() {
            return index.length;
        }
    }
}
