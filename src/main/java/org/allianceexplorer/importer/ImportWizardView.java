package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.spacer;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.importer.ImportWizardViewModel.Step;

/**
 * The import wizard's frame: the steps on the left, the page of the current step in the middle (one class per page),
 * Back / Next / Close below. Nodes and bindings only; {@link ImportWizardViewModel} holds the state and does the
 * work. A page never asks for more width than the window has: what does not fit wraps or scrolls.
 */
public final class ImportWizardView extends BorderPane {

    private static final I18n.Messages T = I18n.of(ImportWizardView.class);

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ImportWizardViewModel model;
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final VBox stepList = new VBox(2);
    private final StackPane pageArea = new StackPane();

    public ImportWizardView(ImportWizardViewModel model, Runnable close) {
        this.model = model;
        setId("import-wizard");
        getStyleClass().add("import-wizard");
        getStylesheets().add(ImportWizardView.class.getResource("importer.css").toExternalForm());
        pages.put(Step.CHOOSE, new ChoosePage(model));
        pages.put(Step.DETECTED, new DetectedPage(model));
        pages.put(Step.MAP, new ColumnsPage(model));
        pages.put(Step.LABELS, new LabelsPage(model));
        pages.put(Step.CHECK, new ProblemsPage(model));
        pages.put(Step.IMPORT, new ImportPage(model, close));
        for (Node page : pages.values()) {
            ((Region) page).setMinSize(0, 0);
        }

        stepList.setId("wizard-steps");
        stepList.getStyleClass().add("wizard-steps");
        stepList.setMinWidth(Region.USE_PREF_SIZE);
        setLeft(stepList);
        pageArea.setId("wizard-page");
        pageArea.setPadding(new Insets(14, 16, 8, 16));
        pageArea.setMinSize(0, 0);
        // a page narrower than its content is cut at the page's edge, never drawn over the steps
        pageArea.setAlignment(Pos.TOP_LEFT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pageArea.widthProperty());
        clip.heightProperty().bind(pageArea.heightProperty());
        pageArea.setClip(clip);
        setCenter(pageArea);
        setBottom(navigation(close));
        model.stepProperty().addListener((o, a, b) -> show());
        model.kindProperty().addListener((o, a, b) -> show());
        // a dataset's Problems step comes and goes with an import's refusal
        model.importCheck().problems().addListener((ListChangeListener<String>) c -> show());
        show();
    }

    private void show() {
        Step s = model.stepProperty().get();
        pageArea.getChildren().setAll(pages.get(s));
        stepList.getChildren().clear();
        List<Step> steps = model.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step st = steps.get(i);
            Label l = new Label((i + 1) + "  " + st.title());
            l.setId("wizard-step-" + st.name().toLowerCase(Locale.ROOT));
            l.getStyleClass().add("wizard-step");
            l.pseudoClassStateChanged(CURRENT, st == s);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setOnMouseClicked(e -> model.goTo(st));
            stepList.getChildren().add(l);
        }
    }

    private Node navigation(Runnable close) {
        ImportRun run = model.importRun();
        Button back = new Button(T.t("wizard.back"));
        back.setId("wizard-back");
        back.setOnAction(e -> model.back());
        back.disableProperty().bind(model.stepProperty().isEqualTo(Step.CHOOSE).or(run.importingProperty()));
        Button next = new Button(T.t("wizard.next"));
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> model.next());
        next.disableProperty()
                .bind(model.stepProperty()
                        .isEqualTo(Step.IMPORT)
                        .or(model.fileProperty().isNull()));
        Button closeButton = new Button(T.t("close"));
        closeButton.setId("wizard-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        closeButton.disableProperty().bind(run.importingProperty());
        for (Button b : List.of(back, next, closeButton)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
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
