package org.allianceexplorer.help;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Shortcut;
import org.allianceexplorer.app.Themes;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.io.BuildInfo;

/**
 * The Help menu's windows: the user guide, the keyboard shortcuts (read from the window's menus and controls when
 * opened, so the list cannot drift from them) and About (the build's version, the licence, each library that
 * ships with its licence, the bundled data's credits). Each is one window, brought to the front when asked again.
 */
public final class HelpWindows {

    private static final I18n.Messages T = I18n.of(HelpWindows.class);

    private final Window owner;
    private final BooleanProperty dark;
    private final Consumer<String> openLink;
    private final Supplier<List<Shortcut>> shortcuts;
    private final List<Image> icons;
    private Stage guide;
    private Stage keys;
    private Stage about;

    /**
     * @param shortcuts every shortcut of the window, asked for each time the list opens
     * @param openLink  opens a web address in the browser
     * @param icons     the application's icons (the main window's list: read when a help window opens)
     */
    public HelpWindows(
            Window owner,
            BooleanProperty dark,
            Consumer<String> openLink,
            Supplier<List<Shortcut>> shortcuts,
            List<Image> icons) {
        this.owner = owner;
        this.dark = dark;
        this.openLink = openLink;
        this.shortcuts = shortcuts;
        this.icons = icons;
    }

    /** Help > User guide. */
    public Stage guide() {
        if (guide == null) {
            String text = GuideView.readGuide();
            Parent content = text == null ? new Label(T.t("help.guide.missing")) : new GuideView(text, openLink);
            guide = stage("help-guide", T.t("help.guide.title"), content, 980, 760);
        }
        return front(guide);
    }

    /** Help > Keyboard shortcuts. */
    public Stage shortcuts() {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column(T.t("help.shortcuts.action"), Shortcut::action, 340));
        table.getColumns().add(column(T.t("help.shortcuts.keys"), Shortcut::keysText, 170));
        table.getColumns().add(column(T.t("help.shortcuts.where"), Shortcut::where, 220));
        table.getItems().setAll(shortcuts.get());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappedText header = new WrappedText(T.t("help.shortcuts.header"));
        VBox box = new VBox(10, header, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(14));
        if (keys == null) {
            keys = stage("help-shortcuts", T.t("help.shortcuts.title"), box, 780, 620);
        } else {
            keys.getScene().setRoot(dressed("help-shortcuts", box));
        }
        return front(keys);
    }

    /** Help > About Alliance Explorer. */
    public Stage about() {
        if (about == null) {
            about = stage("help-about", T.t("help.about.title"), aboutContent(), 720, 640);
        }
        return front(about);
    }

    private Parent aboutContent() {
        Label name = new Label(I18n.of(I18n.class).t("app.name"));
        name.getStyleClass().add("about-name");
        Label version = new Label(T.t("help.about.version", BuildInfo.version()));
        version.setId("about-version");
        Label runtime = new Label(T.t(
                "help.about.java", System.getProperty("java.version"), System.getProperty("javafx.runtime.version")));
        WrappedText licence = new WrappedText(T.t("help.about.licence"));
        Label libs = new Label(T.t("help.about.libraries"));
        libs.getStyleClass().add("about-heading");
        TableView<BuildInfo.Library> table = new TableView<>();
        table.setId("about-libraries");
        table.getColumns().add(column(T.t("help.about.library"), l -> l.group() + ":" + l.artifact(), 300));
        table.getColumns().add(column(T.t("help.about.libraryVersion"), BuildInfo.Library::version, 90));
        table.getColumns().add(column(T.t("help.about.libraryLicence"), BuildInfo.Library::licence, 240));
        table.getItems().setAll(BuildInfo.libraries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(240);
        Label data = new Label(T.t("help.about.data"));
        data.getStyleClass().add("about-heading");
        WrappedText credits = new WrappedText(String.join("\n\n", DataCredits.bundled()));
        credits.setId("about-data");
        credits.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, name, version, runtime, licence, libs, table, data, credits);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(18));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static <R> TableColumn<R, String> column(
            String title, java.util.function.Function<R, String> value, double w) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private Stage stage(String id, String title, Parent content, double w, double h) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(title);
        s.getIcons().setAll(icons);
        Scene scene = new Scene(dressed(id, content), w, h);
        scene.getStylesheets().add(HelpWindows.class.getResource("help.css").toExternalForm());
        scene.setNodeOrientation(I18n.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        s.setScene(scene);
        return s;
    }

    /** The content with a Close button under it, themed like the window. */
    private Parent dressed(String id, Parent content) {
        Button close = new Button(T.t("help.close"));
        close.setId("help-close");
        close.setCancelButton(true);
        close.setOnAction(e -> close.getScene().getWindow().hide());
        HBox buttons = new HBox(close);
        buttons.setPadding(new Insets(8, 14, 12, 14));
        buttons.setStyle("-fx-alignment: center-right;");
        BorderPane root = new BorderPane(content, null, null, buttons, null);
        root.getStyleClass().add("help-window");
        root.setId(id);
        Themes.styleRoot(root, dark);
        return root;
    }

    private static Stage front(Stage s) {
        s.show();
        s.toFront();
        return s;
    }
}
