package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.NativeText;
import org.allianceexplorer.app.Shortcut;
import org.allianceexplorer.app.WrappedText;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A record table on screen: a tool row (quick filter, clear filters, column chooser, export, row count,
 * load progress) over a table whose headers sort and open a column filter. Nodes and bindings only;
 * everything else is in {@link RecordTableViewModel}.
 *
 * <p>Ids, for tests and styling, from {@code prefix}: {@code prefix-table}, {@code prefix-quick-filter},
 * {@code prefix-row-count}, {@code prefix-columns}, {@code prefix-export}, {@code prefix-clear-filters}.
 *
 * @param <R> the row type
 */
public final class RecordTableView<R> extends BorderPane {

    private static final I18n.Messages T = I18n.of(RecordTableView.class);

    static final double ROW_HEIGHT = 30;
    /** Below this width the tool row shows Columns and Export as icons. */
    static final double COMPACT_BELOW = 640;

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    /** Copies the selected rows under a header row, as a spreadsheet pastes them best. */
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /**
     * Copies the selected rows' values only (to paste under rows already there). Ctrl+Alt+C: Ctrl+Shift+C is the
     * window's Copy figure.
     */
    private static final KeyCombination COPY_VALUES =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    /** The table's own keys, as Help > Keyboard shortcuts lists them (the handlers below use the same ones). */
    public static final List<Shortcut> SHORTCUTS = List.of(
            Shortcut.of(COPY, "shortcut.table.copy", "shortcut.where.table"),
            Shortcut.of(COPY_VALUES, "shortcut.table.copyValues", "shortcut.where.table"),
            Shortcut.of(FIND, "shortcut.table.filter", "shortcut.where.table"));

    private final RecordTableViewModel<R> model;
    private final TableView<R> table;
    private final List<TableColumn<R, R>> tableColumns = new ArrayList<>();
    private boolean syncingOrder;
    private boolean applyingReveal;
    private boolean userSized;
    private final Map<String, Double> minimum = new HashMap<>();

    /** The table's scrolling body, found once it is shown. */
    private VirtualFlow<?> flow;

    /** Tells the view-model the positions of the first and last rows in view (after a layout pass). */
    private void reportInView() {
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> f) {
            flow = f;
        }
        if (flow != null && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null) {
            model.inView(
                    flow.getFirstVisibleCell().getIndex(),
                    flow.getLastVisibleCell().getIndex());
        }
    }

    public RecordTableView(RecordTableViewModel<R> model, String prefix) {
        this.model = model;
        NativeText.loadFont();
        getStyleClass().add("record-table");
        getStylesheets().add(RecordTableView.class.getResource("table.css").toExternalForm());
        setId(prefix + "-table-view");

        table = new TableView<>(model.shown());
        table.setId(prefix + "-table");
        table.getStyleClass().add("record-table-view");
        // a column the user resizes keeps its width: the default layout is no longer fitted to the window
        table.setColumnResizePolicy(f -> {
            if (f.getColumn() != null) {
                userSized = true;
            }
            return TableView.UNCONSTRAINED_RESIZE_POLICY.call(f);
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(ROW_HEIGHT);
        WrappedText placeholder = new WrappedText();
        placeholder.textProperty().bind(model.placeholder());
        placeholder.setMaxWidth(460);
        table.setPlaceholder(placeholder);

        for (ColumnState<R> s : model.columns()) {
            tableColumns.add(column(s));
        }
        syncOrderFromModel();
        model.columns().addListener((ListChangeListener<ColumnState<R>>) c -> syncOrderFromModel());
        table.getColumns().addListener((ListChangeListener<TableColumn<R, ?>>) c -> {
            if (!syncingOrder) {
                model.reorder(
                        table.getColumns().stream().map(TableColumn::getId).toList());
            }
        });
        table.setSortPolicy(t -> {
            model.sort(t.getSortOrder().stream()
                    .map(c -> new RecordTableViewModel.SortKey(
                            c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING))
                    .toList());
            return true;
        });

        // only the user's choices are reported: not the selection made here to follow the app's record
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!applyingReveal) {
                model.selected(b);
            }
        });
        // by position: a paged table need not read the rows of a selection of a million to keep it
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> {
            if (!applyingReveal) {
                model.selectedPositions(List.copyOf(table.getSelectionModel().getSelectedIndices()));
            }
        });
        model.revealProperty().addListener((o, a, b) -> {
            if (b != null) {
                applySelection(b);
            }
        });
        table.setContextMenu(rowMenu());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY_VALUES.match(e)) {
                copy(false);
                e.consume();
            } else if (COPY.match(e)) {
                copy(true);
                e.consume();
            }
        });

        setTop(toolRow(prefix));
        setCenter(table);
        model.shown().addListener((ListChangeListener<R>) c -> {
            boolean updated = false;
            boolean replaced = false;
            boolean first = false;
            while (c.next()) {
                updated |= c.wasUpdated();
                replaced |= !c.wasUpdated();
                first |= c.wasUpdated() && c.getFrom() == 0;
            }
            if (replaced || first) {
                // new rows, or a paged table's first rows read: the columns fit them
                sizeWholeColumns();
            }
            if (updated) {
                // newer versions of rows in view (a new as-of date, a page read): the cells show them at once
                table.refresh();
            }
        });
        // which rows are in view, for the view-model to bring them up to date first: read after each layout
        // pass, when the cells are where they are shown (not while scrolling, before the cells moved)
        Runnable inView = this::reportInView;
        table.sceneProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removePostLayoutPulseListener(inView);
            }
            if (b != null) {
                b.addPostLayoutPulseListener(inView);
            }
        });
        table.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number a, Number b) {
                if (b.doubleValue() > 0) {
                    table.widthProperty().removeListener(this);
                    fitToWidth();
                }
            }
        });
    }

    private void applySelection(RecordTableViewModel.Reveal r) {
        int n = table.getItems().size();
        int[] all = Arrays.stream(r.positions())
                .filter(p -> p >= 0 && p < n && p != r.position())
                .toArray();
        boolean lead = r.position() >= 0 && r.position() < n;
        applyingReveal = true;
        try {
            var sm = table.getSelectionModel();
            sm.clearSelection();
            if (all.length > 0) {
                sm.selectIndices(all[0], all);
            }
            if (lead) {
                sm.select(r.position()); // last, so that it is the lead (selected item) of the selection
                table.getFocusModel().focus(r.position());
            }
        } finally {
            applyingReveal = false;
        }
        if (lead && r.scroll()) {
            table.scrollTo(Math.max(0, r.position() - 3));
        }
    }

    /** The table control (for the screen that embeds it). */
    public TableView<R> table() {
        return table;
    }

    /** The column layout as a value (see {@link RecordTableViewModel#layout()}). */
    public TableLayout columnLayout() {
        return model.layout();
    }

    public void restoreColumnLayout(TableLayout layout) {
        model.restore(layout);
    }

    private HBox toolRow(String prefix) {
        TextField quick = new TextField();
        quick.setId(prefix + "-quick-filter");
        quick.getStyleClass().add("quick-filter");
        quick.setPromptText(T.t("toolbar.filter.prompt"));
        quick.setPrefColumnCount(16);
        quick.setMinWidth(90);
        quick.textProperty().bindBidirectional(model.quickFilterProperty());
        quick.setTooltip(new Tooltip(T.t("toolbar.filter.tip")));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                quick.requestFocus();
                quick.selectAll();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE
                    && quick.isFocused()
                    && !quick.getText().isEmpty()) {
                quick.clear();
                e.consume();
            }
        });
        FontIcon searchIcon = new FontIcon("mdi2m-magnify");
        searchIcon.getStyleClass().add("quick-filter-icon");

        Button clear = new Button(null, new FontIcon("mdi2f-filter-remove-outline"));
        clear.setId(prefix + "-clear-filters");
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setTooltip(new Tooltip(T.t("toolbar.clearFilters.tip")));
        clear.disableProperty().bind(model.filtersActiveProperty().not());
        clear.setOnAction(e -> model.clearFilters());

        MenuButton columns = new MenuButton(T.t("toolbar.columns"), new FontIcon("mdi2t-table-column"));
        columns.setId(prefix + "-columns");
        columns.getStyleClass().add("flat");
        columns.setTooltip(new Tooltip(T.t("toolbar.columns.tip")));
        columns.setMinWidth(Region.USE_PREF_SIZE);
        for (ColumnState<R> s : model.columns()) {
            CheckMenuItem item = new CheckMenuItem(s.column().title());
            item.setId(prefix + "-show-" + s.id());
            item.selectedProperty().bindBidirectional(s.visibleProperty());
            item.disableProperty().bind(s.emptyProperty());
            item.textProperty()
                    .bind(Bindings.when(s.emptyProperty())
                            .then(T.t("toolbar.columns.noValues", s.column().title()))
                            .otherwise(s.column().title()));
            columns.getItems().add(item);
        }
        columns.getItems().add(new SeparatorMenuItem());
        MenuItem reset = new MenuItem(T.t("toolbar.columns.reset"));
        reset.setOnAction(e -> {
            model.restore(new TableLayout(List.of()));
            model.columns().forEach(this::raiseToMinimum);
            fitToWidth();
        });
        columns.getItems().add(reset);

        Button export = new Button(T.t("toolbar.export"), new FontIcon("mdi2f-file-delimited-outline"));
        export.setId(prefix + "-export");
        export.getStyleClass().add("flat");
        export.setTooltip(new Tooltip(T.t("toolbar.export.tip")));
        export.setOnAction(e -> model.exportCsv());
        export.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar progress = new ProgressBar();
        progress.setId(prefix + "-progress");
        progress.setPrefWidth(120);
        progress.setMinWidth(80);
        progress.setTooltip(new Tooltip(T.t("toolbar.progress.tip")));
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(150), e -> progress.setProgress(model.progress())));
        poll.setCycleCount(Timeline.INDEFINITE);
        model.loadingProperty().addListener((o, a, b) -> {
            if (b) {
                progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
                poll.play();
            } else {
                poll.stop();
            }
        });

        Label message = new Label();
        message.getStyleClass().add("table-message");
        message.textProperty().bind(model.messageProperty());
        // a long message ends in "…" (the whole of it on hover) rather than squeezing the buttons
        message.setMinWidth(0);
        Tooltip messageTip = new Tooltip();
        messageTip.textProperty().bind(model.messageProperty());
        message.tooltipProperty()
                .bind(Bindings.when(model.messageProperty().isEmpty())
                        .then((Tooltip) null)
                        .otherwise(messageTip));
        // while loading, the progress bar says it (and the status bar names the job)
        message.visibleProperty().bind(model.loadingProperty().not());
        message.managedProperty().bind(model.loadingProperty().not());
        Label count = new Label();
        count.setId(prefix + "-row-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(model.countProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(quick, Priority.SOMETIMES);
        quick.setMaxWidth(340);
        // in a narrow window (1024 pixels) Columns and Export show their icons only (their tooltips say what
        // they are), so that the tool row never needs more width than the table has
        BooleanBinding narrow =
                widthProperty().lessThan(COMPACT_BELOW).and(widthProperty().greaterThan(0));
        for (ButtonBase b : List.of(columns, export)) {
            b.contentDisplayProperty()
                    .bind(Bindings.when(narrow)
                            .then(ContentDisplay.GRAPHIC_ONLY)
                            .otherwise(ContentDisplay.LEFT));
        }
        HBox row = new HBox(6, searchIcon, quick, clear, columns, export, spacer, message, progress, count);
        row.getStyleClass().add("table-tools");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 8, 6, 8));
        return row;
    }

    private TableColumn<R, R> column(ColumnState<R> s) {
        RecordColumn<R> c = s.column();
        TableColumn<R, R> tc = new TableColumn<>(c.kind() == RecordColumn.Kind.SWATCH ? "" : c.title());
        tc.setId(c.id());
        tc.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        tc.setCellFactory(x -> new RecordCell<>(c));
        tc.setMinWidth(c.kind() == RecordColumn.Kind.SWATCH ? 36 : 40);
        minimum.put(
                c.id(),
                c.kind() == RecordColumn.Kind.SWATCH
                        ? 36
                        // room for the title, the filter button and the sort arrow: no clipped headers
                        : Math.ceil(headerTextWidth(c.title()) + 50));
        raiseToMinimum(s);
        tc.prefWidthProperty().bindBidirectional(s.widthProperty());
        tc.widthProperty().addListener((o, a, b) -> s.widthProperty().set(b.doubleValue()));
        // shown when chosen and not empty for every row (a column of no values only takes room)
        tc.visibleProperty().bind(s.shownProperty());
        s.emptyProperty().addListener((o, a, b) -> fitToWidth());

        FontIcon icon = new FontIcon("mdi2f-filter-variant");
        Label filter = new Label(null, icon);
        filter.getStyleClass().add("column-filter-button");
        filter.setId(c.id() + "-filter");
        Tooltip.install(filter, new Tooltip(T.t("header.filter.tip", c.title())));
        s.filteredProperty().addListener((o, a, b) -> {
            filter.pseudoClassStateChanged(ACTIVE, b);
            icon.setIconLiteral(b ? "mdi2f-filter" : "mdi2f-filter-variant");
        });
        filter.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        filter.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        filter.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            e.consume();
            openFilter(c, filter);
        });
        if (c.kind() == RecordColumn.Kind.SWATCH) {
            HBox g = new HBox(2, new FontIcon("mdi2p-palette-outline"), filter);
            g.setAlignment(Pos.CENTER);
            tc.setGraphic(g);
        } else {
            tc.setGraphic(filter);
        }

        ContextMenu header = new ContextMenu();
        MenuItem filterItem = new MenuItem(T.t("header.filter", c.title()));
        filterItem.setOnAction(e -> openFilter(c, filter));
        MenuItem hide = new MenuItem(T.t("header.hide"));
        hide.setOnAction(e -> s.visibleProperty().set(false));
        hide.disableProperty().bind(s.shownProperty().not());
        header.getItems().addAll(filterItem, hide);
        tc.setContextMenu(header);
        return tc;
    }

    private void raiseToMinimum(ColumnState<R> s) {
        double min = minimum.getOrDefault(s.id(), 40.0);
        if (s.widthProperty().get() < min) {
            s.widthProperty().set(min);
        }
    }

    /**
     * Fits the default layout into the table's width, once it has one (and again when a column turns out to
     * be empty, or after Reset columns): the key columns in view, long text cut with "…" (see
     * {@link RecordTableViewModel#fit}).
     */
    private void fitToWidth() {
        double w = table.getWidth();
        if (w <= 0) {
            return;
        }
        Insets in = table.getInsets();
        // the rows' vertical scroll bar may come: leave its width (the bar is up to 19 px wide in the themes), and
        // a pixel or two for the columns' widths rounded up to whole pixels
        double available = Math.floor(w - in.getLeft() - in.getRight() - 20) - 2;
        model.fit(available, id -> minimum.getOrDefault(id, 40.0));
    }

    /**
     * In the default layout, widens each column whose cells must read whole ({@link RecordColumn#whole()}, dates,
     * numbers) to its longest cell among the first rows, then fits the table to its width again.
     */
    private void sizeWholeColumns() {
        if (userSized || !model.defaultLayout() || model.shown().isEmpty()) {
            return;
        }
        Text probe = new Text();
        Font plain = Font.font(Font.getDefault().getFamily(), 14);
        // as table.css draws native names: the Naskh face at 16 px
        Font naskh = Font.font("Noto Naskh Arabic", 16);
        int n = Math.min(model.shown().size(), 2000);
        boolean changed = false;
        for (ColumnState<R> s : model.columns()) {
            RecordColumn<R> c = s.column();
            if (c.shrinks()
                    || c.kind() == RecordColumn.Kind.SWATCH
                    || !s.shownProperty().get()) {
                continue;
            }
            double widest = 0;
            boolean nativeText = c.kind() == RecordColumn.Kind.NATIVE;
            for (int i = 0; i < n; i++) {
                R row = model.shown().get(i);
                if (row == null) {
                    continue; // a paged table's row still being read: measured when it arrives
                }
                String t = c.cellText(row);
                // a native name is drawn in the Naskh face only when it is in a right-to-left script
                boolean naskhText = nativeText && NativeText.isRightToLeft(t);
                probe.setFont(naskhText ? naskh : plain);
                probe.setText(naskhText ? NativeText.display(t) : t);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            // the cell's padding (0.5em each side, 8 px for native names) and a little air
            double need = Math.ceil(widest + (nativeText ? 16 : 14) + 6);
            if (need > s.widthProperty().get()) {
                s.widthProperty().set(need);
                changed = true;
            }
        }
        if (changed) {
            fitToWidth();
        }
    }

    private static double headerTextWidth(String title) {
        Text text = new Text(title);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14));
        return text.getLayoutBounds().getWidth();
    }

    private void openFilter(RecordColumn<R> c, Label anchor) {
        ColumnFilterPopup popup = new ColumnFilterPopup(
                c.title(), model.filterChoices(c.id()), texts -> model.setColumnFilter(c.id(), texts));
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b != null) {
            popup.show(anchor, b.getMinX() - 8, b.getMaxY() + 6);
        }
    }

    private ContextMenu rowMenu() {
        MenuItem copy = new MenuItem(T.t("rows.copy"), new FontIcon("mdi2c-content-copy"));
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copy(true));
        MenuItem copyHeaders = new MenuItem(T.t("rows.copyValues"));
        copyHeaders.setAccelerator(COPY_VALUES);
        copyHeaders.setOnAction(e -> copy(false));
        MenuItem export = new MenuItem(T.t("rows.export"), new FontIcon("mdi2f-file-delimited-outline"));
        export.setOnAction(e -> model.exportCsv());
        MenuItem clear = new MenuItem(T.t("rows.clearFilters"));
        clear.setOnAction(e -> model.clearFilters());
        ContextMenu menu =
                new ContextMenu(copy, copyHeaders, new SeparatorMenuItem(), export, new SeparatorMenuItem(), clear);
        menu.setId(getId() + "-menu");
        return menu;
    }

    private void copy(boolean headers) {
        List<Integer> rows = List.copyOf(table.getSelectionModel().getSelectedIndices());
        if (rows.isEmpty()) {
            return;
        }
        model.copyRows(rows, headers, text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void syncOrderFromModel() {
        syncingOrder = true;
        try {
            List<TableColumn<R, R>> next = new ArrayList<>();
            for (ColumnState<R> s : model.columns()) {
                tableColumns.stream()
                        .filter(t -> t.getId().equals(s.id()))
                        .findFirst()
                        .ifPresent(next::add);
            }
            if (!next.equals(table.getColumns())) {
                List<TableColumn<R, ?>> sortOrder = new ArrayList<>(table.getSortOrder());
                table.getColumns().setAll(next);
                table.getSortOrder().setAll(sortOrder);
            }
        } finally {
            syncingOrder = false;
        }
    }
}
