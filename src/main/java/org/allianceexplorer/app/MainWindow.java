package org.allianceexplorer.app;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.figure.FigureFrame;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's frame: menus, a toolbar (Back, Forward, as-of date, search), the navigation bar of
 * screens, the selected screen in the middle, the detail pane on the right and a status bar.
 *
 * <p>The window comes up in two steps: the frame (menus, toolbar, navigation, status bar) is built with it and is
 * its first frame; the screen in the middle and the detail pane are built by {@link #fill()}, which the application
 * calls once that first frame is on its way (a user sees the window at once, its content a moment later, as the
 * database opens).
 */
public final class MainWindow extends BorderPane {

    private static final I18n.Messages T = I18n.of(MainWindow.class);

    static final double NAV_WIDTH = 180;
    static final double DETAIL_MIN_WIDTH = 260;
    /** What a screen needs for a table's key columns whole (seat deals: seat to outcome). */
    static final double SCREEN_WIDTH = 790;

    /**
     * The detail pane's width in a window {@code w} wide: 28% of it, less where that would leave the screen
     * less than {@link #SCREEN_WIDTH} (1280 pixels: 298), never less than {@link #DETAIL_MIN_WIDTH}.
     */
    static double detailWidth(double w) {
        return Math.max(DETAIL_MIN_WIDTH, Math.min(0.28 * w, w - NAV_WIDTH - 12 - SCREEN_WIDTH));
    }

    private final MainViewModel model;
    private final AppState state;
    private final List<Screen> screens;
    private final ListView<Screen> nav;
    private final StackPane centre = new StackPane();
    private final StackPane detailArea = new StackPane();
    private final Supplier<? extends Node> detailPane;
    private final BooleanProperty filled = new SimpleBooleanProperty(this, "filled");
    private final WrappedText noticeText = new WrappedText();
    private final HBox noticeBox = new HBox(8);
    private final Label statusNotice = new Label();
    private final PauseTransition noticeTimer = new PauseTransition();
    private final EditMenu editMenu;
    private final WindowMenus menus;
    private Duration noticeDuration = Duration.seconds(12);

    /**
     * @param search     the search box shown in the toolbar (may be an empty node)
     * @param detailPane builds the detail pane shown on the right (when the window is {@linkplain #fill() filled})
     */
    public MainWindow(
            MainViewModel model,
            AppState state,
            List<Screen> screens,
            Node search,
            Supplier<? extends Node> detailPane,
            Runnable quit) {
        this.model = model;
        this.detailPane = detailPane;
        this.state = state;
        this.screens = List.copyOf(screens);
        this.editMenu = new EditMenu(model.edits());
        setId("main-window");
        // a record chosen elsewhere (a link, search, Back) is shown in the table that lists its kind
        state.navigation().currentProperty().addListener((o, a, ref) -> {
            if (ref != null) {
                followToTable(ref.kind());
            }
        });

        menus = new WindowMenus(this, model, state, this.screens, editMenu);
        setTop(new VBox(menus.bar(quit), toolbar(search)));
        acceptDroppedFiles();
        editMenu.startPolling();

        nav = new ListView<>();
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.getItems().setAll(this.screens);
        nav.setCellFactory(v -> new ScreenCell());
        nav.setMinWidth(170);
        nav.setPrefWidth(190);
        nav.setMaxWidth(240);
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                state.screenProperty().set(b.id());
            }
        });
        centre.setId("screen-area");
        // a screen larger than its area is cut at the area's edges (and grows to the right and down): it never
        // draws over the toolbar, the status bar, the navigation or the detail pane, whatever its controls need
        centre.setMinSize(0, 0);
        centre.setAlignment(Pos.TOP_LEFT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(centre.widthProperty());
        clip.heightProperty().bind(centre.heightProperty());
        centre.setClip(clip);

        StackPane detail = detailArea;
        detail.setId("detail-area");
        detail.setMinWidth(DETAIL_MIN_WIDTH);
        detail.setAlignment(Pos.TOP_LEFT);
        Rectangle detailClip = new Rectangle();
        detailClip.widthProperty().bind(detail.widthProperty());
        detailClip.heightProperty().bind(detail.heightProperty());
        detail.setClip(detailClip);
        SplitPane split = new SplitPane(nav, centre, detail);
        split.setId("main-split");
        split.setDividerPositions(0.15, 0.72);
        // the navigation bar starts at the width it needs, the detail pane at a share of the window that leaves
        // the screen room for a table's key columns (see detailWidth); both keep their widths on resizing
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number a, Number b) {
                double w = b.doubleValue();
                if (w > 0) {
                    split.widthProperty().removeListener(this);
                    split.setDividerPositions(NAV_WIDTH / w, 1 - detailWidth(w) / w);
                }
            }
        });
        SplitPane.setResizableWithParent(nav, false);
        SplitPane.setResizableWithParent(detail, false);
        // notices pass over the window's lower right corner; they take no room and block nothing
        StackPane middle = new StackPane(split, noticeBox);
        StackPane.setAlignment(noticeBox, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(noticeBox, new Insets(0, 16, 16, 0));
        setCenter(middle);
        setBottom(statusBar());
        state.noticeProperty().addListener((o, a, n) -> showNotice(n));

        // the first screen is chosen in the first frame; it is built when the window is filled
        if (!this.screens.isEmpty()) {
            state.screenProperty().set(this.screens.get(0).id());
            nav.getSelectionModel().select(0);
        }
    }

    /**
     * Builds the window's content: the detail pane, and the chosen screen in the middle (from now on the one chosen
     * is shown). Once; the application calls it just after the window's first frame.
     */
    public void fill() {
        if (filled.get()) {
            return;
        }
        Node pane = detailPane.get();
        // the detail pane's width is the divider's, not its content's: a record with a long unbroken line must
        // not push the divider (and re-lay the screen beside it out) each time it is shown
        if (pane instanceof Region r) {
            r.setMinWidth(DETAIL_MIN_WIDTH); // it wraps its text to the width it is given
        }
        detailArea.getChildren().setAll(pane);
        state.screenProperty().addListener((o, a, b) -> show(b));
        show(state.screenProperty().get());
        filled.set(true);
    }

    /** True once {@link #fill()} has built the window's content. */
    public ReadOnlyBooleanProperty filledProperty() {
        return filled;
    }

    /**
     * Every accelerator of the window's menus, read from the menus themselves (Help > Keyboard shortcuts lists
     * these with the controls' own keys).
     */
    public List<Shortcut> menuShortcuts() {
        return menus.shortcuts();
    }

    /** The width a file of the current view is laid out at: its body as wide as the screen's (the frame's margins added). */
    double exportWidth() {
        return Math.max(800, centre.getWidth() + 2 * FigureFrame.MARGIN);
    }

    /** A database, dataset folder or zip dropped anywhere on the window is opened or imported. */
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                model.datasets()
                        .dropped(e.getDragboard().getFiles().stream()
                                .map(File::toPath)
                                .toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private ToolBar toolbar(Node search) {
        Button back = iconButton("mdi2a-arrow-left", T.t("toolbar.back"), "back-button");
        back.setOnAction(e -> state.navigation().back());
        back.disableProperty().bind(state.navigation().canGoBackProperty().not());
        Button forward = iconButton("mdi2a-arrow-right", T.t("toolbar.forward"), "forward-button");
        forward.setOnAction(e -> state.navigation().forward());
        forward.disableProperty().bind(state.navigation().canGoForwardProperty().not());

        Label asOfLabel = new Label(T.t("toolbar.asOf"));
        // one date field everywhere: ISO or the locale's order, a month or year read as its last day, a message on bad
        // input
        DateField asOf = new DateField(DateField.Partial.LAST_DAY);
        asOf.setId("as-of-picker");
        asOf.setPromptText(T.t("toolbar.asOf.prompt"));
        asOf.setPrefWidth(150);
        asOf.setTooltip(new Tooltip(
                T.t("toolbar.asOf.tip", DateInput.localeExample(Locale.getDefault(Locale.Category.FORMAT)))));
        state.follow(asOf.valueProperty());
        Button latest = new Button(T.t("toolbar.latest"));
        latest.setId("as-of-latest");
        latest.setTooltip(new Tooltip(T.t("toolbar.latest.tip")));
        latest.setOnAction(e -> state.setAsOf(null));
        latest.disableProperty().bind(state.asOfProperty().isNull());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                back, forward, new Separator(Orientation.VERTICAL), asOfLabel, asOf, latest, spacer, search);
        bar.setId("main-toolbar");
        return bar;
    }

    private static Button iconButton(String icon, String tip, String id) {
        Button b = Widgets.iconButton(icon, tip, id);
        b.getStyleClass().add("flat");
        return b;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        // the latest notice stands in for the summary while it is shown
        statusNotice.setId("status-notice");
        statusNotice.getStyleClass().add("status-notice");
        statusNotice.setMinWidth(0);
        statusNotice.setVisible(false);
        statusNotice.managedProperty().bind(statusNotice.visibleProperty());
        status.visibleProperty().bind(statusNotice.visibleProperty().not());
        status.managedProperty().bind(status.visibleProperty());
        Label asOf = new Label();
        asOf.setId("status-as-of");
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        asOf.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> state.getAsOf() == null
                                ? T.t("status.latest")
                                : T.t(
                                        "status.asOf",
                                        PartialDate.of(state.getAsOf()).display()),
                        state.asOfProperty()));
        Label job = new Label();
        job.textProperty().bind(model.tasks().messageProperty());
        job.setMinWidth(0);
        // the progress bar (its skin and animation) is made when the first job runs, not for the first frame; its
        // place is kept meanwhile
        StackPane progress = new StackPane();
        progress.setPrefWidth(140);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Runnable makeBar = () -> {
            if (progress.getChildren().isEmpty()) {
                ProgressBar bar = new ProgressBar();
                bar.setId("status-progress");
                bar.setPrefWidth(140);
                bar.visibleProperty().bind(model.tasks().busyProperty());
                progress.getChildren().add(bar);
            }
        };
        if (model.tasks().busyProperty().get()) {
            makeBar.run();
        } else {
            model.tasks().busyProperty().addListener((o, a, busy) -> {
                if (busy) {
                    makeBar.run();
                }
            });
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // a long job the user started (an import, an export) can be stopped; nothing of it is then written
        Button cancel = new Button(T.t("status.cancel"));
        cancel.setId("task-cancel");
        cancel.getStyleClass().add("small");
        cancel.setTooltip(new Tooltip(T.t("status.cancel.tip")));
        cancel.visibleProperty().bind(model.tasks().cancellableProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> {
            TaskRunner.Handle h = model.tasks().cancellableProperty().get();
            if (h != null) {
                h.cancel();
            }
        });
        HBox bar = new HBox(
                12,
                editMenu.indicator(),
                editMenu.readerIndicator(),
                status,
                statusNotice,
                spacer,
                job,
                progress,
                cancel,
                asOf);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setMinHeight(Region.USE_PREF_SIZE);

        noticeBox.setId("notice");
        noticeBox.getStyleClass().add("notice");
        noticeBox.setAlignment(Pos.CENTER_LEFT);
        noticeBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        noticeText.setId("notice-text");
        noticeText.setMaxWidth(460);
        Button close = iconButton("mdi2c-close", T.t("notice.close"), "notice-close");
        close.setOnAction(e -> hideNotice());
        noticeBox.getChildren().setAll(new FontIcon("mdi2i-information-outline"), noticeText, close);
        noticeBox.setVisible(false);
        noticeBox.setPickOnBounds(false);
        noticeTimer.setOnFinished(e -> hideNotice());
        return bar;
    }

    private void showNotice(Notice n) {
        if (n == null) {
            hideNotice();
            return;
        }
        noticeText.setText(n.text());
        statusNotice.setText(n.text());
        noticeBox.pseudoClassStateChanged(PseudoClass.getPseudoClass("warning"), n.warning());
        statusNotice.pseudoClassStateChanged(PseudoClass.getPseudoClass("warning"), n.warning());
        ((FontIcon) noticeBox.getChildren().get(0))
                .setIconLiteral(n.warning() ? "mdi2a-alert-outline" : "mdi2i-information-outline");
        Tooltip.install(statusNotice, new Tooltip(n.text()));
        noticeBox.setVisible(true);
        statusNotice.setVisible(true);
        // a warning stays longer: it tells the user something they did not ask for
        noticeTimer.setDuration(n.warning() ? noticeDuration.multiply(2.5) : noticeDuration);
        noticeTimer.playFromStart();
    }

    private void hideNotice() {
        noticeTimer.stop();
        noticeBox.setVisible(false);
        statusNotice.setVisible(false);
    }

    /** How long a notice stays (tests shorten it); a warning stays two and a half times as long. */
    public void setNoticeDuration(Duration d) {
        noticeDuration = d;
    }

    private void show(String id) {
        screens.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(s -> {
            centre.getChildren().setAll(s.view());
            if (nav.getSelectionModel().getSelectedItem() != s) {
                nav.getSelectionModel().select(s);
            }
        });
    }

    /** Puts the keyboard in the screen's main control (its table), or else in the first control that takes it. */
    static void focus(Screen s) {
        Node target = s.focusTarget();
        Node node = target.isFocusTraversable() ? target : firstTraversable(target);
        if (node != null) {
            node.requestFocus();
        }
    }

    private static Node firstTraversable(Node n) {
        if (n.isFocusTraversable() && n.isVisible() && !n.isDisabled()) {
            return n;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node f = firstTraversable(c);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * While a table screen is shown, a record of another kind is shown in the table listing that kind.
     * Figure screens (timeline, graph) stay put: the detail pane follows the selection there.
     */
    private void followToTable(RecordKind kind) {
        Optional<Screen> now = currentScreen();
        if (now.isEmpty() || now.get().lists().isEmpty() || now.get().lists().get() == kind) {
            return;
        }
        screens.stream()
                .filter(s -> s.lists().filter(k -> k == kind).isPresent())
                .findFirst()
                .ifPresent(s -> state.screenProperty().set(s.id()));
    }

    /** The screen shown in the middle. */
    public Optional<Screen> currentScreen() {
        String id = state.screenProperty().get();
        return screens.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The shared state the window shows (tests and tools drive it). */
    public AppState state() {
        return state;
    }

    /** The window's view-model (for the commands that menus and tests invoke). */
    public MainViewModel model() {
        return model;
    }

    /** A screen in the navigation bar: icon and title. */
    private static final class ScreenCell extends ListCell<Screen> {
        @Override
        protected void updateItem(Screen s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else {
                setText(s.title());
                setGraphic(new FontIcon(s.icon()));
                setId("nav-" + s.id());
            }
        }
    }
}
