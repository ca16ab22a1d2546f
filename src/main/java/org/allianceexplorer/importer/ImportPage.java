package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.note;
import static org.allianceexplorer.importer.WizardNodes.title;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.WrappedText;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 6: where the results go, Import with a progress bar and Cancel, then what was done and Close. */
final class ImportPage extends VBox {

    private static final I18n.Messages T = I18n.of(ImportPage.class);

    ImportPage(ImportWizardViewModel model, Runnable close) {
        super(12);
        ImportRun run = model.importRun();
        ToggleGroup where = new ToggleGroup();
        RadioButton intoOpen = new RadioButton();
        intoOpen.setId("wizard-into-open");
        intoOpen.setToggleGroup(where);
        intoOpen.disableProperty().bind(run.canUseOpenDatabase().not());
        RadioButton intoNew = new RadioButton(T.t("import.intoNew"));
        intoNew.setId("wizard-into-new");
        intoNew.setToggleGroup(where);
        CheckBox copy = new CheckBox();
        copy.setId("wizard-start-from-open");
        copy.selectedProperty().bindBidirectional(run.startFromOpenProperty());
        copy.disableProperty().bind(intoNew.selectedProperty().not());
        CheckBox takeTheirs = new CheckBox(T.t("import.takeTheirs"));
        takeTheirs.setId("wizard-take-theirs");
        takeTheirs.selectedProperty().bindBidirectional(run.takeTheirsProperty());
        takeTheirs.disableProperty().bind(intoOpen.selectedProperty().not());
        for (var b : List.of(intoOpen, intoNew, copy, takeTheirs)) {
            // JavaFX wraps right-to-left text over the box and twice: the Urdu texts say where their lines break
            b.setWrapText(!I18n.rightToLeft());
            b.setMinHeight(Region.USE_PREF_SIZE);
        }
        Runnable texts = () -> {
            String name = run.openDatabaseName();
            intoOpen.setText(
                    run.canUseOpenDatabase().get() ? T.t("import.intoOpen", name) : T.t("import.intoOpen.not", name));
            copy.setText(T.t("import.fromCopy", name));
            where.selectToggle(run.targetProperty().get() == ImportRun.Target.OPEN_DATABASE ? intoOpen : intoNew);
        };
        run.targetProperty().addListener((o, a, b) -> texts.run());
        run.canUseOpenDatabase().addListener((o, a, b) -> texts.run());
        model.stepProperty().addListener((o, a, b) -> texts.run());
        texts.run();
        where.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                run.targetProperty().set(b == intoOpen ? ImportRun.Target.OPEN_DATABASE : ImportRun.Target.NEW_FILE);
            }
        });
        // results: a new file may start from a copy of the open database; a dataset into the open one may update it
        var results = model.kindProperty().isEqualTo(ImportWizardViewModel.Kind.RESULTS);
        var dataset = model.kindProperty().isEqualTo(ImportWizardViewModel.Kind.DATASET);
        copy.visibleProperty().bind(results);
        copy.managedProperty().bind(results);
        takeTheirs.visibleProperty().bind(dataset);
        takeTheirs.managedProperty().bind(dataset);
        VBox target = new VBox(6, intoOpen, takeTheirs, intoNew, copy);
        VBox.setMargin(copy, new Insets(0, 0, 0, 24));
        VBox.setMargin(takeTheirs, new Insets(0, 0, 0, 24));
        target.visibleProperty().bind(results.or(dataset));
        target.managedProperty().bind(target.visibleProperty());

        Button go = new Button(T.t("import.go"), new FontIcon("mdi2d-database-import-outline"));
        go.setId("wizard-import");
        go.getStyleClass().add("accent");
        go.disableProperty().bind(run.canImport().not());
        go.setOnAction(e -> model.importNow());
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setPrefWidth(220);
        bar.visibleProperty().bind(run.importingProperty());
        Button cancel = new Button(T.t("import.cancel"));
        cancel.setId("wizard-cancel");
        cancel.setTooltip(new Tooltip(T.t("import.cancel.tip")));
        cancel.visibleProperty().bind(run.importingProperty());
        cancel.setOnAction(e -> run.cancelImport());
        Label progress = new Label();
        progress.setId("wizard-progress-text");
        progress.textProperty().bind(run.progressProperty());
        progress.visibleProperty().bind(run.importingProperty());
        FlowPane running = new FlowPane(10, 8, go, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        WrappedText outcome = new WrappedText();
        outcome.setId("wizard-outcome");
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(run.outcomeProperty());
        if (!I18n.rightToLeft()) {
            // the counts line up in columns; the monospaced face has no Urdu letters, whose words it would put out
            // of order, so the Urdu window keeps its own face
            outcome.getStyleClass().add("wizard-outcome");
        }
        WrappedText notReady = note(T.t("import.notReady"));
        notReady.visibleProperty()
                .bind(run.canImport()
                        .not()
                        .and(run.importingProperty().not())
                        .and(run.doneProperty().not()));
        notReady.managedProperty().bind(notReady.visibleProperty());
        Button finish = new Button(T.t("close"));
        finish.setId("wizard-finish");
        finish.setOnAction(e -> close.run());
        finish.visibleProperty().bind(run.doneProperty());
        finish.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().setAll(title(T.t("import.title")), target, running, progress, notReady, outcome, finish);
    }
}
