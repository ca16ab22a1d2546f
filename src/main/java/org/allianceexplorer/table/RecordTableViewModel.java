// Over 600 lines: the table's one face to its views (rows, loads, filters, sort, selection, layout, copy, export),
// each concern's work delegated (TableData, TableQuery, RowPages, TableSelection, TableColumns, TableExport).
package org.allianceexplorer.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Notice;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WhenShown;
import org.allianceexplorer.data.Cancellation;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.figure.Pages;
import org.allianceexplorer.io.Column;

/**
 * The state and commands of one record table: all rows (indexed, see {@link TableData}), the rows shown
 * after column filters and the quick filter, in the chosen sort order; the column layout; copying,
 * exporting and navigation. Loading runs through the {@link TaskRunner}; a newer load makes older ones
 * moot (their results are dropped and their streams stopped).
 *
 * @param <R> the row type
 */
public final class RecordTableViewModel<R> {

    private static final I18n.Messages T = I18n.of(RecordTableViewModel.class);

    private String emptyText = T.t("placeholder.empty");

    /** Streams rows into a sink (the sink throws {@code CancellationException} once the load is moot). */
    @FunctionalInterface
    public interface Loader<R> {
        void load(Consumer<R> sink) throws Exception;
    }

    /** Streams the rows whose ids are above {@code afterId}, at most {@code limit} of them, in id order. */
    @FunctionalInterface
    public interface ChunkLoader<R> {
        void load(long afterId, int limit, Consumer<R> sink) throws Exception;
    }

    /** Reads rows by id: those of {@code ids} that exist, in any order. */
    @FunctionalInterface
    public interface RowReader<R> {
        List<R> read(List<Long> ids) throws Exception;
    }

    /** Rows read at once by a paged load ({@link #loadPaged}): a third of a second's work on a million deals. */
    static final int CHUNK = 50_000;

    private int chunkRows = CHUNK;
    /** What {@link #follow} loads with, for {@link #reload}. */
    private Runnable reload;

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
        reload = () -> {
            Session s = state.getSession();
            if (s == null) {
                clear();
                return;
            }
            RecordFilter f = RecordFilter.ALL.withAsOf(state.getAsOf());
            load(what, sink -> source.load(s.repositories(), f, sink));
        };
        WhenShown.reloading(state, screenId, reload);
    }

    /** Loads the rows again as {@link #follow} does (the screen changed what its source gives); nothing if it follows none. */
    public void reload() {
        if (reload != null) {
            reload.run();
        }
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

    private final TableColumns<R> columns;
    private final TableQuery<R> query;
    private final TableSelection<R> selection;
    private final RowList<R> shown = new RowList<>();
    private final StringProperty quickFilter = new SimpleStringProperty(this, "quickFilter", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", T.t("count.all", 0));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper filtersActive = new ReadOnlyBooleanWrapper(this, "filtersActive", false);
    private final AtomicLong loaded = new AtomicLong();
    private volatile long expected;
    /** The load in flight (its first page or the rest), so a newer load or {@link #clear()} can cancel it. */
    private TaskRunner.Handle pending;

    private TableData<R> data;
    /** The rows of a paged table as shown, read by the latest {@link #loadPaged}'s reader, or {@code null}. */
    private RowPages<R> pages;

    private int viewFirst;
    private int viewLast = -1;

    public RecordTableViewModel(RecordTableSpec<R> spec, AppState state, TaskRunner tasks, DialogService dialogs) {
        this.spec = spec;
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.columns = new TableColumns<>(spec);
        this.query = new TableQuery<>(spec);
        this.selection = new TableSelection<>(spec, state.navigation());
        data = TableData.empty(spec);
        quickFilter.addListener((o, a, b) -> refilter());
        state.navigation().currentProperty().addListener((o, a, b) -> {
            if (selection.fromElsewhere(b)) {
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

    /** True when the table keeps the keys of its rows only and reads the rows shown a page at a time. */
    public boolean paged() {
        return data.paged();
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

    /** What the table says when it has no rows and no filter is on ("No rows" unless a screen says more). */
    public String emptyText() {
        return emptyText;
    }

    public void setEmptyText(String text) {
        this.emptyText = text;
    }

    /**
     * What the table says when it shows no rows: that they are loading, that no database is open (as the window
     * starts, before its database has), that none matches the filters, or its empty text.
     */
    public StringBinding placeholder() {
        return Bindings.createStringBinding(
                () -> loading.get()
                        ? T.t("placeholder.loading")
                        : state.getSession() == null
                                ? T.t("placeholder.noDatabase")
                                : filtersActiveProperty().get() ? T.t("placeholder.noMatch") : emptyText,
                loading,
                filtersActiveProperty(),
                state.sessionProperty());
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
        show(TableData.of(spec, rows));
    }

    /** Loads all rows in the background and shows them. */
    public void load(String what, Loader<R> all) {
        load(what, 0, all);
    }

    /**
     * Loads all rows in the background ({@code expectedRows} of them, for the progress; 0 when unknown) and shows
     * them when complete; the rows shown meanwhile stay. (A large table loads with {@link #loadPaged}.)
     */
    public void load(String what, long expectedRows, Loader<R> all) {
        loading(what, expectedRows);
        // a newer load (another date, another database) replaces this one
        pending = tasks.run(this, what, () -> TableData.of(spec, collect(all, true)), this::loaded, this::loadFailed);
    }

    /** A load starts: the progress and the status say so. */
    private void loading(String what, long expectedRows) {
        loading.set(true);
        loaded.set(0);
        expected = expectedRows;
        message.set(what + "\u2026");
    }

    /** A load ended with these rows. */
    private void loaded(TableData<R> d) {
        pending = null;
        loading.set(false);
        message.set("");
        show(d);
    }

    /**
     * Loads a large table keeping the keys of its rows only ({@link TableData#paged()}): sorting, filtering and the
     * filters' value lists work on the keys as for a small table, and the rows shown are read by id a page at a time
     * with {@code rowReader} ({@link RowPages}), so memory does not hold the rows. The keys are read in chunks of
     * {@link #CHUNK} rows by id ({@code chunks}; see {@link #setChunkRows}), each a job of its own, so that the pages the view asks for are read
     * between two chunks rather than after all of them. {@code firstPage} (a few hundred rows) is shown at once
     * meanwhile; {@code null} keeps the paged rows shown (the same rows on a new as-of date or after an edit): those
     * in view are read again at once with the new reader and stay shown until the new keys replace the old.
     */
    public void loadPaged(
            String what, long expectedRows, Loader<R> firstPage, ChunkLoader<R> chunks, RowReader<R> rowReader) {
        cancelLoad();
        loading(what, expectedRows);
        if (pages == null) {
            pages = new RowPages<>(spec.id(), tasks, rowReader, shown::arrived);
        } else if (firstPage == null) {
            pages.reread(rowReader);
        } else {
            pages.replace(rowReader);
        }
        TableData.Builder<R> keys = new TableData.Builder<>(spec, false, expectedRows);
        if (firstPage == null) {
            int[] range = inViewRange();
            shown.readRange(range[0], range[1]);
            // the keys go behind what the other views ask for at this moment (after an edit: the detail pane's
            // page), not before: an empty job first, whose result is delivered after they have asked
            pending = tasks.run(this, what, () -> null, x -> nextChunk(what, keys, Long.MIN_VALUE, chunks), e -> {});
            return;
        }
        pending = tasks.run(
                this,
                what,
                () -> TableData.of(spec, collect(firstPage, false)),
                d -> {
                    show(d);
                    nextChunk(what, keys, Long.MIN_VALUE, chunks);
                },
                this::loadFailed);
    }

    private void nextChunk(String what, TableData.Builder<R> keys, long afterId, ChunkLoader<R> chunks) {
        long[] last = {afterId};
        // a chunk stopped midway for an edit runs again from its start: its rows are taken again, not twice
        List<TableData.Builder.Mark> start = new ArrayList<>(1);
        pending = tasks.run(
                this,
                what,
                () -> {
                    if (start.isEmpty()) {
                        start.add(keys.mark());
                    } else {
                        keys.reset(start.get(0));
                        last[0] = afterId;
                    }
                    int before = keys.size();
                    chunks.load(afterId, chunkRows, r -> {
                        keys.add(r);
                        last[0] = spec.id().applyAsLong(r);
                    });
                    loaded.set(keys.size());
                    return keys.size() - before < chunkRows ? keys.build() : null;
                },
                d -> {
                    if (d == null) {
                        nextChunk(what, keys, last[0], chunks);
                    } else {
                        loaded(d);
                    }
                },
                this::loadFailed);
    }

    private void loadFailed(Exception e) {
        loading.set(false);
        message.set(T.t("load.failed", e.getMessage()));
        show(TableData.empty(spec));
    }

    /** How many rows a paged load reads at once ({@link #CHUNK} unless a test makes the chunks small). */
    public void setChunkRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a chunk needs at least one row: " + rows);
        }
        this.chunkRows = rows;
    }

    /** Drops the rows (no database). */
    public void clear() {
        cancelLoad();
        loading.set(false);
        message.set("");
        show(TableData.empty(spec));
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
        columns.markEmpty(d);
        resort();
    }

    // ---- the rows in view ------------------------------------------------------------------------------

    /** The view reports the positions of the first and last rows it shows as it scrolls (last -1: none). */
    public void inView(int first, int last) {
        viewFirst = first;
        viewLast = last;
        if (data.paged()) {
            // a screenful either side, so that scrolling a little shows rows already read
            int[] range = inViewRange();
            shown.readRange(range[0], range[1]);
        }
    }

    /**
     * The rows the view shows, and a screenful above and below: what to bring up to date first when the as-of date
     * changes, before every row is loaded again.
     */
    public List<R> rowsInView() {
        int[] range = inViewRange();
        List<R> out = new ArrayList<>();
        for (int i = range[0]; i <= range[1]; i++) {
            R r = shown.get(i);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The positions of {@link #rowsInView}, first and last (last before first: none). */
    private int[] inViewRange() {
        int n = shown.size();
        if (viewLast < viewFirst || n == 0) {
            return new int[] {0, -1};
        }
        int screen = viewLast - viewFirst + 1;
        return new int[] {Math.max(0, viewFirst - screen), Math.min(n - 1, viewLast + screen)};
    }

    /**
     * Shows newer versions of rows in view at once, matched by id (rows that are not in view any more are left
     * alone), until the next load replaces every row. Where they stand (filters, sort) is worked out again only by
     * that load.
     */
    public void updateInView(List<R> fresh) {
        Map<Long, R> byId = new HashMap<>();
        for (R r : fresh) {
            byId.put(spec.id().applyAsLong(r), r);
        }
        int[] range = inViewRange();
        Map<Integer, R> at = new HashMap<>();
        for (int i = range[0]; i <= range[1]; i++) {
            R r = byId.get(shown.idAt(i));
            if (r != null) {
                at.put(i, r);
            }
        }
        shown.update(at);
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
        return query.choices(data, columnId);
    }

    /** Lets through only rows whose cell in this column reads as one of {@code texts}; {@code null} lets all through. */
    public void setColumnFilter(String columnId, Collection<String> texts) {
        query.setColumnFilter(columnId, texts);
        columns.filtered(columnId, texts != null);
        refilter();
    }

    /** The texts let through by a column's filter, or empty when it has none. */
    public Optional<Set<String>> columnFilter(String columnId) {
        return query.columnFilter(columnId);
    }

    /** Removes every column filter and the quick filter. */
    public void clearFilters() {
        query.clearColumnFilters();
        columns.clearFiltered();
        if (quickFilter.get().isEmpty()) {
            refilter();
        } else {
            quickFilter.set("");
        }
    }

    // ---- sorting -------------------------------------------------------------------------------------

    /** Sorts by these keys, the first most significant; an empty list keeps the order of the query. */
    public void sort(List<SortKey> keys) {
        if (query.setSort(keys)) {
            resort();
        }
    }

    public List<SortKey> sortKeys() {
        return query.sortKeys();
    }

    private void resort() {
        query.resort(data);
        refilter();
    }

    private void refilter() {
        query.refilter(data, quickFilter.get());
        int[] rows = query.shown();
        filtersActive.set(
                query.hasColumnFilters() || !TableQuery.words(quickFilter.get()).isEmpty());
        selection.replacing(() -> shown.set(data, rows, pages), data::id, rows);
        int n = data.size();
        count.set(rows.length == n ? T.t("count.all", n) : T.t("count.shown", rows.length, n));
    }

    // ---- selection and navigation --------------------------------------------------------------------

    /**
     * The user selected a row here (the lead of the view's selection): it becomes the app's selected record.
     * A selection the view reports while the rows are being replaced is not the user's and is ignored.
     */
    public void selected(R row) {
        selection.selected(row);
    }

    /** The user selected these rows here (for copying); kept by id when the rows are replaced, sorted or filtered. */
    public void selectedRows(List<R> rows) {
        Set<Long> ids = new HashSet<>();
        for (R r : rows) {
            if (r != null) {
                ids.add(spec.id().applyAsLong(r));
            }
        }
        selection.selectedIds(ids);
    }

    /** The user selected the rows at these positions (for copying): by id, without reading rows not read yet. */
    public void selectedPositions(List<Integer> positions) {
        Set<Long> ids = new HashSet<>();
        for (int p : positions) {
            if (p >= 0 && p < shown.size()) {
                ids.add(shown.idAt(p));
            }
        }
        selection.selectedIds(ids);
    }

    /** Asks the view to select and show a row; a fresh object each time. */
    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return selection.revealProperty();
    }

    /** Selects the row with this id (clearing filters that hide it); false when there is none. */
    public boolean reveal(long id) {
        int row = data.indexOf(id);
        if (row < 0) {
            return false;
        }
        int pos = query.position(row);
        if (pos < 0) {
            clearFilters();
            pos = query.position(row);
        }
        selection.reveal(id, data.paged() ? (pages == null ? null : pages.peek(id)) : data.rows.get(row), pos);
        return pos >= 0;
    }

    // ---- columns and layout --------------------------------------------------------------------------

    /** The columns in their shown order (visible or not). */
    public ObservableList<ColumnState<R>> columns() {
        return columns.order();
    }

    /** The columns shown, in order: chosen to be visible and not empty for every row. */
    public List<RecordColumn<R>> visibleColumns() {
        return columns.visibleColumns();
    }

    /** True while the columns have their default layout (no saved layout restored since the last Reset). */
    public boolean defaultLayout() {
        return columns.defaultLayout();
    }

    /** Fits the default layout into {@code available} pixels (see {@link TableColumns#fit}). */
    public void fit(double available, ToDoubleFunction<String> minimum) {
        columns.fit(available, minimum);
    }

    /** Moves the columns into this order of ids (the view reports a drag of a header). */
    public void reorder(List<String> ids) {
        columns.reorder(ids);
    }

    /** The column layout as a value (order, widths, visibility), for preferences. */
    public TableLayout layout() {
        return columns.layout();
    }

    /**
     * Restores a layout; unknown columns are ignored, columns it does not name keep their defaults at the end.
     * An empty layout (Reset columns) is the default layout again, which {@link #fit} may fit to the window.
     */
    public void restore(TableLayout layout) {
        columns.restore(layout);
    }

    // ---- copy and export -----------------------------------------------------------------------------

    /** The rows as tab-separated text of the visible columns as shown, after a header row when asked. */
    public String tsv(List<R> rows, boolean header) {
        return TableExport.tsv(visibleColumns(), rows, header);
    }

    /**
     * The rows at these positions as {@link #tsv}, handed to {@code done} on the FX thread: at once, or once the
     * rows of a paged table that were not read yet are (a selection of every row of a million).
     */
    public void copyRows(List<Integer> positions, boolean header, Consumer<String> done) {
        List<RecordColumn<R>> cols = visibleColumns();
        int[] shownRows = query.shown();
        int[] idx = positions.stream()
                .filter(p -> p >= 0 && p < shownRows.length)
                .mapToInt(p -> shownRows[p])
                .toArray();
        if (!data.paged()) {
            List<R> rows = new ArrayList<>(idx.length);
            for (int i : idx) {
                rows.add(data.rows.get(i));
            }
            done.accept(TableExport.tsv(cols, rows, header));
            return;
        }
        Loader<R> rows = rowsOf(data, idx);
        tasks.run(
                T.t("copy.running", idx.length),
                () -> TableExport.tsv(cols, collect(rows, false), header),
                done,
                e -> dialogs.showError(T.t("copy.failed.title"), T.t("copy.failed", e.getMessage())));
    }

    /**
     * The rows shown (filtered, in their order) with the visible columns as pages to print, handed to {@code ready}
     * on the FX thread: at once, or once a paged table's rows are read.
     */
    public void pages(String title, String credits, Consumer<Pages> ready) {
        List<RecordColumn<R>> cols = visibleColumns();
        List<String> headers = cols.stream().map(RecordColumn::title).toList();
        double[] widths = cols.stream().mapToDouble(RecordColumn::width).toArray();
        Function<List<R>, Pages> pages = rows -> new TablePages(
                title,
                credits,
                headers,
                widths,
                rows.stream()
                        .map(r -> cols.stream().map(c -> c.cellText(r)).toList())
                        .toList());
        int[] shown = query.shown();
        if (!data.paged()) {
            List<R> rows = new ArrayList<>(shown.length);
            for (int i : shown) {
                rows.add(data.rows.get(i));
            }
            ready.accept(pages.apply(rows));
            return;
        }
        Loader<R> rows = rowsOf(data, shown);
        tasks.run(
                T.t("print.running", shown.length),
                () -> pages.apply(collect(rows, false)),
                ready,
                e -> dialogs.showError(T.t("print.failed.title"), T.t("copy.failed", e.getMessage())));
    }

    /**
     * Streams rows {@code idx} of {@code d} in that order: from memory, or for a paged table read by id a few pages
     * at a time with the current reader (call off the FX thread).
     */
    private Loader<R> rowsOf(TableData<R> d, int[] idx) {
        if (!d.paged()) {
            return sink -> {
                for (int i : idx) {
                    sink.accept(d.rows.get(i));
                }
            };
        }
        RowReader<R> r = pages.reader();
        int step = RowPages.PAGE * 8;
        return sink -> {
            for (int from = 0; from < idx.length; from += step) {
                int to = Math.min(idx.length, from + step);
                List<Long> ids = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    ids.add(d.ids[idx[i]]);
                }
                Map<Long, R> byId = new HashMap<>();
                for (R row : r.read(ids)) {
                    byId.put(spec.id().applyAsLong(row), row);
                }
                for (long id : ids) {
                    R row = byId.get(id);
                    if (row != null) {
                        sink.accept(row);
                    }
                }
                Cancellation.check();
            }
        };
    }

    /** Export table as CSV…: asks where, then writes the shown rows (see {@link #exportCsv(Path)}). */
    public void exportCsv() {
        dialogs.chooseSaveFile(
                        T.t("export.dialog.title"), T.t("export.dialog.filter"), "csv", spec.exportName() + ".csv")
                .ifPresent(this::exportCsv);
    }

    /**
     * Writes exactly the rows shown (filtered, in their order) with the visible columns, as spreadsheet-safe
     * CSV, whole or not at all (see {@link TableExport#csvColumns}).
     */
    public void exportCsv(Path target) {
        List<Column<R>> out = TableExport.csvColumns(visibleColumns());
        Loader<R> rows = rowsOf(data, query.shown());
        // the status bar names the job while it runs; the result is a notice with the whole path, so the
        // table's own tool row (quick filter, Columns, Export) never has to make room for it
        tasks.run(
                T.t("export.running", target.getFileName()),
                () -> TableExport.writeCsv(target, out, rows),
                n -> state.announce(Notice.info(T.t("export.done", n, target.toAbsolutePath()))),
                e -> dialogs.showError(
                        T.t("export.failed.title"), T.t("export.failed", target.toAbsolutePath(), e.getMessage())));
    }
}
