package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.note;
import static org.allianceexplorer.importer.WizardNodes.title;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.WrappedText;

/**
 * Step 5: the check's summary and every problem with file, line and column, in a list that wraps and scrolls; for a
 * dataset or ParlGov folder, why its import was refused.
 */
final class ProblemsPage extends VBox {

    private static final I18n.Messages T = I18n.of(ProblemsPage.class);

    ProblemsPage(ImportWizardViewModel model) {
        super(10);
        ImportCheck check = model.importCheck();
        WrappedText summary = new WrappedText();
        summary.setId("wizard-check-summary");
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(check.checkSummaryProperty());
        ListView<String> problems = WizardNodes.wrappingList(check.problems(), "wizard-problems");
        problems.setPlaceholder(new Label(T.t("problems.none")));
        problems.setMinHeight(120);
        VBox.setVgrow(problems, Priority.ALWAYS);
        Button again = new Button(T.t("problems.again"));
        again.setId("wizard-check");
        again.setOnAction(e -> model.check());
        again.disableProperty().bind(check.checkingProperty());
        again.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(check.checkingProperty());
        HBox bar = new HBox(10, again, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        // a results table is checked before it imports; a dataset or ParlGov folder as it imports (this page shows
        // why an import refused it, and checking again is importing again)
        var results = model.kindProperty().isEqualTo(ImportWizardViewModel.Kind.RESULTS);
        bar.visibleProperty().bind(results);
        bar.managedProperty().bind(results);
        WrappedText what = note("");
        what.textProperty()
                .bind(Bindings.when(results).then(T.t("problems.what")).otherwise(T.t("problems.refused")));
        getChildren().setAll(title(T.t("problems.title")), what, summary, bar, problems);
    }
}
