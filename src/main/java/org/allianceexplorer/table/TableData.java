package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Rows ready to be filtered and sorted fast: each column is dictionary-encoded (every row holds the code
 * of its key; each distinct key has its text, lower-case text, rank in sort order and row count), so a
 * filter or a quick search tests a few thousand distinct values once and then scans integer arrays.
 * Built off the FX thread by {@link #of}; immutable afterwards.
 *
 * @param <R> the row type
 */
public final class TableData<R> {

    private static final Object NULL_KEY = new Object();

    final List<R> rows;
    final Index[] columns;

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

    private TableData(List<R> rows, Index[] columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** Indexes {@code rows} for {@code columns} (call off the FX thread for large tables). */
    public static <R> TableData<R> of(List<RecordColumn<R>> columns, List<R> rows) {
        List<R> copy = rows instanceof ArrayList<R> ? rows : new ArrayList<>(rows);
        Index[] idx = new Index[columns.size()];
        IntStream range = IntStream.range(0, columns.size());
        (copy.size() > 50_000 ? range.parallel() : range).forEach(c -> idx[c] = index(columns.get(c), copy));
        return new TableData<>(copy, idx);
    }

    /** No rows. */
    public static <R> TableData<R> empty(List<RecordColumn<R>> columns) {
        return of(columns, new ArrayList<>());
    }

    public int size() {
        return rows.size();
    }

    public R row(int i) {
        return rows.get(i);
    }

    private static <R> Index index(RecordColumn<R> column, List<R> rows) {
        int n = rows.size();
        int[] codes = new int[n];
        Map<Object, Integer> dict = new HashMap<>();
        List<Object> values = new ArrayList<>();
        int[] cnt = new int[16];
        Object last = null;
        int lastCode = -1;
        for (int i = 0; i < n; i++) {
            Object k = column.key(rows.get(i));
            Object key = k == null ? NULL_KEY : k;
            int code;
            if (lastCode >= 0 && (key == last || key.equals(last))) {
                code = lastCode;
            } else {
                Integer c = dict.get(key);
                if (c == null) {
                    c = values.size();
                    dict.put(key, c);
                    values.add(k);
                    if (c == cnt.length) {
                        cnt = Arrays.copyOf(cnt, c * 2);
                    }
                }
                code = c;
                last = key;
                lastCode = code;
            }
            codes[i] = code;
            cnt[code]++;
        }
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
