package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allianceexplorer.table.RecordTableViewModel.FilterChoice;
import org.allianceexplorer.table.RecordTableViewModel.SortKey;

/**
 * The filtering and sorting engine of a record table: which rows of the indexed {@link TableData} are shown
 * and in what order, given the column filters, the quick filter and the sort keys. Works on the dictionary
 * codes of {@link TableData} (a filter tests each distinct value once, then scans the rows' codes); holds no
 * toolkit state.
 *
 * @param <R> the row type
 */
final class TableQuery<R> {

    private final RecordTableSpec<R> spec;
    private final Map<String, Set<String>> columnFilters = new LinkedHashMap<>();
    private List<SortKey> sort = List.of();
    /** Row indexes in sort order; {@code null} before the first sort (the order of the query). */
    private int[] sorted;

    private int[] shown = new int[0];

    TableQuery(RecordTableSpec<R> spec) {
        this.spec = spec;
    }

    /** The row indexes shown, in order. */
    int[] shown() {
        return shown;
    }

    /** Where row {@code row} stands among the shown rows, or -1. */
    int position(int row) {
        for (int p = 0; p < shown.length; p++) {
            if (shown[p] == row) {
                return p;
            }
        }
        return -1;
    }

    // ---- column filters ------------------------------------------------------------------------------

    /** The values of a column, in sort order, with their row counts and whether the filter lets them through. */
    List<FilterChoice> choices(TableData<R> data, String columnId) {
        TableData.Index ix = data.columns[spec.indexOf(columnId)];
        Set<String> allowed = columnFilters.get(columnId);
        Integer[] byRank = new Integer[ix.texts.length];
        for (int i = 0; i < byRank.length; i++) {
            byRank[ix.rank[i]] = i;
        }
        Map<String, int[]> merged = new LinkedHashMap<>();
        for (Integer code : byRank) {
            merged.computeIfAbsent(ix.texts[code], t -> new int[1])[0] += ix.counts[code];
        }
        List<FilterChoice> out = new ArrayList<>(merged.size());
        merged.forEach((t, n) -> out.add(new FilterChoice(t, n[0], allowed == null || allowed.contains(t))));
        return out;
    }

    /** Lets through only rows whose cell reads as one of {@code texts} ({@code null}: all). */
    void setColumnFilter(String columnId, Collection<String> texts) {
        spec.indexOf(columnId); // an unknown column is a programming error
        if (texts == null) {
            columnFilters.remove(columnId);
        } else {
            columnFilters.put(columnId, new HashSet<>(texts));
        }
    }

    Optional<Set<String>> columnFilter(String columnId) {
        return Optional.ofNullable(columnFilters.get(columnId)).map(Set::copyOf);
    }

    void clearColumnFilters() {
        columnFilters.clear();
    }

    boolean hasColumnFilters() {
        return !columnFilters.isEmpty();
    }

    // ---- sorting -------------------------------------------------------------------------------------

    List<SortKey> sortKeys() {
        return sort;
    }

    /** Takes these sort keys (unknown columns dropped); false when they are the ones already applied. */
    boolean setSort(List<SortKey> keys) {
        List<SortKey> k = keys.stream()
                .filter(s -> spec.indexOfOrNull(s.columnId()) != null)
                .toList();
        if (k.equals(sort) && sorted != null) {
            return false;
        }
        sort = k;
        return true;
    }

    /** Sorts the rows by the keys, the first most significant, stably (then filter again). */
    void resort(TableData<R> data) {
        int n = data.size();
        int[] perm = null;
        for (int k = sort.size() - 1; k >= 0; k--) {
            SortKey sk = sort.get(k);
            int c = spec.indexOf(sk.columnId());
            int[] own = data.sortValues[c];
            TableData.Index ix = data.columns[c];
            long[] packed = new long[n];
            for (int p = 0; p < n; p++) {
                int r = perm == null ? p : perm[p];
                int v = own != null ? own[r] : ix.rank[ix.code(r)];
                // (key, position) packed so that a signed sort of the longs is a stable sort by key
                packed[p] = ((long) (sk.ascending() ? v : ~v) << 32) | p;
            }
            Arrays.parallelSort(packed);
            int[] next = new int[n];
            for (int p = 0; p < n; p++) {
                int from = (int) (packed[p] & 0xffffffffL);
                next[p] = perm == null ? from : perm[from];
            }
            perm = next;
        }
        sorted = perm;
    }

    // ---- filtering -----------------------------------------------------------------------------------

    /** Works out the shown rows: the sorted rows that pass every column filter and every word of {@code quick}. */
    void refilter(TableData<R> data, String quick) {
        int n = data.size();
        int cols = spec.columns().size();
        // only the columns that narrow: their codes and what they let through
        List<TableData.Index> fCodes = new ArrayList<>();
        List<boolean[]> fAllowed = new ArrayList<>();
        for (Map.Entry<String, Set<String>> f : columnFilters.entrySet()) {
            TableData.Index ix = data.columns[spec.indexOf(f.getKey())];
            boolean[] a = new boolean[ix.texts.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = f.getValue().contains(ix.texts[i]);
            }
            fCodes.add(ix);
            fAllowed.add(a);
        }
        // per word of the quick filter: the searched columns where it hits some value, and those hits
        List<TableData.Index[]> qCodes = new ArrayList<>();
        List<boolean[][]> qHits = new ArrayList<>();
        for (String w : words(quick)) {
            List<TableData.Index> codes = new ArrayList<>();
            List<boolean[]> hits = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (!spec.columns().get(c).quickSearched()) {
                    continue;
                }
                TableData.Index ix = data.columns[c];
                boolean[] hit = new boolean[ix.lower.length];
                boolean any = false;
                for (int i = 0; i < hit.length; i++) {
                    hit[i] = ix.lower[i].contains(w);
                    any |= hit[i];
                }
                if (any) {
                    codes.add(ix);
                    hits.add(hit);
                }
            }
            qCodes.add(codes.toArray(TableData.Index[]::new));
            qHits.add(hits.toArray(boolean[][]::new));
        }
        int[] out = new int[n];
        int size = 0;
        rows:
        for (int p = 0; p < n; p++) {
            int r = sorted == null ? p : sorted[p];
            for (int f = 0; f < fCodes.size(); f++) {
                if (!fAllowed.get(f)[fCodes.get(f).code(r)]) {
                    continue rows;
                }
            }
            for (int w = 0; w < qCodes.size(); w++) {
                TableData.Index[] codes = qCodes.get(w);
                boolean[][] hits = qHits.get(w);
                boolean hit = false;
                for (int c = 0; c < codes.length && !hit; c++) {
                    hit = hits[c][codes[c].code(r)];
                }
                if (!hit) {
                    continue rows;
                }
            }
            out[size++] = r;
        }
        shown = size == n ? out : Arrays.copyOf(out, size);
    }

    /** The words of a quick filter, lower-case; none for a blank one. */
    static List<String> words(String quick) {
        if (quick == null) {
            return List.of();
        }
        return Arrays.stream(quick.trim().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
