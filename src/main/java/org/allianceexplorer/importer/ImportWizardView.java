package org.allianceexplorer.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.allianceexplorer.data.imports.results.ResultsMapping;
import org.allianceexplorer.data.imports.results.ResultsPreview;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import wizard's nodes: the steps on the left, the page of the current step in the middle, Back / Next /
 * Close below. Nodes and bindings only; {@link ImportWizardViewModel} holds the state and does the work.
 */
public final class ImportWizardView extends BorderPane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ImportWizardViewModel model;
    private final Map<ImportWizardViewModel.Step, Node> pages = new EnumMap<>(ImportWizardViewModel.Step.class);
    private final VBox stepList = new VBox(2);
    private final StackPane pageArea = new StackPane();
    private final VBox labelRows = new VBox(6);

    public ImportWizardView(ImportWizardViewModel model, Runnable close) {
        this.model = model;
        setId("import-wizard");
        getStyleClass().add("import-wizard");
        getStylesheets().add(ImportWizardView.class.getResource("importer.css").toExternalForm());
        pages.put(ImportWizardViewModel.Step.CHOOSE, choosePage());
        pages.put(ImportWizardViewModel.Step.DETECTED, detectedPage());
        pages.put(ImportWizardViewModel.Step.MAP, mapPage());
        pages.put(ImportWizardViewModel.Step.LABELS, labelsPage());
        pages.put(ImportWizardViewModel.Step.CHECK, checkPage());
        pages.put(ImportWizardViewModel.Step.IMPORT, importPage(close));

        stepList.setId("wizard-steps");
        stepList.getStyleClass().add("wizard-steps");
        stepList.setMinWidth(Region.USE_PREF_SIZE);
        setLeft(stepList);
        pageArea.setId("wizard-page");
        pageArea.setPadding(new Insets(14, 16, 8, 16));
        pageArea.setMinSize(0, 0);
        setCenter(pageArea);
        setBottom(navigation(close));
        model.stepProperty().addListener((o, a, b) -> show());
        model.kindProperty().addListener((o, a, b) -> show());
        show();
    }

    private void show() {
        ImportWizardViewModel.Step s = model.stepProperty().get();
        pageArea.getChildren().setAll(pages.get(s));
        stepList.getChildren().clear();
        List<ImportWizardViewModel.Step> steps = model.steps();
        for (int i = 0; i < steps.size(); i++) {
            ImportWizardViewModel.Step st = steps.get(i);
            Label l = new Label((i + 1) + "  " + st.title());
            l.setId("wizard-step-" + st.name().toLowerCase(java.util.Locale.ROOT));
            l.getStyleClass().add("wizard-step");
            l.pseudoClassStateChanged(CURRENT, st == s);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setOnMouseClicked(e -> model.goTo(st));
            stepList.getChildren().add(l);
        }
    }

    // --- pages -------------------------------------------------------------------------------------------

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("title-3", "wizard-title");
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("wizard-note");
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Node choosePage() {
        Button file = new Button("Choose a file\u2026", new FontIcon("mdi2f-file-table-outline"));
        file.setId("wizard-choose-file");
        file.setOnAction(e -> model.chooseFile());
        file.setDefaultButton(true);
        Button folder = new Button("Choose a folder\u2026", new FontIcon("mdi2f-folder-outline"));
        folder.setId("wizard-choose-folder");
        folder.setOnAction(e -> model.chooseFolder());
        Label chosen = new Label();
        chosen.setId("wizard-chosen");
        chosen.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.fileProperty().get() == null
                                ? ""
                                : "Chosen: " + model.fileProperty().get().toAbsolutePath(),
                        model.fileProperty()));
        chosen.setWrapText(true);
        VBox page = new VBox(
                12,
                title("Import into Alliance Explorer"),
                note("A results table (CSV or XLSX, one row per candidate or one row per seat with a block of columns"
                        + " per party or coalition), a dataset folder or zip in the interchange format, or a folder"
                        + " of ParlGov's tables. A CSV or XLSX dropped on the window opens here too."),
                new HBox(10, file, folder),
                chosen,
                note("Nothing is written until the last step, and then only if everything imports. A bundled dataset"
                        + " is never written: the results go into a new database file."));
        return page;
    }

    private Node detectedPage() {
        VBox lines = new VBox(6);
        lines.setId("wizard-detected");
        lines.getStyleClass().add("wizard-detected");
        Runnable fill = () -> lines.getChildren()
                .setAll(model.detected().stream()
                        .map(t -> (Node) detectedLine(t))
                        .toList());
        model.detected().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        ListView<String> problems = new ListView<>(model.previewProblems());
        problems.setId("wizard-preview-problems");
        problems.setPrefHeight(120);
        VBox.setVgrow(problems, Priority.ALWAYS);
        Label problemsTitle = new Label("Problems in the first rows");
        problemsTitle.visibleProperty().bind(Bindings.isNotEmpty(model.previewProblems()));
        problemsTitle.managedProperty().bind(problemsTitle.visibleProperty());
        problems.visibleProperty().bind(problemsTitle.visibleProperty());
        problems.managedProperty().bind(problemsTitle.visibleProperty());
        TextField countries = new TextField();
        countries.setId("wizard-countries");
        countries.setPromptText("ISO3 codes, e.g. DEU; NLD; GBR (empty: all)");
        countries.textProperty().bindBidirectional(model.countriesProperty());
        HBox parlgov = new HBox(8, new Label("Countries"), countries);
        parlgov.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(countries, Priority.ALWAYS);
        parlgov.visibleProperty().bind(model.kindProperty().isEqualTo(ImportWizardViewModel.Kind.PARLGOV));
        parlgov.managedProperty().bind(parlgov.visibleProperty());
        return new VBox(10, title("What was found"), lines, parlgov, problemsTitle, problems);
    }

    private static Label detectedLine(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Node mapPage() {
        ChoiceBox<ResultsMapping.Layout> layout =
                new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(ResultsMapping.Layout.values()));
        layout.setId("wizard-layout");
        layout.valueProperty().bindBidirectional(model.layoutProperty());
        layout.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ResultsMapping.Layout l) {
                return l == null
                        ? ""
                        : l == ResultsMapping.Layout.WIDE ? "wide: a row per seat" : "long: a row per candidate";
            }

            @Override
            public ResultsMapping.Layout fromString(String s) {
                return null;
            }
        });
        Label mappingName = new Label();
        mappingName.setId("wizard-mapping-name");
        mappingName.textProperty().bind(Bindings.concat("Mapping: ", model.mappingNameProperty()));
        Button load = new Button("Load mapping\u2026");
        load.setId("wizard-load-mapping");
        load.setOnAction(e -> model.loadMapping());
        Button save = new Button("Save mapping\u2026");
        save.setId("wizard-save-mapping");
        save.setOnAction(e -> model.saveMapping());
        TextField coalitions = new TextField();
        coalitions.setId("wizard-coalitions");
        coalitions.setPromptText("coalition blocks: BN; PH");
        coalitions.setPrefColumnCount(14);
        coalitions.setTooltip(new Tooltip("The blocks that are coalitions: their party cell names the component party"
                + " (the label is then 'BLOCK - PARTY'); press Enter to apply"));
        coalitions.setText(model.coalitionsProperty().get());
        model.coalitionsProperty().addListener((o, a, b) -> coalitions.setText(b));
        coalitions.setOnAction(e -> model.coalitionsProperty().set(coalitions.getText()));
        coalitions.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                model.coalitionsProperty().set(coalitions.getText());
            }
        });
        Label coalitionsLabel = new Label("Coalitions");
        HBox wideOnly = new HBox(6, coalitionsLabel, coalitions);
        wideOnly.setAlignment(Pos.CENTER_LEFT);
        wideOnly.visibleProperty().bind(model.layoutProperty().isEqualTo(ResultsMapping.Layout.WIDE));
        wideOnly.managedProperty().bind(wideOnly.visibleProperty());
        for (Region r : List.<Region>of(load, save, mappingName, coalitionsLabel)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label layoutLabel = new Label("Layout");
        layoutLabel.setMinWidth(Region.USE_PREF_SIZE);
        layout.setMinWidth(Region.USE_PREF_SIZE);
        mappingName.setMinWidth(110);
        mappingName.setMaxWidth(260);
        coalitions.setMinWidth(120);
        HBox bar = new HBox(8, layoutLabel, layout, wideOnly, spacer(), mappingName, load, save);
        bar.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(columnsTable(), previewTabs());
        split.setDividerPositions(0.45);
        Node form = electionForm();
        VBox page = new VBox(8, title("Columns, election and source"), bar, split, form);
        VBox.setVgrow(split, Priority.ALWAYS);
        split.setMinHeight(180);
        return page;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private TableView<ColumnChoice> columnsTable() {
        TableView<ColumnChoice> table = new TableView<>(model.columns());
        table.setId("wizard-columns");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ColumnChoice, String> letter = new TableColumn<>("");
        letter.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().letter()));
        letter.setPrefWidth(44);
        letter.setMinWidth(44);
        letter.setMaxWidth(56);
        TableColumn<ColumnChoice, String> header = new TableColumn<>("Column");
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        header.setPrefWidth(150);
        TableColumn<ColumnChoice, String> sample = new TableColumn<>("First row");
        sample.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        sample.setPrefWidth(90);
        TableColumn<ColumnChoice, ColumnChoice> role = new TableColumn<>("Read as");
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        role.setPrefWidth(150);
        role.setMinWidth(140);
        role.setCellFactory(c -> new RoleCell());
        table.getColumns().setAll(List.of(letter, header, sample, role));
        table.setPlaceholder(new Label("Choose a results file first"));
        return table;
    }

    /** A column's role: a combo box; the wide layout's candidate and votes columns of a block are shown, not chosen. */
    private final class RoleCell extends TableCell<ColumnChoice, ColumnChoice> {
        private final ComboBox<Role> box = new ComboBox<>();
        private ColumnChoice bound;

        RoleCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("small");
        }

        @Override
        protected void updateItem(ColumnChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.roleProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Role now = item.roleProperty().get();
            List<Role> choices = Role.choices(model.layoutProperty().get());
            box.getItems().setAll(choices);
            if (!choices.contains(now)) {
                box.getItems().add(now);
            }
            box.setDisable(now.derived());
            box.setId("role-" + item.letter());
            box.valueProperty().bindBidirectional(item.roleProperty());
            bound = item;
            setGraphic(box);
        }
    }

    private TabPane previewTabs() {
        TableView<ResultsPreview.Result> results = new TableView<>(model.results());
        results.setId("wizard-results");
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.getColumns()
                .setAll(List.of(
                        column("Line", r -> Long.toString(r.line()), 50),
                        column("Seat", ResultsPreview.Result::seat, 80),
                        column("Candidate", ResultsPreview.Result::candidate, 150),
                        column("Party label", ResultsPreview.Result::label, 110),
                        column("Votes", ResultsPreview.Result::votes, 70),
                        column("Problem", ResultsPreview.Result::problem, 200)));
        results.setPlaceholder(new Label("No results read: see the problems on the Detected page"));
        TableView<ResultsPreview.Line> rows = new TableView<>(model.rows());
        rows.setId("wizard-rows");
        Runnable rebuild = () -> {
            rows.getColumns().clear();
            TableColumn<ResultsPreview.Line, String> line = new TableColumn<>("Line");
            line.setCellValueFactory(
                    c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().line())));
            line.setPrefWidth(50);
            rows.getColumns().add(line);
            for (ColumnChoice c : model.columns()) {
                Role r = c.roleProperty().get();
                TableColumn<ResultsPreview.Line, String> col =
                        new TableColumn<>(c.letter() + " " + c.header() + (r == Role.NONE ? "" : "\n" + r));
                int i = c.index();
                col.setCellValueFactory(v -> new ReadOnlyStringWrapper(
                        i < v.getValue().cells().size() ? v.getValue().cells().get(i) : ""));
                col.setPrefWidth(Math.min(180, Math.max(70, c.header().length() * 7 + 20)));
                rows.getColumns().add(col);
            }
        };
        model.columns().addListener((ListChangeListener<ColumnChoice>) ch -> rebuild.run());
        Tab read = new Tab("Results read", results);
        read.setId("wizard-tab-results");
        Tab asIs = new Tab("Rows as in the file", rows);
        asIs.setId("wizard-tab-rows");
        TabPane tabs = new TabPane(read, asIs);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static <T> TableColumn<T, String> column(
            String name, java.util.function.Function<T, String> value, double w) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private Node electionForm() {
        GridPane g = new GridPane();
        g.setId("wizard-election-form");
        g.setHgap(8);
        g.setVgap(6);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints fields = new ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            fields.setFillWidth(true);
            fields.setMinWidth(60);
            g.getColumnConstraints().addAll(labels, fields);
        }
        ComboBox<String> election = editable("wizard-election", model.elections(), model.electionProperty());
        election.setPromptText("key, e.g. pk-2024");
        ComboBox<String> assembly = editable("wizard-assembly", model.assemblies(), model.assemblyProperty());
        assembly.setPromptText("code, e.g. NA");
        g.addRow(
                0,
                new Label("Election"),
                election,
                new Label("Name"),
                field("wizard-election-name", model.electionNameProperty(), "a new election's name"),
                new Label("Polling day"),
                field("wizard-polling-day", model.pollingDayProperty(), "YYYY-MM-DD"),
                new Label("Country"),
                field("wizard-country", model.countryProperty(), "ISO3, e.g. MYS"));
        g.addRow(
                1,
                new Label("Assembly"),
                assembly,
                new Label("Name"),
                field("wizard-assembly-name", model.assemblyNameProperty(), "a new assembly's name"),
                new Label("Source"),
                field("wizard-source-outlet", model.sourceOutletProperty(), "outlet: who published it"),
                new Label("URL"),
                field("wizard-source-url", model.sourceUrlProperty(), "https://\u2026"));
        Label hint = note("An election or assembly the database lacks is made with these values, the source too;"
                + " every imported row cites the source.");
        g.add(hint, 0, 2, 8, 1);
        return g;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }

    private static ComboBox<String> editable(
            String id, javafx.collections.ObservableList<String> items, javafx.beans.property.StringProperty p) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getEditor().textProperty().bindBidirectional(p);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                p.set(b);
            }
        });
        return box;
    }

    private Node labelsPage() {
        Label summary = new Label();
        summary.setId("wizard-labels-summary");
        summary.setWrapText(true);
        Runnable rebuild = () -> {
            labelRows.getChildren().clear();
            int i = 0;
            for (LabelChoice c : model.labels()) {
                if (i >= 300) {
                    labelRows
                            .getChildren()
                            .add(note(String.format(
                                    "\u2026 and %,d more labels (resolve these and check"
                                            + " again, or import an alias file from the command line)",
                                    model.labels().size() - 300)));
                    break;
                }
                labelRows.getChildren().add(labelRow(c, i++));
            }
            summary.setText(
                    model.labels().isEmpty()
                            ? model.checkingProperty().get()
                                    ? "Checking\u2026"
                                    : "Every party label is a party's abbreviation or an alias: nothing to resolve."
                            : String.format(
                                    "%d label%s no party or alias answers to. Map each to a party (it becomes an alias), make"
                                            + " a new party, or say it means no party; one left unresolved stops the import.",
                                    model.labels().size(), model.labels().size() == 1 ? "" : "s"));
        };
        model.labels().addListener((ListChangeListener<LabelChoice>) ch -> rebuild.run());
        model.checkingProperty().addListener((o, a, b) -> rebuild.run());
        rebuild.run();
        labelRows.setId("wizard-labels");
        labelRows.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(labelRows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(10, title("Party labels"), summary, scroll);
    }

    private Node labelRow(LabelChoice c, int i) {
        Label name = new Label(c.label());
        name.getStyleClass().add("wizard-label-name");
        name.setMinWidth(150);
        name.setPrefWidth(180);
        name.setTooltip(new Tooltip(c.label() + " \u2014 first at " + c.where()));
        Label count = new Label(String.format("%,d row%s", c.count(), c.count() == 1 ? "" : "s"));
        count.getStyleClass().add("wizard-note");
        count.setMinWidth(64);
        ComboBox<LabelChoice.Action> action =
                new ComboBox<>(javafx.collections.FXCollections.observableArrayList(LabelChoice.Action.values()));
        action.setId("label-action-" + i);
        action.valueProperty().bindBidirectional(c.actionProperty());
        action.setMinWidth(170);

        TextField party = new TextField();
        party.setId("label-party-" + i);
        party.setPromptText("party (type to find)");
        party.setPrefColumnCount(10);
        party.textProperty().bindBidirectional(c.partyProperty());
        TextFields.bindAutoCompletion(
                party,
                request -> model.parties().stream()
                        .filter(p -> p.toLowerCase(java.util.Locale.ROOT)
                                .contains(request.getUserText().toLowerCase(java.util.Locale.ROOT)))
                        .limit(12)
                        .toList());
        HBox alias = new HBox(6, party);
        alias.setAlignment(Pos.CENTER_LEFT);

        TextField abbreviation = new TextField();
        abbreviation.setId("label-abbreviation-" + i);
        abbreviation.setPromptText("abbreviation");
        abbreviation.setPrefColumnCount(6);
        abbreviation.textProperty().bindBidirectional(c.abbreviationProperty());
        TextField partyName = new TextField();
        partyName.setId("label-name-" + i);
        partyName.setPromptText("name");
        partyName.setPrefColumnCount(16);
        partyName.textProperty().bindBidirectional(c.nameProperty());
        ColorPicker colour = new ColorPicker();
        colour.setId("label-colour-" + i);
        colour.setPrefWidth(130);
        colour.setMinWidth(Region.USE_PREF_SIZE);
        colour.setOnAction(e -> c.colourProperty().set(hex(colour.getValue())));
        if (!c.colourProperty().get().isBlank()) {
            try {
                colour.setValue(Color.web(c.colourProperty().get()));
            } catch (IllegalArgumentException ignored) {
                // a colour typed elsewhere that is not one: the picker keeps its own
            }
        }
        HBox made = new HBox(6, abbreviation, partyName, colour);
        made.setAlignment(Pos.CENTER_LEFT);
        alias.visibleProperty().bind(c.actionProperty().isEqualTo(LabelChoice.Action.ALIAS));
        alias.managedProperty().bind(alias.visibleProperty());
        made.visibleProperty().bind(c.actionProperty().isEqualTo(LabelChoice.Action.NEW_PARTY));
        made.managedProperty().bind(made.visibleProperty());
        HBox row = new HBox(10, name, count, action, alias, made);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("label-row-" + i);
        row.getStyleClass().add("wizard-label-row");
        return row;
    }

    /** A colour as party colours are stored: {@code #RRGGBB}. */
    static String hex(Color c) {
        return String.format(
                "#%02X%02X%02X",
                (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int)
                        Math.round(c.getBlue() * 255));
    }

    private Node checkPage() {
        Label summary = new Label();
        summary.setId("wizard-check-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.checkSummaryProperty());
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("wizard-problems");
        problems.setPlaceholder(new Label("No problems"));
        VBox.setVgrow(problems, Priority.ALWAYS);
        Button again = new Button("Check again");
        again.setId("wizard-check");
        again.setOnAction(e -> model.check());
        again.disableProperty().bind(model.checkingProperty());
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(model.checkingProperty());
        HBox bar = new HBox(10, again, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(
                10,
                title("Problems"),
                note("The whole file, checked as the import would run it (on a scratch copy: nothing is written),"
                        + " the same report as the command line's: each problem with its file, line and column."),
                summary,
                bar,
                problems);
    }

    private Node importPage(Runnable close) {
        ToggleGroup where = new ToggleGroup();
        RadioButton intoOpen = new RadioButton();
        intoOpen.setId("wizard-into-open");
        intoOpen.setToggleGroup(where);
        intoOpen.disableProperty().bind(model.canUseOpenDatabase().not());
        RadioButton intoNew = new RadioButton("Into a new database file (chosen with a save dialog)");
        intoNew.setId("wizard-into-new");
        intoNew.setToggleGroup(where);
        CheckBox copy = new CheckBox();
        copy.setId("wizard-start-from-open");
        copy.selectedProperty().bindBidirectional(model.startFromOpenProperty());
        copy.disableProperty().bind(intoNew.selectedProperty().not());
        Runnable texts = () -> {
            String name = model.openDatabaseName();
            intoOpen.setText(
                    model.canUseOpenDatabase().get()
                            ? "Into the open database, " + name + " (one transaction: all or nothing)"
                            : "Into the open database (" + name + " is not written: a bundled dataset, or none open)");
            copy.setText("Starting from a copy of " + name + " (its parties and aliases)");
            where.selectToggle(
                    model.targetProperty().get() == ImportWizardViewModel.Target.OPEN_DATABASE ? intoOpen : intoNew);
        };
        model.targetProperty().addListener((o, a, b) -> texts.run());
        model.canUseOpenDatabase().addListener((o, a, b) -> texts.run());
        model.stepProperty().addListener((o, a, b) -> texts.run());
        texts.run();
        where.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.targetProperty()
                        .set(
                                b == intoOpen
                                        ? ImportWizardViewModel.Target.OPEN_DATABASE
                                        : ImportWizardViewModel.Target.NEW_FILE);
            }
        });
        VBox target = new VBox(6, intoOpen, intoNew, copy);
        VBox.setMargin(copy, new Insets(0, 0, 0, 24));
        target.visibleProperty().bind(model.kindProperty().isEqualTo(ImportWizardViewModel.Kind.RESULTS));
        target.managedProperty().bind(target.visibleProperty());

        Button go = new Button("Import", new FontIcon("mdi2d-database-import-outline"));
        go.setId("wizard-import");
        go.getStyleClass().add("accent");
        go.disableProperty().bind(model.canImport().not());
        go.setOnAction(e -> model.importNow());
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setPrefWidth(220);
        bar.visibleProperty().bind(model.importingProperty());
        Button cancel = new Button("Cancel import");
        cancel.setId("wizard-cancel");
        cancel.setTooltip(new Tooltip("Stop the import; nothing of it is written"));
        cancel.visibleProperty().bind(model.importingProperty());
        cancel.setOnAction(e -> model.cancelImport());
        Label progress = new Label();
        progress.setId("wizard-progress-text");
        progress.textProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.importingProperty());
        HBox running = new HBox(10, go, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        Label outcome = new Label();
        outcome.setId("wizard-outcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(model.outcomeProperty());
        outcome.getStyleClass().add("wizard-outcome");
        Label notReady = note("Import runs once the check has passed (the Problems page).");
        notReady.visibleProperty()
                .bind(model.canImport()
                        .not()
                        .and(model.importingProperty().not())
                        .and(model.doneProperty().not()));
        notReady.managedProperty().bind(notReady.visibleProperty());
        Button finish = new Button("Close");
        finish.setId("wizard-finish");
        finish.setOnAction(e -> close.run());
        finish.visibleProperty().bind(model.doneProperty());
        return new VBox(12, title("Import"), target, running, progress, notReady, outcome, finish);
    }

    private Node navigation(Runnable close) {
        Button back = new Button("Back");
        back.setId("wizard-back");
        back.setOnAction(e -> model.back());
        back.disableProperty()
                .bind(model.stepProperty()
                        .isEqualTo(ImportWizardViewModel.Step.CHOOSE)
                        .or(model.importingProperty()));
        Button next = new Button("Next");
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> model.next());
        next.disableProperty()
                .bind(model.stepProperty()
                        .isEqualTo(ImportWizardViewModel.Step.IMPORT)
                        .or(model.fileProperty().isNull()));
        Button closeButton = new Button("Close");
        closeButton.setId("wizard-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        closeButton.disableProperty().bind(model.importingProperty());
        Label file = new Label();
        file.getStyleClass().add("wizard-note");
        file.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.fileProperty().get() == null
                                ? ""
                                : String.valueOf(model.fileProperty().get().getFileName()),
                        model.fileProperty()));
        file.setMinWidth(0);
        HBox bar = new HBox(10, file, spacer(), back, next, closeButton);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 16, 12, 16));
        bar.getStyleClass().add("wizard-buttons");
        return bar;
    }
}
