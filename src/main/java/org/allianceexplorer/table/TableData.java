package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Rows ready to be filtered and sorted fast: each column is dictionary-encoded (every row holds the code
 * of its key; each distinct key has its text, lower-case text, rank in sort order and row count), so a
 * filter or a quick search tests a few thousand distinct values once and then scans integer arrays.
 *
 * <p>Kept with its rows (a small table) or as the keys alone, {@link #paged()}: the ids and the codes of a
 * million rows take about 70 MB where the rows took several hundred, and the rows shown are read a page at a
 * time by id ({@link RowPages}). Built off the FX thread with a {@link Builder}; immutable afterwards.
 *
 * @param <R> the row type
 */
public final class TableData<R> {

    private static final Object NULL_KEY = new Object();

    /** The rows, or {@code null} when only their keys are kept ({@link #paged()}). */
    final List<R> rows;

    final long[] ids;
    final Index[] columns;
    /** Per column, each row's own sort value ({@link RecordColumn#cell}), or {@code null} for a column sorted by key. */
    final int[][] sortValues;

    /** One dictionary-encoded column. */
    static final class Index {
        final int[] codes;
        final Object[] values;
        final String[] texts;
        final String[] lower;
        final int[] rank;
        final int[] counts;

        Index(int[] codes, Object[] values, String[] texts, int[] rank, int[] counts) {
            this.codes = codes;
            this.values = values;
            this.texts = texts;
            this.rank = rank;
            this.counts = counts;
            this.lower = new String[texts.length];
            for (int i = 0; i < texts.length; i++) {
                lower[i] = texts[i].toLowerCase(Locale.ROOT);
            }
        }
    }

    private TableData(List<R> rows, long[] ids, Index[] columns, int[][] sortValues) {
        this.rows = rows;
        this.ids = ids;
        this.columns = columns;
        this.sortValues = sortValues;
    }

    /** Indexes {@code rows} and keeps them (call off the FX thread for large tables). */
    public static <R> TableData<R> of(RecordTableSpec<R> spec, List<R> rows) {
        Builder<R> b = new Builder<>(spec, true);
        rows.forEach(b::add);
        return b.build();
    }

    /** No rows. */
    public static <R> TableData<R> empty(RecordTableSpec<R> spec) {
        return new Builder<>(spec, true).build();
    }

    public int size() {
        return ids.length;
    }

    /** True when only the keys are kept: the rows are read by id when shown. */
    public boolean paged() {
        return rows == null;
    }

    /** The id of row {@code i}. */
    public long id(int i) {
        return ids[i];
    }

    /** Row {@code i}; only when the rows are kept. */
    public R row(int i) {
        if (rows == null) {
            throw new IllegalStateException("only the keys of the rows are kept");
        }
        return rows.get(i);
    }

    /** Where the row with this id is among the rows, or -1. */
    int indexOf(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Takes rows one at a time (a stream of a million need not be held) and encodes their keys; {@code keepRows}
     * keeps the rows too. One thread at a time (the task runner's worker, chunk after chunk).
     */
    public static final class Builder<R> {
        private final List<RecordColumn<R>> cols;
        private final ToLongFunction<R> id;
        private final List<R> kept;
        private final Map<Object, Integer>[] dicts;
        private final List<List<Object>> values = new ArrayList<>();
        private final int[][] codes;
        private final int[][] counts;
        private final int[][] sortValues;
        private final Object[] last;
        private final int[] lastCode;
        private long[] ids = new long[64];
        private int n;

        @SuppressWarnings("unchecked")
        public Builder(RecordTableSpec<R> spec, boolean keepRows) {
            this.cols = spec.columns();
            this.id = spec.id();
            this.kept = keepRows ? new ArrayList<>() : null;
            int c = cols.size();
            dicts = new Map[c];
            codes = new int[c][64];
            counts = new int[c][16];
            sortValues = new int[c][];
            last = new Object[c];
            lastCode = new int[c];
            for (int i = 0; i < c; i++) {
                dicts[i] = new HashMap<>();
                values.add(new ArrayList<>());
                lastCode[i] = -1;
                if (cols.get(i).hasOwnSort()) {
                    sortValues[i] = new int[64];
                }
            }
        }

        /** How many rows were taken. */
        public int size() {
            return n;
        }

        public void add(R row) {
            if (n == ids.length) {
                grow();
            }
            ids[n] = id.applyAsLong(row);
            if (kept != null) {
                kept.add(row);
            }
            for (int c = 0; c < cols.size(); c++) {
                RecordColumn<R> column = cols.get(c);
                Object k = column.key(row);
                Object key = k == null ? NULL_KEY : k;
                int code;
                if (lastCode[c] >= 0 && (key == last[c] || key.equals(last[c]))) {
                    code = lastCode[c];
                } else {
                    Integer known = dicts[c].get(key);
                    if (known == null) {
                        known = values.get(c).size();
                        dicts[c].put(key, known);
                        values.get(c).add(k);
                        if (known == counts[c].length) {
                            counts[c] = Arrays.copyOf(counts[c], known * 2);
                        }
                    }
                    code = known;
                    last[c] = key;
                    lastCode[c] = code;
                }
                codes[c][n] = code;
                counts[c][code]++;
                if (sortValues[c] != null) {
                    sortValues[c][n] = column.sortValue(row);
                }
            }
            n++;
        }

        private void grow() {
            int size = n * 2;
            ids = Arrays.copyOf(ids, size);
            for (int c = 0; c < cols.size(); c++) {
                codes[c] = Arrays.copyOf(codes[c], size);
                if (sortValues[c] != null) {
                    sortValues[c] = Arrays.copyOf(sortValues[c], size);
                }
            }
        }

        /** The encoded rows; the builder is spent. */
        public TableData<R> build() {
            Index[] idx = new Index[cols.size()];
            int[][] sorts = new int[cols.size()][];
            for (int c = 0; c < cols.size(); c++) {
                idx[c] = index(cols.get(c), Arrays.copyOf(codes[c], n), values.get(c), counts[c]);
                sorts[c] = sortValues[c] == null ? null : Arrays.copyOf(sortValues[c], n);
            }
            return new TableData<>(kept, Arrays.copyOf(ids, n), idx, sorts);
        }
    }

    private static <R> Index index(RecordColumn<R> column, int[] codes, List<Object> values, int[] cnt) {
        int d = values.size();
        Object[] vals = values.toArray();
        String[] texts = new String[d];
        for (int i = 0; i < d; i++) {
            texts[i] = column.keyText(vals[i]);
        }
        Integer[] byOrder = new Integer[d];
        for (int i = 0; i < d; i++) {
            byOrder[i] = i;
        }
        Arrays.sort(byOrder, (a, b) -> column.order().compare(vals[a], vals[b]));
        int[] rank = new int[d];
        for (int i = 0; i < d; i++) {
            rank[byOrder[i]] = i;
        }
        return new Index(codes, vals, texts, rank, Arrays.copyOf(cnt, d));
    }
}
