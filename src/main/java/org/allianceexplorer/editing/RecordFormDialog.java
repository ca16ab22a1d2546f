package org.allianceexplorer.editing;

import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.app.NativeText;
import org.allianceexplorer.app.Shortcut;
import org.allianceexplorer.app.Widgets;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window of a {@link RecordFormViewModel}: one row per field, each with the input its type asks for (a
 * type-ahead picker for a link, chips for a list of links, a colour picker, a tick for yes/no, a list for a
 * choice, a date that says its precision), what is wrong under it, the source the fact cites, and Save (also
 * Ctrl+Enter), on only when the record can be saved. Controls are named {@code #form-FIELD}.
 */
final class RecordFormDialog {

    private static final I18n.Messages T = I18n.of(RecordFormDialog.class);

    /** Saves the form (New claim uses the same key). */
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    /** The forms' keys, as Help > Keyboard shortcuts lists them. */
    public static final List<Shortcut> SHORTCUTS =
            List.of(Shortcut.of(SAVE, "shortcut.form.save", "shortcut.where.form"));

    /** Fields typed as running text: a few lines each. */
    private static final Set<String> LONG_TEXT = Set.of("description", "snippet", "note");

    private RecordFormDialog() {}

    /** Opens the form's window over {@code owner} and starts filling it. */
    static Stage open(Window owner, RecordFormViewModel model, BooleanProperty dark) {
        Stage stage = EditingWindow.modal(owner, null);
        stage.titleProperty().bind(model.headingProperty());
        EditingWindow.dress(stage, owner, content(model, stage), 640, 700, dark);
        return EditingWindow.show(stage, 520, 420, model::load);
    }

    static BorderPane content(RecordFormViewModel model, Stage stage) {
        GridPane grid = FormParts.grid();
        grid.setPadding(new Insets(0, 12, 0, 0));
        int[] row = {0};
        for (FieldInput in : model.inputs()) {
            boolean made = model.adds() && model.madeIfEmpty(in.name());
            Node input = input(model, in);
            if (made && input instanceof TextField t) {
                t.setPromptText(T.t("form.key.prompt"));
            }
            add(grid, row, model.kind(), in, input, in.field().required() && !made);
        }
        if (!model.firstClaim().isEmpty()) {
            heading(grid, row, T.t("form.firstClaim"), T.t("form.firstClaim.hint"));
            for (FieldInput in : model.firstClaim()) {
                add(grid, row, EditKind.CLAIM, in, input(model, in), in.field().required());
            }
        }
        if (model.cites()) {
            cite(grid, row, model);
        }
        ScrollPane scroll = new ScrollPane(grid);
        // the field that takes the focus (Tab, a click, a shortcut) is scrolled into view
        grid.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((x, was, now) -> reveal(scroll, grid, now));
            }
        });
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Label title = new Label();
        title.textProperty().bind(model.headingProperty());
        title.getStyleClass().add("record-form-title");
        title.setId("form-heading");
        VBox top = new VBox(4, title, FormParts.problem("form-problem", model.formProblemProperty()));

        String saveText = model.adds() ? T.t("form.add", KindNames.kind(model.kind())) : T.t("form.save");
        Button save = FormParts.save(saveText, "form-save", model.validProperty(), model::save, stage);
        Button cancel = FormParts.cancel(T.t("cancel"), "form-cancel", stage);
        WrappedText hint = FormParts.hint(T.t("form.hint"));
        hint.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, hint, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);

        BorderPane pane = new BorderPane(scroll, top, null, buttons, null);
        BorderPane.setMargin(top, new Insets(0, 0, 10, 0));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        pane.setPadding(new Insets(16));
        pane.getStyleClass().addAll("new-claim", "record-form");
        pane.setId("record-form-" + model.kind().table());
        FormParts.saveOnShortcut(pane, save);
        return pane;
    }

    /** Scrolls {@code scroll} so that {@code node}, if it is in {@code content}, is in view. */
    static void reveal(ScrollPane scroll, Node content, Node node) {
        if (node == null) {
            return;
        }
        Node n = node;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top) {
            scroll.setVvalue(b.getMinY() / (contentHeight - viewport));
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport) / (contentHeight - viewport)));
        }
    }

    /** The input a field's type asks for. */
    private static Node input(RecordFormViewModel model, FieldInput in) {
        Field f = in.field();
        Node node = switch (f.type()) {
            case LINK -> new LinkPicker(in, in.choiceProperty()::set, model::suggest, true).field();
            case LINKS -> links(model, in);
            case COLOUR -> colour(in);
            case FLAG -> flag(in);
            case CHOICE -> choice(in);
            case DATE -> date(in);
            default -> text(in);
        };
        if (f.type() != Field.Type.LINKS && f.type() != Field.Type.COLOUR && f.type() != Field.Type.DATE) {
            node.setId("form-" + f.name());
        }
        return node;
    }

    private static Node text(FieldInput in) {
        TextInputControl t;
        if (LONG_TEXT.contains(in.name())) {
            TextArea a = new TextArea();
            a.setWrapText(true);
            a.setPrefRowCount(3);
            t = a;
        } else {
            t = new TextField();
        }
        t.textProperty().bindBidirectional(in.textProperty());
        switch (in.field().type()) {
            case INTEGER -> t.setPromptText(T.t("form.integer.prompt"));
            case DECIMAL -> t.setPromptText(T.t("form.decimal.prompt"));
            default -> {}
        }
        if (in.name().equals("native_name")) {
            // a name in its own script: the Naskh font, typed and read right to left when it is one
            t.setPromptText(T.t("form.native.prompt"));
            t.getStyleClass().add(NativeText.STYLE_CLASS);
            NativeText.loadFont();
            Runnable orient = () -> t.setNodeOrientation(
                    NativeText.isRightToLeft(t.getText())
                            ? NodeOrientation.RIGHT_TO_LEFT
                            : NodeOrientation.LEFT_TO_RIGHT);
            t.textProperty().addListener((o, a, b) -> orient.run());
            orient.run();
        }
        return t;
    }

    private static Node date(FieldInput in) {
        TextField t = new TextField();
        t.setId("form-" + in.name());
        t.setPromptText(T.t("date.prompt"));
        t.textProperty().bindBidirectional(in.textProperty());
        t.setPrefColumnCount(12);
        Label precision = new Label();
        precision.setId("form-" + in.name() + "-precision");
        precision.getStyleClass().add("new-claim-hint");
        precision.textProperty().bind(in.hintProperty());
        precision.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, t, precision);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(t, Priority.ALWAYS);
        return box;
    }

    private static Node colour(FieldInput in) {
        TextField t = new TextField();
        t.setId("form-" + in.name());
        t.setPromptText("#RRGGBB");
        t.setPrefColumnCount(8);
        t.textProperty().bindBidirectional(in.textProperty());
        ColorPicker picker = new ColorPicker();
        picker.setId("form-" + in.name() + "-picker");
        boolean[] syncing = {false};
        Runnable fromText = () -> {
            if (syncing[0]) {
                return;
            }
            String v = in.textProperty().get();
            if (v != null && v.strip().matches("#[0-9A-Fa-f]{6}")) {
                syncing[0] = true;
                picker.setValue(Color.web(v.strip()));
                syncing[0] = false;
            }
        };
        in.textProperty().addListener((o, a, b) -> fromText.run());
        fromText.run();
        picker.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0] && b != null) {
                syncing[0] = true;
                in.textProperty().set(Widgets.hex(b));
                syncing[0] = false;
            }
        });
        HBox box = new HBox(8, picker, t);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node flag(FieldInput in) {
        CheckBox box = new CheckBox(T.t("form.flag.yes"));
        Runnable fromText =
                () -> box.setSelected("yes".equalsIgnoreCase(in.textProperty().get())
                        || "1".equals(in.textProperty().get()));
        in.textProperty().addListener((o, a, b) -> fromText.run());
        fromText.run();
        box.selectedProperty().addListener((o, a, b) -> in.textProperty().set(b ? "yes" : "no"));
        if (in.textProperty().get() == null || in.textProperty().get().isEmpty()) {
            in.textProperty().set("no");
        }
        return box;
    }

    private static Node choice(FieldInput in) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(in.field().choices());
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, a, b) -> in.textProperty().set(b == null ? "" : b));
        in.textProperty().addListener((o, a, b) -> box.setValue(b == null || b.isEmpty() ? null : b));
        box.setValue(
                in.textProperty().get() == null || in.textProperty().get().isEmpty()
                        ? null
                        : in.textProperty().get());
        return box;
    }

    /** A list of links: one chip per record (× removes it) and a picker that adds another. */
    private static Node links(RecordFormViewModel model, FieldInput in) {
        FlowPane chips = new FlowPane(6, 4);
        chips.setId("form-" + in.name() + "-chips");
        Runnable draw = () -> {
            chips.getChildren().clear();
            for (Choice c : in.chosen()) {
                Button remove = new Button(null, new FontIcon("mdi2c-close"));
                remove.getStyleClass().addAll("flat", "small");
                remove.setOnAction(e -> in.chosen().remove(c));
                Label chip = new Label(c.key(), remove);
                chip.setContentDisplay(ContentDisplay.RIGHT);
                chip.getStyleClass().add("form-chip");
                chips.getChildren().add(chip);
            }
        };
        in.chosen().addListener((ListChangeListener<Choice>) c -> draw.run());
        draw.run();
        LinkPicker picker = new LinkPicker(
                in,
                c -> {
                    if (in.chosen().stream().noneMatch(x -> x.id() == c.id())) {
                        in.chosen().add(c);
                    }
                },
                model::suggest,
                false);
        picker.field().setId("form-" + in.name());
        // once picked, the field is cleared for the next one
        in.chosen().addListener((ListChangeListener<Choice>) c -> picker.field().clear());
        return new VBox(4, chips, picker.field());
    }

    /** The source the fact cites: a stored one, picked by name, or a new one typed here. */
    private static void cite(GridPane grid, int[] row, RecordFormViewModel model) {
        heading(grid, row, T.t("cite.heading"), T.t("cite.heading.hint"));
        ToggleGroup group = new ToggleGroup();
        RadioButton stored = new RadioButton(T.t("cite.stored"));
        stored.setId("form-cite-stored");
        RadioButton fresh = new RadioButton(T.t("cite.new"));
        fresh.setId("form-cite-new");
        stored.setToggleGroup(group);
        fresh.setToggleGroup(group);
        stored.setSelected(!model.newSourceProperty().get());
        fresh.setSelected(model.newSourceProperty().get());
        fresh.selectedProperty()
                .addListener((o, a, b) -> model.newSourceProperty().set(b));
        HBox which = new HBox(16, stored, fresh);
        grid.add(which, 1, row[0]++);

        LinkPicker source =
                new LinkPicker(model.citedSource(), model.citedSource().choiceProperty()::set, model::suggest, true);
        source.field().setId("form-cite-source");
        Label pickLabel = new Label(T.t("cite.pick"));
        pickLabel.setLabelFor(source.field());
        grid.add(pickLabel, 0, row[0]);
        grid.add(source.field(), 1, row[0]++);
        for (Node n : List.of(pickLabel, source.field())) {
            n.visibleProperty().bind(model.newSourceProperty().not());
            n.managedProperty().bind(n.visibleProperty());
        }
        TextArea quote =
                FormParts.quotation(model.quotationProperty(), "form-cite-quotation", T.t("source.quotation.prompt"));
        // a new source's fields, in the form's own columns, shown while "A new source" is chosen
        inline(
                grid,
                row,
                model,
                T.t("source.url"),
                FormParts.text(model.urlProperty(), "form-cite-url", "https://\u2026"));
        inline(
                grid,
                row,
                model,
                T.t("source.outlet"),
                FormParts.text(model.outletProperty(), "form-cite-outlet", T.t("source.outlet.prompt")));
        inline(
                grid,
                row,
                model,
                T.t("source.title"),
                FormParts.text(model.titleProperty(), "form-cite-title", T.t("source.title.prompt")));
        inline(
                grid,
                row,
                model,
                T.t("source.published"),
                FormParts.text(model.publishedProperty(), "form-cite-published", T.t("date.prompt")));
        inline(grid, row, model, T.t("source.quotation"), quote);
        grid.add(FormParts.problem("form-cite-problem", model.citeProblemProperty()), 1, row[0]++);
    }

    private static void heading(GridPane grid, int[] row, String text, String hint) {
        Label h = new Label(text);
        h.getStyleClass().add("new-claim-heading");
        grid.add(new VBox(2, h, FormParts.hint(hint)), 0, row[0]++, 2, 1);
    }

    private static void inline(GridPane grid, int[] row, RecordFormViewModel model, String label, Node field) {
        Label l = FormParts.row(grid, row, label, field);
        for (Node n : List.of(l, field)) {
            n.visibleProperty().bind(model.newSourceProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
    }

    /** A labelled field ("Founded *" when required) with what is wrong with it below (hidden while nothing is). */
    private static void add(GridPane grid, int[] row, EditKind kind, FieldInput in, Node field, boolean required) {
        FormParts.row(grid, row, KindNames.field(kind, in.field()) + (required ? " *" : ""), field);
        grid.add(FormParts.problem("form-" + in.name() + "-problem", in.problemProperty()), 1, row[0]++);
    }
}
