package org.allianceexplorer.detail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.app.NativeText;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.detail.DetailPage.Field;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Section;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.domain.SourceList;
import org.allianceexplorer.domain.edit.EditKind;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane: a header (kind badge, title, native name right to left, party colour), the record's
 * fields, its sections with links to other records, and the sources (outlet, date, title and snippet
 * readable offline; the address opens in the browser, or is shown to copy when there is none).
 */
public final class DetailView extends StackPane {

    private static final I18n.Messages T = I18n.of(DetailView.class);

    /**
     * Links longer than this are drawn as wrapping text (still clickable): a Hyperlink cannot wrap, and in a
     * pane of 28% of a 1280-pixel window a longer one (an election's name) would run past its edge.
     */
    private static final int LONG_LINK = 18;
    /** Characters of a web address shown in a line (the whole address is in its tooltip). */
    private static final int SHORT_URL = 44;

    private final DetailViewModel model;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label empty = new Label();
    private EditCommands edits;

    public DetailView(DetailViewModel model) {
        this.model = model;
        setId("detail-pane");
        getStyleClass().add("detail-pane");
        getStylesheets().add(DetailView.class.getResource("detail.css").toExternalForm());
        setMinWidth(280);
        setPrefWidth(400);

        content.setId("detail-content");
        content.getStyleClass().add("detail-content");
        content.setFillWidth(true);
        scroll.setId("detail-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");

        empty.setId("detail-empty");
        empty.getStyleClass().add("detail-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(model.messageProperty());
        empty.setGraphic(new FontIcon("mdi2t-text-box-search-outline"));
        empty.setContentDisplay(ContentDisplay.TOP);
        StackPane.setAlignment(empty, Pos.CENTER);

        getChildren().addAll(scroll, empty);
        model.pageProperty().addListener((o, a, b) -> show(b));
        show(model.getPage());
    }

    /**
     * Gives the pages Change, Delete and Add buttons while the database is open for editing: change or delete
     * the record shown, or add a record linked to it (an alias of this party, a membership of this alliance).
     */
    public void editWith(EditCommands commands) {
        this.edits = commands;
        show(model.getPage());
    }

    private void show(DetailPage page) {
        boolean has = page != null;
        scroll.setVisible(has);
        empty.setVisible(!has);
        if (!has) {
            content.getChildren().clear();
            return;
        }
        content.getChildren().setAll(header(page));
        if (!page.fields().isEmpty()) {
            content.getChildren().add(fields(page.fields()));
        }
        for (Section s : page.sections()) {
            content.getChildren().add(section(s, page.asOf()));
        }
        if (page.sources() != SourceList.NONE) {
            content.getChildren().add(sources(page, page.sources(), page.asOf()));
        }
        scroll.setVvalue(0);
    }

    private Node header(DetailPage page) {
        Label badge = new Label(page.badge());
        badge.setId("detail-badge");
        badge.getStyleClass().add("detail-badge");
        HBox top = new HBox(8, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        if (page.colour() != null) {
            Rectangle swatch = new Rectangle(14, 14, Color.web(page.colour()));
            swatch.getStyleClass().add("party-swatch");
            top.getChildren().add(swatch);
        }
        WrappedText title = wrapped(page.title(), "detail-title");
        title.setId("detail-title");
        VBox box = new VBox(4, top, title);
        box.getStyleClass().add("detail-header");
        editing(page).ifPresent(bar -> box.getChildren().add(0, bar));
        if (page.subtitle() != null && !page.subtitle().isBlank()) {
            WrappedText sub = wrapped(page.subtitle(), "detail-subtitle");
            sub.setId("detail-subtitle");
            box.getChildren().add(sub);
        }
        if (page.nativeName() != null && !page.nativeName().isBlank()) {
            Label nativeName = new Label(NativeText.display(page.nativeName()));
            nativeName.getStyleClass().add("detail-native");
            nativeName.setId("detail-native");
            // Urdu and other right-to-left scripts: the Naskh font, laid out, aligned and wrapped right to left;
            // a name in a left-to-right script (an imported European party) reads left to right
            NativeText.orient(nativeName, page.nativeName());
            nativeName.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(nativeName);
        }
        if (page.asOf() != null) {
            // the day this page was made for, not the app's date of the moment (a newer page may be loading)
            WrappedText asOf = wrapped(T.t("asOf", DetailLines.date(PartialDate.of(page.asOf()))), "detail-as-of");
            asOf.setId("detail-as-of");
            box.getChildren().add(asOf);
        }
        return box;
    }

    /** The edit buttons of a page, shown while the database is writable. */
    private Optional<Node> editing(DetailPage page) {
        if (edits == null || page.ref() == null) {
            return Optional.empty();
        }
        return EditKind.shown(page.ref().kind()).map(kind -> {
            long id = page.ref().id();
            Button change = new Button(T.t("button.change"), new FontIcon("mdi2p-pencil-outline"));
            change.setId("detail-change");
            change.setTooltip(new Tooltip(T.t("button.change.tip", KindNames.kind(kind))));
            change.setOnAction(e -> edits.change(kind, id));
            Button delete = new Button(T.t("button.delete"), new FontIcon("mdi2d-delete-outline"));
            delete.setId("detail-delete");
            delete.setTooltip(new Tooltip(T.t("button.delete.tip", KindNames.kind(kind))));
            delete.setOnAction(e -> edits.delete(kind, id));
            // a flow, not a row: in a narrow pane the buttons wrap rather than shrink to "Cha…"
            FlowPane bar = new FlowPane(6, 4, change, delete);
            List<EditKind> linked = Arrays.stream(EditKind.values())
                    .filter(k -> k != EditKind.CITATION && k.linkTo(kind).isPresent())
                    .toList();
            if (!linked.isEmpty()) {
                MenuButton add = new MenuButton(T.t("button.add"), new FontIcon("mdi2p-plus"));
                add.setId("detail-add");
                for (EditKind k : linked) {
                    String field = k.linkTo(kind).get();
                    MenuItem item = new MenuItem(T.t("button.add.item", capitalized(KindNames.kind(k))));
                    item.setId("detail-add-" + k.table());
                    item.setOnAction(e -> edits.add(k, Map.of(field, Long.toString(id))));
                    add.getItems().add(item);
                }
                bar.getChildren().add(add);
            }
            bar.getStyleClass().add("detail-edit-bar");
            bar.getChildren().forEach(n -> {
                n.getStyleClass().add("small");
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            });
            bar.visibleProperty().bind(edits.editableProperty());
            bar.managedProperty().bind(bar.visibleProperty());
            return bar;
        });
    }

    /** The kind of the page's record when it cites sources through citations and editing is offered. */
    private Optional<EditKind> citing(DetailPage page) {
        if (edits == null || page.ref() == null) {
            return Optional.empty();
        }
        return EditKind.shown(page.ref().kind()).filter(EditKind::cites);
    }

    /** Shown only while the database is open for editing. */
    private void editingOnly(Node n) {
        n.visibleProperty().bind(edits.editableProperty());
        n.managedProperty().bind(n.visibleProperty());
    }

    private Node fields(List<Field> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-fields");
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints key = new ColumnConstraints();
        key.setMinWidth(80);
        key.setMaxWidth(150);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setMinWidth(60);
        grid.getColumnConstraints().addAll(key, value);
        int row = 0;
        for (Field f : fields) {
            WrappedText k = wrapped(f.label(), "detail-field-label");
            grid.add(k, 0, row);
            Span address =
                    f.value().stream().filter(x -> x.url() != null).findFirst().orElse(null);
            Node v;
            if (address != null) {
                v = urlLink(address.url());
            } else {
                v = flow(f.value());
                v.getStyleClass().add("detail-field-value");
            }
            grid.add(v, 1, row);
            row++;
        }
        return grid;
    }

    private Node section(Section s, LocalDate asOf) {
        VBox box = new VBox(3);
        box.setId("detail-section-" + s.id());
        box.getStyleClass().add("detail-section");
        box.getChildren().add(wrapped(s.title(), "detail-section-title"));
        if (s.lines().isEmpty()) {
            box.getChildren()
                    .add(wrapped(asOf == null ? T.t("section.none") : T.t("section.none.asOf"), "detail-none"));
        }
        for (Line l : s.lines()) {
            // a web address has no spaces to wrap at: it gets a line of its own that it cannot run past
            List<Span> text = l.spans().stream().filter(x -> x.url() == null).toList();
            if (!text.isEmpty()) {
                TextFlow f = flow(text);
                f.getStyleClass().add(l.indent() ? "detail-subline" : "detail-line");
                box.getChildren().add(f);
            }
            for (Span u : l.spans()) {
                if (u.url() != null) {
                    Node link = urlLink(u.url());
                    link.getStyleClass().add(l.indent() ? "detail-subline" : "detail-line");
                    box.getChildren().add(link);
                }
            }
            if (l.note() != null && !l.note().isBlank()) {
                WrappedText note = wrapped(l.note(), "detail-note");
                if (l.indent()) {
                    note.getStyleClass().add("detail-subline");
                }
                box.getChildren().add(note);
            }
        }
        if (s.more() > 0) {
            box.getChildren().add(wrapped(T.t("section.more", s.more()), "detail-none"));
        }
        return box;
    }

    private Node sources(DetailPage page, SourceList sources, LocalDate asOf) {
        VBox box = new VBox(6);
        box.setId("detail-sources");
        box.getStyleClass().add("detail-section");
        box.getChildren()
                .add(wrapped(
                        sources.total() == 1 ? T.t("sources.one") : T.t("sources.many", sources.total()),
                        "detail-section-title"));
        if (sources.shown().isEmpty()) {
            box.getChildren()
                    .add(wrapped(asOf == null ? T.t("sources.none") : T.t("sources.none.asOf"), "detail-none"));
        }
        for (Source s : sources.shown()) {
            VBox card = new VBox(2);
            card.getStyleClass().add("detail-source");
            Text outlet = text(s.outlet(), "span-strong");
            TextFlow head = s.published() == null
                    ? new TextFlow(outlet)
                    : new TextFlow(outlet, text(I18n.separator() + DetailLines.date(s.published()), "span-muted"));
            Hyperlink title = new Hyperlink(s.title());
            title.setWrapText(true);
            title.getStyleClass().add("detail-source-title");
            title.setOnAction(
                    e -> model.open(new RecordRef(RecordKind.SOURCES, s.id(), s.outlet() + ": " + s.title())));
            card.getChildren().addAll(head, title);
            if (s.snippet() != null && !s.snippet().isBlank()) {
                card.getChildren().add(wrapped("\u201c" + s.snippet() + "\u201d", "detail-snippet"));
            }
            if (s.url() != null && !s.url().isBlank()) {
                card.getChildren().add(urlLink(s.url()));
            }
            citing(page).ifPresent(kind -> {
                Hyperlink remove = new Hyperlink(T.t("sources.remove"));
                remove.setId("detail-uncite-" + s.id());
                remove.getStyleClass().add("detail-uncite");
                remove.setTooltip(new Tooltip(T.t("sources.remove.tip", KindNames.kind(kind))));
                remove.setOnAction(e -> edits.uncite(kind, page.ref().id(), s.id()));
                editingOnly(remove);
                card.getChildren().add(remove);
            });
            box.getChildren().add(card);
        }
        citing(page).ifPresent(kind -> {
            Hyperlink cite = new Hyperlink(T.t("sources.cite"), new FontIcon("mdi2p-plus"));
            cite.setId("detail-cite");
            cite.setTooltip(new Tooltip(T.t("sources.cite.tip", KindNames.kind(kind))));
            cite.setOnAction(e -> edits.change(kind, page.ref().id()));
            editingOnly(cite);
            box.getChildren().add(cite);
        });
        if (sources.total() > sources.shown().size()) {
            box.getChildren()
                    .add(wrapped(T.t("sources.showing", sources.shown().size(), sources.total()), "detail-none"));
        }
        return box;
    }

    /** A web address: opens in the browser; with no browser it turns into a field to select and copy. */
    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Node urlLink(String url) {
        Hyperlink link = new Hyperlink(DetailPages.shortUrl(url, SHORT_URL));
        link.getStyleClass().add("detail-url");
        link.setGraphic(new FontIcon("mdi2o-open-in-new"));
        // an address has no spaces to wrap at: cut in the middle to the pane's width, whole on hover
        link.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        link.setMinWidth(0);
        link.setTooltip(new Tooltip(url + "\n" + T.t("url.open")));
        StackPane holder = new StackPane(link);
        holder.setAlignment(Pos.CENTER_LEFT);
        link.setOnAction(e -> {
            if (!model.openLink(url)) {
                holder.getChildren().setAll(copyable(url));
            }
        });
        return holder;
    }

    private static TextField copyable(String url) {
        TextField field = new TextField(url);
        field.setEditable(false);
        field.getStyleClass().addAll("detail-url-field", "small");
        field.setTooltip(new Tooltip(T.t("url.noBrowser")));
        field.selectAll();
        return field;
    }

    private TextFlow flow(List<Span> spans) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("detail-flow");
        for (Span s : spans) {
            if (s.link() != null && s.text().length() > LONG_LINK) {
                // a long link wraps with the text around it (a Hyperlink would run past the edge)
                Text t = text(s.text(), "detail-link-text");
                t.setCursor(Cursor.HAND);
                t.setOnMouseClicked(e -> model.open(s.link()));
                Tooltip.install(
                        t,
                        new Tooltip(DetailPages.badge(s.link().kind()) + ": "
                                + s.link().label()));
                flow.getChildren().add(t);
            } else if (s.link() != null) {
                Hyperlink h = new Hyperlink(s.text());
                h.getStyleClass().add("detail-link");
                // a link is one name: "NA-213 (2018)" reads left to right in the Urdu window too
                NativeText.orient(h, s.text());
                h.setOnAction(e -> model.open(s.link()));
                h.setTooltip(new Tooltip(
                        DetailPages.badge(s.link().kind()) + ": " + s.link().label()));
                flow.getChildren().add(h);
            } else {
                // a word a span: a long run of Urdu wraps right (WrappedText)
                flow.getChildren()
                        .addAll(WrappedText.spans(
                                s.text(),
                                "detail-text",
                                "span-" + s.style().name().toLowerCase(Locale.ROOT)));
            }
        }
        return flow;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().addAll("detail-text", style);
        return t;
    }

    private static WrappedText wrapped(String text, String style) {
        WrappedText l = new WrappedText(text);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
