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

    /**
     * One dictionary-encoded column. Each row's code takes two bytes while the column has fewer than 65,536
     * distinct values (nearly always: parties, seats, statuses, dates), four beyond.
     */
    static final class Index {
        /** The codes of a column of fewer than 65,536 values, else {@code null}. */
        private final char[] narrow;
        /** The codes of a column of more values, else {@code null}. */
        private final int[] wide;

        final Object[] values;
        final String[] texts;
        final String[] lower;
        final int[] rank;
        final int[] counts;

        Index(char[] narrow, int[] wide, Object[] values, String[] texts, int[] rank, int[] counts) {
            this.narrow = narrow;
            this.wide = wide;
            this.values = values;
            this.texts = texts;
            this.rank = rank;
            this.counts = counts;
            this.lower = new String[texts.length];
            for (int i = 0; i < texts.length; i++) {
                lower[i] = texts[i].toLowerCase(Locale.ROOT);
            }
        }

        /** The code of row {@code r}. */
        int code(int r) {
            return narrow != null ? narrow[r] : wide[r];
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
        private Map<Object, Integer>[] dicts;
        private List<List<Object>> values = new ArrayList<>();
        /** Per column, the rows' codes while the column has fewer than 65,536 values ({@code null} beyond). */
        private char[][] narrow;
        /** Per column, the rows' codes once it has more ({@code null} before). */
        private int[][] wide;

        private int[][] counts;
        private int[][] sortValues;
        private final Object[] last;
        private final int[] lastCode;
        private long[] ids;
        private int n;

        public Builder(RecordTableSpec<R> spec, boolean keepRows) {
            this(spec, keepRows, 64);
        }

        /** A builder for about {@code expectedRows} rows (its arrays are made that size, not grown to it). */
        @SuppressWarnings("unchecked")
        public Builder(RecordTableSpec<R> spec, boolean keepRows, long expectedRows) {
            int size = (int) Math.max(64, Math.min(Integer.MAX_VALUE - 8, expectedRows));
            this.ids = new long[size];
            this.cols = spec.columns();
            this.id = spec.id();
            this.kept = keepRows ? new ArrayList<>() : null;
            int c = cols.size();
            dicts = new Map[c];
            narrow = new char[c][size];
            wide = new int[c][];
            counts = new int[c][16];
            sortValues = new int[c][];
            last = new Object[c];
            lastCode = new int[c];
            for (int i = 0; i < c; i++) {
                dicts[i] = new HashMap<>();
                values.add(new ArrayList<>());
                lastCode[i] = -1;
                if (cols.get(i).hasOwnSort()) {
                    sortValues[i] = new int[size];
                }
            }
        }

        /** How many rows were taken. */
        public int size() {
            return n;
        }

        /** Where the builder stands: {@link #reset} goes back here. */
        public record Mark(int rows, int[] values) {}

        public Mark mark() {
            int[] v = new int[cols.size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = values.get(c).size();
            }
            return new Mark(n, v);
        }

        /**
         * Forgets the rows taken since {@code m} (a chunk read again from its start after it was stopped midway: its
         * rows must not be counted twice), with their counts and the values only they had.
         */
        public void reset(Mark m) {
            for (int c = 0; c < cols.size(); c++) {
                for (int r = m.rows(); r < n; r++) {
                    counts[c][narrow[c] != null ? narrow[c][r] : wide[c][r]]--;
                }
                List<Object> vals = values.get(c);
                while (vals.size() > m.values()[c]) {
                    Object k = vals.remove(vals.size() - 1);
                    dicts[c].remove(k == null ? NULL_KEY : k);
                }
                lastCode[c] = -1;
                last[c] = null;
            }
            if (kept != null) {
                kept.subList(m.rows(), n).clear();
            }
            n = m.rows();
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
                if (narrow[c] != null) {
                    if (code > Character.MAX_VALUE) {
                        wide[c] = widen(narrow[c]);
                        narrow[c] = null;
                        wide[c][n] = code;
                    } else {
                        narrow[c][n] = (char) code;
                    }
                } else {
                    wide[c][n] = code;
                }
                counts[c][code]++;
                if (sortValues[c] != null) {
                    sortValues[c][n] = column.sortValue(row);
                }
            }
            n++;
        }

        private void grow() {
            int size = (int) Math.min(Integer.MAX_VALUE - 8, n * 2L);
            ids = Arrays.copyOf(ids, size);
            for (int c = 0; c < cols.size(); c++) {
                if (narrow[c] != null) {
                    narrow[c] = Arrays.copyOf(narrow[c], size);
                } else {
                    wide[c] = Arrays.copyOf(wide[c], size);
                }
                if (sortValues[c] != null) {
                    sortValues[c] = Arrays.copyOf(sortValues[c], size);
                }
            }
        }

        /**
         * The encoded rows; the builder is spent and lets go of what it held (a job that still refers to it holds
         * nothing large).
         */
        public TableData<R> build() {
            Index[] idx = new Index[cols.size()];
            int[][] sorts = new int[cols.size()][];
            for (int c = 0; c < cols.size(); c++) {
                idx[c] = index(
                        cols.get(c),
                        narrow[c] == null ? null : Arrays.copyOf(narrow[c], n),
                        wide[c] == null ? null : Arrays.copyOf(wide[c], n),
                        values.get(c),
                        counts[c]);
                narrow[c] = null;
                wide[c] = null;
                sorts[c] = sortValues[c] == null ? null : Arrays.copyOf(sortValues[c], n);
                sortValues[c] = null;
            }
            TableData<R> out = new TableData<>(kept, Arrays.copyOf(ids, n), idx, sorts);
            ids = null;
            narrow = null;
            wide = null;
            sortValues = null;
            counts = null;
            dicts = null;
            values = null;
            return out;
        }
    }

    private static int[] widen(char[] codes) {
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i];
        }
        return out;
    }

    private static <R> Index index(RecordColumn<R> column, char[] narrow, int[] wide, List<Object> values, int[] cnt) {
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
        return new Index(narrow, wide, vals, texts, rank, Arrays.copyOf(cnt, d));
    }
}
