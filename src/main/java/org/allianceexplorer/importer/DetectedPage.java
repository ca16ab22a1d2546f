package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.title;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.WrappedText;

/**
 * Step 2: what the chosen input is and how it was read, a line each (wrapping, scrolling when long); ParlGov's
 * countries; the problems of the first rows (a list that wraps and scrolls).
 */
final class DetectedPage extends VBox {

    private static final I18n.Messages T = I18n.of(DetectedPage.class);

    DetectedPage(ImportWizardViewModel model) {
        super(10);
        VBox lines = new VBox(6);
        lines.setId("wizard-detected");
        lines.getStyleClass().add("wizard-detected");
        Runnable fill = () -> lines.getChildren()
                .setAll(model.detected().stream().map(t -> (Node) line(t)).toList());
        model.detected().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        ScrollPane linesScroll = new ScrollPane(lines);
        linesScroll.setId("wizard-detected-scroll");
        linesScroll.setFitToWidth(true);
        linesScroll.getStyleClass().add("edge-to-edge");
        linesScroll.setMinHeight(60);
        VBox.setVgrow(linesScroll, Priority.SOMETIMES);

        ListView<String> problems =
                WizardNodes.wrappingList(model.mapping().previewProblems(), "wizard-preview-problems");
        problems.setPrefHeight(160);
        problems.setMinHeight(90);
        VBox.setVgrow(problems, Priority.ALWAYS);
        Label problemsTitle = new Label(T.t("detected.problems"));
        problemsTitle.visibleProperty().bind(Bindings.isNotEmpty(model.mapping().previewProblems()));
        problemsTitle.managedProperty().bind(problemsTitle.visibleProperty());
        problems.visibleProperty().bind(problemsTitle.visibleProperty());
        problems.managedProperty().bind(problemsTitle.visibleProperty());

        TextField countries = new TextField();
        countries.setId("wizard-countries");
        countries.setPromptText(T.t("detected.countries.prompt"));
        countries.textProperty().bindBidirectional(model.form().countriesProperty());
        HBox parlgov = new HBox(8, new Label(T.t("detected.countries")), countries);
        parlgov.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(countries, Priority.ALWAYS);
        parlgov.visibleProperty().bind(model.kindProperty().isEqualTo(ImportWizardViewModel.Kind.PARLGOV));
        parlgov.managedProperty().bind(parlgov.visibleProperty());
        getChildren().setAll(title(T.t("detected.title")), linesScroll, parlgov, problemsTitle, problems);
    }

    private static WrappedText line(String text) {
        WrappedText l = new WrappedText(text);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
