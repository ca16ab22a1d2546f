package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.note;
import static org.allianceexplorer.importer.WizardNodes.title;

import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Widgets;
import org.allianceexplorer.app.WrappedText;
import org.controlsfx.control.textfield.TextFields;

/**
 * Step 4: each label no party or alias answers to, with its count, and what it becomes: an alias of a party
 * (type-ahead), a new party (abbreviation, name, colour: the picker starts on the colour that will be stored), no
 * party, or nothing yet.
 */
final class LabelsPage extends VBox {

    private static final I18n.Messages T = I18n.of(LabelsPage.class);

    /** Labels shown as rows; more are counted. */
    static final int MAX_ROWS = 300;

    private final LabelResolution resolution;
    private final VBox labelRows = new VBox(6);

    LabelsPage(ImportWizardViewModel model) {
        super(10);
        this.resolution = model.resolution();
        WrappedText summary = new WrappedText();
        summary.setId("wizard-labels-summary");
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Runnable rebuild = () -> {
            labelRows.getChildren().clear();
            int i = 0;
            for (LabelChoice c : resolution.labels()) {
                if (i >= MAX_ROWS) {
                    labelRows
                            .getChildren()
                            .add(note(T.t("labels.more", resolution.labels().size() - MAX_ROWS)));
                    break;
                }
                labelRows.getChildren().add(labelRow(c, i++));
            }
            summary.setText(
                    resolution.labels().isEmpty()
                            ? model.importCheck().checkingProperty().get() ? T.t("labels.checking") : T.t("labels.none")
                            : T.t("labels.some", resolution.labels().size()));
        };
        resolution.labels().addListener((ListChangeListener<LabelChoice>) ch -> rebuild.run());
        model.importCheck().checkingProperty().addListener((o, a, b) -> rebuild.run());
        rebuild.run();
        labelRows.setId("wizard-labels");
        labelRows.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(labelRows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().setAll(title(T.t("labels.title")), summary, scroll);
    }

    private Node labelRow(LabelChoice c, int i) {
        Label name = new Label(c.label());
        name.getStyleClass().add("wizard-label-name");
        name.setPrefWidth(170);
        name.setMinWidth(Region.USE_PREF_SIZE); // the rows line up; a longer label is cut (its tooltip has it)
        name.setTooltip(new Tooltip(T.t("labels.firstAt", c.label(), c.where())));
        Label count = new Label(T.t("labels.rows", c.count()));
        count.getStyleClass().add("wizard-note");
        count.setPrefWidth(70);
        count.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<LabelChoice.Action> action =
                new ComboBox<>(FXCollections.observableArrayList(LabelChoice.Action.values()));
        action.setId("label-action-" + i);
        action.valueProperty().bindBidirectional(c.actionProperty());
        action.setPrefWidth(190);
        action.setMinWidth(Region.USE_PREF_SIZE);

        TextField party = new TextField();
        party.setId("label-party-" + i);
        party.setPromptText(T.t("labels.party.prompt"));
        party.setPrefColumnCount(10);
        party.textProperty().bindBidirectional(c.partyProperty());
        TextFields.bindAutoCompletion(
                party,
                request -> resolution.parties().stream()
                        .filter(p -> p.toLowerCase(Locale.ROOT)
                                .contains(request.getUserText().toLowerCase(Locale.ROOT)))
                        .limit(12)
                        .toList());
        HBox alias = new HBox(6, party);
        alias.setAlignment(Pos.CENTER_LEFT);

        TextField abbreviation =
                newPartyField("abbreviation", T.t("labels.abbreviation.prompt"), i, 6, c.abbreviationProperty());
        TextField partyName = newPartyField("name", T.t("labels.name.prompt"), i, 16, c.nameProperty());
        HBox made = new HBox(6, abbreviation, partyName, colourPicker(c, i));
        made.setAlignment(Pos.CENTER_LEFT);
        alias.visibleProperty().bind(c.actionProperty().isEqualTo(LabelChoice.Action.ALIAS));
        alias.managedProperty().bind(alias.visibleProperty());
        made.visibleProperty().bind(c.actionProperty().isEqualTo(LabelChoice.Action.NEW_PARTY));
        made.managedProperty().bind(made.visibleProperty());
        // the new party's fields go to a second line when the window is too narrow for them beside the label
        FlowPane row = new FlowPane(10, 6, name, count, action, alias, made);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        row.setId("label-row-" + i);
        row.getStyleClass().add("wizard-label-row");
        return row;
    }

    /** A field of the new party the label becomes ({@code #label-what-i}). */
    private static TextField newPartyField(String what, String prompt, int i, int columns, StringProperty value) {
        TextField f = new TextField();
        f.setId("label-" + what + "-" + i);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        f.setMinWidth(Region.USE_PREF_SIZE);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** The new party's colour: the picker shows the colour held (the suggestion until another is picked). */
    private static ColorPicker colourPicker(LabelChoice c, int i) {
        ColorPicker colour = new ColorPicker();
        colour.setId("label-colour-" + i);
        colour.setPrefWidth(130);
        colour.setMinWidth(Region.USE_PREF_SIZE);
        show(colour, c.colourProperty().get());
        c.colourProperty().addListener((o, a, b) -> show(colour, b));
        colour.setOnAction(e -> c.colourProperty().set(Widgets.hex(colour.getValue())));
        return colour;
    }

    private static void show(ColorPicker picker, String colour) {
        if (colour == null || colour.isBlank()) {
            return;
        }
        try {
            Color c = Color.web(colour);
            if (!c.equals(picker.getValue())) {
                picker.setValue(c);
            }
        } catch (IllegalArgumentException ignored) {
            // a colour typed elsewhere that is not one: the picker keeps its own
        }
    }
}
