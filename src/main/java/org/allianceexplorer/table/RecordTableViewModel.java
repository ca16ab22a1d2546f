package org.allianceexplorer.table;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.Notice;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WhenShown;
import org.allianceexplorer.data.Cancellation;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.io.AtomicFile;
import org.allianceexplorer.io.Column;
import org.allianceexplorer.io.SafeCsv;

/**
 * The state and commands of one record table: all rows (indexed, see {@link TableData}), the rows shown
 * after column filters and the quick filter, in the chosen sort order; the column layout; copying,
 * exporting and navigation. Loading runs through the {@link TaskRunner}; a newer load makes older ones
 * moot (their results are dropped and their streams stopped).
 *
 * @param <R> the row type
 */
public final class RecordTableViewModel<R> {

    /** Streams rows into a sink (the sink throws {@code CancellationException} once the load is moot). */
    @FunctionalInterface
    public interface Loader<R> {
        void load(Consumer<R> sink) throws Exception;
    }

    /** The rows of a screen from an open database, under the shared as-of date (in {@code filter}). */
    @FunctionalInterface
    public interface Source<R> {
        void load(Repositories repositories, RecordFilter filter, Consumer<R> sink) throws Exception;
    }

    /**
     * Keeps the table filled from the open database while its screen ({@code screenId}) is shown: loads when the
     * screen is first shown, again when the database or the as-of date changes while it is shown (a change made
     * while it is hidden waits until it is shown again), and empties the table when no database is open.
     */
    public void follow(String screenId, String what, Source<R> source) {
        Runnable reload = WhenShown.defer(state, screenId, () -> {
            Session s = state.getSession();
            if (s == null) {
                clear();
                return;
            }
            RecordFilter f = RecordFilter.ALL.withAsOf(state.getAsOf());
            load(what, sink -> source.load(s.repositories(), f, sink));
        });
        state.sessionProperty().addListener((o, a, b) -> reload.run());
        state.asOfProperty().addListener((o, a, b) -> reload.run());
        reload.run();
    }

    /** One sort criterion. */
    public record SortKey(String columnId, boolean ascending) {}

    /** A value of a column as listed in its filter: its text, how many rows have it, whether it is let through. */
    public record FilterChoice(String text, int count, boolean selected) {}

    /**
     * A request to the view to select rows (a new object each time): the lead row's position among the shown
     * rows ({@code -1}: none), every position to select (the lead among them), and whether to scroll to the lead.
     * Applying it is not a user's choice: the view does not report the selection it makes.
     */
    public static final class Reveal {
        private final int position;
        private final int[] positions;
        private final boolean scroll;

        Reveal(int position) {
            this(position, position < 0 ? new int[0] : new int[] {position}, true);
        }

        Reveal(int position, int[] positions, boolean scroll) {
            this.position = position;
            this.positions = positions.clone();
            this.scroll = scroll;
        }

        /** The lead row (the app's selected record), or -1. */
        public int position() {
            return position;
        }

        /** Every row to select, in ascending order; empty to select none. */
        public int[] positions() {
            return positions.clone();
        }

        public boolean scroll() {
            return scroll;
        }
    }

    private final RecordTableSpec<R> spec;
    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final List<ColumnState<R>> columnStates = new ArrayList<>();
    private final ObservableList<ColumnState<R>> order = FXCollections.observableArrayList();
    private final RowList<R> shown = new RowList<>();
    private final StringProperty quickFilter = new SimpleStringProperty(this, "quickFilter", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "0 rows");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper filtersActive = new ReadOnlyBooleanWrapper(this, "filtersActive", false);
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final Map<String, Set<String>> columnFilters = new LinkedHashMap<>();
    private final AtomicLong loaded = new AtomicLong();
    private volatile long expected;
    /** The load in flight (its first page or the rest), so a newer load or {@link #clear()} can cancel it. */
    private TaskRunner.Handle pending;

    private TableData<R> data;
    private List<SortKey> sort = List.of();
    private int[] sorted;
    private int[] shownRows = new int[0];
    private RecordRef selectedHere;
    /** The ids of the rows the user selected here, kept across new rows, sorting and filtering. */
    private Set<Long> chosen = Set.of();
    /** True while the shown rows are being replaced: the view's selection then follows the rows, not the user. */
    private boolean replacing;
    /** A saved layout was restored: its widths are the user's, not to be fitted. */
    private boolean restoredLayout;

    public RecordTableViewModel(RecordTableSpec<R> spec, AppState state, TaskRunner tasks, DialogService dialogs) {
        this.spec = spec;
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (RecordColumn<R> c : spec.columns()) {
            columnStates.add(new ColumnState<>(c));
        }
        order.setAll(columnStates);
        data = TableData.empty(spec.columns());
        quickFilter.addListener((o, a, b) -> refilter());
        state.navigation().currentProperty().addListener((o, a, b) -> {
            if (b != null && b.kind() == spec.kind() && !b.equals(selectedHere)) {
                reveal(b.id());
            }
        });
    }

    public RecordTableSpec<R> spec() {
        return spec;
    }

    // ---- rows ----------------------------------------------------------------------------------------

    /** The rows shown: filtered and sorted. Read-only for views. */
    public ObservableList<R> shown() {
        return shown;
    }

    /** All rows loaded (before filters). */
    public int total() {
        return data.size();
    }

    /** "N of M rows". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** What the table is doing or last failed to do, for a small status label. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while rows are being loaded in the background. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The share of the expected rows loaded so far, 0 to 1, or -1 when unknown; safe to poll from any thread. */
    public double progress() {
        long e = expected;
        return e <= 0 ? -1 : Math.min(1.0, loaded.get() / (double) e);
    }

    /** Shows these rows now (small lists; large ones go through {@link #load}). */
    public void setRows(List<R> rows) {
        cancelLoad();
        loading.set(false);
        show(TableData.of(spec.columns(), rows));
    }

    /** Loads all rows in the background and shows them. */
    public void load(String what, Loader<R> all) {
        load(what, 0, null, all);
    }

    /**
     * Loads in two steps: {@code firstPage} (a few hundred rows, shown at once), then {@code all} (shown
     * when complete; {@code expected} rows, for the progress). Both run through the task runner.
     */
    public void load(String what, long expectedRows, Loader<R> firstPage, Loader<R> all) {
        loading.set(true);
        loaded.set(0);
        expected = expectedRows;
        message.set(what + "\u2026");
        Consumer<Exception> failed = e -> {
            loading.set(false);
            message.set("Could not load: " + e.getMessage());
            show(TableData.empty(spec.columns()));
        };
        // one key for both steps: a newer load (another date, another database) replaces whichever step runs
        Runnable rest = () -> pending = tasks.run(
                this,
                what,
                () -> TableData.of(spec.columns(), collect(all, true)),
                d -> {
                    loading.set(false);
                    message.set("");
                    show(d);
                },
                failed);
        if (firstPage == null) {
            rest.run();
            return;
        }
        pending = tasks.run(
                this,
                what,
                () -> TableData.of(spec.columns(), collect(firstPage, false)),
                d -> {
                    show(d);
                    rest.run();
                },
                failed);
    }

    /** Drops the rows (no database). */
    public void clear() {
        cancelLoad();
        loading.set(false);
        message.set("");
        show(TableData.empty(spec.columns()));
    }

    private void cancelLoad() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private List<R> collect(Loader<R> loader, boolean count) throws Exception {
        List<R> out = new ArrayList<>();
        loader.load(r -> {
            out.add(r);
            if (count && (out.size() & 1023) == 0) {
                loaded.set(out.size());
                // a newer load replaced this one: stop streaming (the SQL statement is interrupted too)
                Cancellation.check();
            }
        });
        return out;
    }

    /**
     * Replaces the rows by indexed ones (on the FX thread), keeping filters, sort and the selection: the app's
     * selected record stays what it was, and is selected again here when this table lists it.
     */
    public void show(TableData<R> d) {
        data = d;
        for (int c = 0; c < columnStates.size(); c++) {
            columnStates
                    .get(c)
                    .empty
                    .set(d.size() > 0 && Arrays.stream(d.columns[c].texts).allMatch(String::isBlank));
        }
        resort();
    }

    // ---- quick filter and column filters -------------------------------------------------------------

    /** Text that each shown row must contain (each word in some searched column), case-insensitively. */
    public StringProperty quickFilterProperty() {
        return quickFilter;
    }

    /** True while a column filter or the quick filter hides rows. */
    public ReadOnlyBooleanProperty filtersActiveProperty() {
        return filtersActive.getReadOnlyProperty();
    }

    /** The values of a column, in sort order, with their row counts and whether the filter lets them through. */
    public List<FilterChoice> filterChoices(String columnId) {
        int c = indexOf(columnId);
        TableData.Index ix = data.columns[c];
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

    /** Lets through only rows whose cell in this column reads as one of {@code texts}; {@code null} lets all through. */
    public void setColumnFilter(String columnId, Collection<String> texts) {
        int c = indexOf(columnId);
        if (texts == null) {
            columnFilters.remove(columnId);
        } else {
            columnFilters.put(columnId, new HashSet<>(texts));
        }
        columnStates.get(c).filtered.set(texts != null);
        refilter();
    }

    /** The texts let through by a column's filter, or empty when it has none. */
    public Optional<Set<String>> columnFilter(String columnId) {
        return Optional.ofNullable(columnFilters.get(columnId)).map(Set::copyOf);
    }

    /** Removes every column filter and the quick filter. */
    public void clearFilters() {
        columnFilters.clear();
        columnStates.forEach(s -> s.filtered.set(false));
        if (quickFilter.get().isEmpty()) {
            refilter();
        } else {
            quickFilter.set("");
        }
    }

    // ---- sorting -------------------------------------------------------------------------------------

    /** Sorts by these keys, the first most significant; an empty list keeps the order of the query. */
    public void sort(List<SortKey> keys) {
        List<SortKey> k =
                keys.stream().filter(s -> indexOfOrNull(s.columnId()) != null).toList();
        if (k.equals(sort) && sorted != null) {
            return;
        }
        sort = k;
        resort();
    }

    public List<SortKey> sortKeys() {
        return sort;
    }

    private void resort() {
        int n = data.size();
        int[] perm = null;
        for (int k = sort.size() - 1; k >= 0; k--) {
            SortKey sk = sort.get(k);
            int c = indexOf(sk.columnId());
            RecordColumn<R> col = spec.columns().get(c);
            TableData.Index ix = data.columns[c];
            long[] packed = new long[n];
            for (int p = 0; p < n; p++) {
                int r = perm == null ? p : perm[p];
                int v = col.hasOwnSort() ? col.sortValue(data.rows.get(r)) : ix.rank[ix.codes[r]];
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
        refilter();
    }

    // ---- filtering -----------------------------------------------------------------------------------

    private void refilter() {
        int n = data.size();
        int cols = spec.columns().size();
        boolean[][] allowed = new boolean[cols][];
        for (Map.Entry<String, Set<String>> f : columnFilters.entrySet()) {
            int c = indexOf(f.getKey());
            TableData.Index ix = data.columns[c];
            boolean[] a = new boolean[ix.texts.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = f.getValue().contains(ix.texts[i]);
            }
            allowed[c] = a;
        }
        String[] words = quickFilter.get() == null
                ? new String[0]
                : quickFilter.get().trim().toLowerCase(Locale.ROOT).split("\\s+");
        List<boolean[][]> quick = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            boolean[][] m = new boolean[cols][];
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
                m[c] = any ? hit : null;
            }
            quick.add(m);
        }
        // only the columns that narrow: their codes and what they let through
        int[][] fCodes = new int[cols][];
        boolean[][] fAllowed = new boolean[cols][];
        int nf = 0;
        for (int c = 0; c < cols; c++) {
            if (allowed[c] != null) {
                fCodes[nf] = data.columns[c].codes;
                fAllowed[nf++] = allowed[c];
            }
        }
        int[][][] qCodes = new int[quick.size()][][];
        boolean[][][] qHits = new boolean[quick.size()][][];
        for (int w = 0; w < quick.size(); w++) {
            boolean[][] m = quick.get(w);
            int k = 0;
            for (boolean[] hit : m) {
                k += hit == null ? 0 : 1;
            }
            qCodes[w] = new int[k][];
            qHits[w] = new boolean[k][];
            k = 0;
            for (int c = 0; c < cols; c++) {
                if (m[c] != null) {
                    qCodes[w][k] = data.columns[c].codes;
                    qHits[w][k++] = m[c];
                }
            }
        }
        int[] out = new int[n];
        int size = 0;
        rows:
        for (int p = 0; p < n; p++) {
            int r = sorted == null ? p : sorted[p];
            for (int f = 0; f < nf; f++) {
                if (!fAllowed[f][fCodes[f][r]]) {
                    continue rows;
                }
            }
            for (int w = 0; w < qCodes.length; w++) {
                int[][] codes = qCodes[w];
                boolean[][] hits = qHits[w];
                boolean hit = false;
                for (int c = 0; c < codes.length && !hit; c++) {
                    hit = hits[c][codes[c][r]];
                }
                if (!hit) {
                    continue rows;
                }
            }
            out[size++] = r;
        }
        shownRows = size == n ? out : Arrays.copyOf(out, size);
        filtersActive.set(!columnFilters.isEmpty() || !quick.isEmpty());
        replacing = true;
        try {
            shown.set(data.rows, shownRows);
        } finally {
            replacing = false;
        }
        reselect();
        count.set(
                size == n
                        ? String.format(Locale.ROOT, "%,d rows", n)
                        : String.format(Locale.ROOT, "%,d of %,d rows", size, n));
    }

    // ---- selection and navigation --------------------------------------------------------------------

    /**
     * The user selected a row here (the lead of the view's selection): it becomes the app's selected record.
     * A selection the view reports while the rows are being replaced is not the user's and is ignored.
     */
    public void selected(R row) {
        if (row == null || replacing) {
            return;
        }
        RecordRef ref = spec.ref(row);
        selectedHere = ref;
        state.navigation().go(ref);
    }

    /** The user selected these rows here (for copying); kept by id when the rows are replaced, sorted or filtered. */
    public void selectedRows(List<R> rows) {
        if (replacing) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        for (R r : rows) {
            if (r != null) {
                ids.add(spec.id().applyAsLong(r));
            }
        }
        chosen = ids;
    }

    /**
     * After the shown rows changed: selects again the app's selected record (when it is of this kind and shown)
     * with the other rows the user had selected here, without scrolling away from the user's place.
     */
    private void reselect() {
        RecordRef current = state.navigation().getCurrent();
        long lead = current != null && current.kind() == spec.kind() ? current.id() : Long.MIN_VALUE;
        if (chosen.isEmpty() && lead == Long.MIN_VALUE) {
            return; // nothing was selected here (chosen mirrors the view's selection)
        }
        int leadPos = -1;
        int[] pos = new int[shownRows.length];
        int n = 0;
        for (int p = 0; p < shownRows.length; p++) {
            long id = spec.id().applyAsLong(data.rows.get(shownRows[p]));
            if (id == lead) {
                leadPos = p;
                pos[n++] = p;
            } else if (chosen.contains(id)) {
                pos[n++] = p;
            }
        }
        reveal.set(new Reveal(leadPos, Arrays.copyOf(pos, n), false));
    }

    /** Asks the view to select and show a row; a fresh object each time. */
    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** Selects the row with this id (clearing filters that hide it); false when there is none. */
    public boolean reveal(long id) {
        int row = -1;
        for (int i = 0; i < data.size(); i++) {
            if (spec.id().applyAsLong(data.rows.get(i)) == id) {
                row = i;
                break;
            }
        }
        if (row < 0) {
            return false;
        }
        int pos = position(row);
        if (pos < 0) {
            clearFilters();
            pos = position(row);
        }
        selectedHere = spec.ref(data.rows.get(row));
        chosen = Set.of(id);
        reveal.set(new Reveal(pos));
        return pos >= 0;
    }

    private int position(int row) {
        for (int p = 0; p < shownRows.length; p++) {
            if (shownRows[p] == row) {
                return p;
            }
        }
        return -1;
    }

    // ---- columns and layout --------------------------------------------------------------------------

    /** The columns in their shown order (visible or not). */
    public ObservableList<ColumnState<R>> columns() {
        return order;
    }

    /** The columns shown, in order: chosen to be visible and not empty for every row. */
    public List<RecordColumn<R>> visibleColumns() {
        return order.stream()
                .filter(s -> s.shownProperty().get())
                .map(ColumnState::column)
                .toList();
    }

    /**
     * Fits the default layout into {@code available} pixels: the columns that may shrink (text that is not
     * {@link RecordColumn#whole()}) give up width in proportion to what they have above their minimum (the
     * given minimum, and at least 60% of their default width, so a name stays readable), until the columns
     * shown fit; when they cannot all fit, until the most first columns that can fit do. Does nothing to a layout the user restored (a saved
     * one) until Reset columns.
     */
    /** True while the columns have their default layout (no saved layout restored since the last Reset). */
    public boolean defaultLayout() {
        return !restoredLayout;
    }

    public void fit(double available, ToDoubleFunction<String> minimum) {
        if (restoredLayout || available <= 0) {
            return;
        }
        List<ColumnState<R>> shownCols =
                order.stream().filter(s -> s.shownProperty().get()).toList();
        ToDoubleFunction<ColumnState<R>> floor = s -> Math.max(
                minimum.applyAsDouble(s.id()), Math.ceil(0.6 * s.column().width()));
        // the longest run of first columns that can fit; when not all can, the first ones show whole and the
        // others are to the right (the columns are in the order that matters)
        for (int k = shownCols.size(); k > 0; k--) {
            List<ColumnState<R>> first = shownCols.subList(0, k);
            double total =
                    first.stream().mapToDouble(s -> s.widthProperty().get()).sum();
            double room = first.stream()
                    .filter(s -> s.column().shrinks())
                    .mapToDouble(s -> Math.max(0, s.widthProperty().get() - floor.applyAsDouble(s)))
                    .sum();
            if (total <= available) {
                return;
            }
            if (total - room <= available) {
                double share = (total - available) / room;
                for (ColumnState<R> s : first) {
                    if (s.column().shrinks()) {
                        double w = s.widthProperty().get();
                        s.widthProperty().set(Math.floor(w - Math.max(0, w - floor.applyAsDouble(s)) * share));
                    }
                }
                return;
            }
        }
    }

    /** Moves the columns into this order of ids (the view reports a drag of a header). */
    public void reorder(List<String> ids) {
        List<ColumnState<R>> next = new ArrayList<>();
        for (String id : ids) {
            Integer c = indexOfOrNull(id);
            if (c != null && !next.contains(columnStates.get(c))) {
                next.add(columnStates.get(c));
            }
        }
        for (ColumnState<R> s : order) {
            if (!next.contains(s)) {
                next.add(s);
            }
        }
        if (!next.equals(order)) {
            order.setAll(next);
        }
    }

    /** The column layout as a value (order, widths, visibility), for preferences. */
    public TableLayout layout() {
        return new TableLayout(order.stream()
                .map(s -> new TableLayout.Entry(
                        s.id(), s.widthProperty().get(), s.visibleProperty().get()))
                .toList());
    }

    /**
     * Restores a layout; unknown columns are ignored, columns it does not name keep their defaults at the end.
     * An empty layout (Reset columns) is the default layout again, which {@link #fit} may fit to the window.
     */
    public void restore(TableLayout layout) {
        restoredLayout = !layout.columns().isEmpty();
        Map<String, TableLayout.Entry> byId = new HashMap<>();
        for (TableLayout.Entry e : layout.columns()) {
            byId.put(e.id(), e);
        }
        for (ColumnState<R> s : columnStates) {
            TableLayout.Entry e = byId.get(s.id());
            s.visibleProperty().set(e == null ? s.column().visibleByDefault() : e.visible());
            s.widthProperty().set(e == null ? s.column().width() : e.width());
        }
        if (order.stream().noneMatch(s -> s.visibleProperty().get())) {
            columnStates.forEach(s -> s.visibleProperty().set(true));
        }
        reorder(layout.columns().stream().map(TableLayout.Entry::id).toList());
    }

    // ---- copy and export -----------------------------------------------------------------------------

    /** The rows as tab-separated text of the visible columns as shown, after a header row when asked. */
    public String tsv(List<R> rows, boolean header) {
        List<RecordColumn<R>> cols = visibleColumns();
        StringBuilder b = new StringBuilder();
        if (header) {
            line(b, cols.stream().map(RecordColumn::title).toList());
        }
        for (R r : rows) {
            line(b, cols.stream().map(c -> c.cellText(r)).toList());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(cells.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        b.append('\n');
    }

    /** Export table as CSV…: asks where, then writes the shown rows (see {@link #exportCsv(Path)}). */
    public void exportCsv() {
        dialogs.chooseSaveFile("Export table as CSV", "CSV files", "csv", spec.exportName() + ".csv")
                .ifPresent(this::exportCsv);
    }

    /**
     * Writes exactly the rows shown (filtered, in their order) with the visible columns, as spreadsheet-safe
     * CSV, whole or not at all. Numbers are written plainly, dates as ISO text at their precision; a column
     * whose cell reads a number in words is followed by that number as a column of its own
     * ({@link RecordColumn#csvNumber}).
     */
    public void exportCsv(Path target) {
        List<RecordColumn<R>> cols = visibleColumns();
        List<R> rows = data.rows;
        int[] idx = shownRows;
        List<Column<R>> out = new ArrayList<>();
        for (RecordColumn<R> c : cols) {
            out.add(csvColumn(c));
            for (RecordColumn.CsvNumber<R> x : c.csvNumbers()) {
                out.add(Column.number(x.name(), r -> x.value().apply(r)));
            }
        }
        // the status bar names the job while it runs; the result is a notice with the whole path, so the
        // table's own tool row (quick filter, Columns, Export) never has to make room for it
        tasks.run(
                "Exporting " + target.getFileName(),
                () -> {
                    AtomicFile.write(target, os -> {
                        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                        SafeCsv<R> csv = new SafeCsv<>(w, out);
                        for (int i : idx) {
                            csv.write(rows.get(i));
                        }
                        csv.flush();
                    });
                    return idx.length;
                },
                n -> state.announce(Notice.info(String.format(
                        Locale.ROOT, "Exported %,d %s to %s", n, n == 1 ? "row" : "rows", target.toAbsolutePath()))),
                e -> dialogs.showError(
                        "Export failed", "Could not write " + target.toAbsolutePath() + ": " + e.getMessage()));
    }

    private static <R> Column<R> csvColumn(RecordColumn<R> c) {
        String name = c.title();
        return switch (c.kind()) {
            case NUMBER -> Column.number(name, c::key);
            case DATE ->
                Column.text(name, r -> {
                    Object k = c.key(r);
                    return k instanceof PartialDate d ? d.iso() : c.cellText(r);
                });
            default -> Column.text(name, c::cellText);
        };
    }

    private int indexOf(String columnId) {
        Integer c = indexOfOrNull(columnId);
        if (c == null) {
            throw new IllegalArgumentException("no column '" + columnId + "'");
        }
        return c;
    }

    private Integer indexOfOrNull(String columnId) {
        for (int i = 0; i < columnStates.size(); i++) {
            if (columnStates.get(i).id().equals(columnId)) {
                return i;
            }
        }
        return null;
    }
}
