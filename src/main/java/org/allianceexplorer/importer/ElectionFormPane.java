package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.note;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.WrappedText;

/** The election (key, name, polling day, country), assembly and source every row is filed under and cites. */
final class ElectionFormPane extends GridPane {

    private static final I18n.Messages T = I18n.of(ElectionFormPane.class);

    ElectionFormPane(ElectionForm form) {
        setId("wizard-election-form");
        setHgap(8);
        setVgap(6);
        setMinWidth(0);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints fields = new ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            fields.setFillWidth(true);
            fields.setMinWidth(60);
            fields.setPrefWidth(140);
            getColumnConstraints().addAll(labels, fields);
        }
        ComboBox<String> election = editable("wizard-election", form.elections(), form.electionProperty());
        election.setPromptText(T.t("form.election.prompt"));
        ComboBox<String> assembly = editable("wizard-assembly", form.assemblies(), form.assemblyProperty());
        assembly.setPromptText(T.t("form.assembly.prompt"));
        addRow(
                0,
                new Label(T.t("form.election")),
                election,
                new Label(T.t("form.name")),
                field("wizard-election-name", form.electionNameProperty(), T.t("form.name.prompt")),
                new Label(T.t("form.pollingDay")),
                field("wizard-polling-day", form.pollingDayProperty(), "YYYY-MM-DD"),
                new Label(T.t("form.country")),
                field("wizard-country", form.countryProperty(), T.t("form.country.prompt")));
        addRow(
                1,
                new Label(T.t("form.assembly")),
                assembly,
                new Label(T.t("form.name")),
                field("wizard-assembly-name", form.assemblyNameProperty(), T.t("form.name.prompt")),
                new Label(T.t("form.source")),
                field("wizard-source-outlet", form.sourceOutletProperty(), T.t("form.source.prompt")),
                new Label(T.t("form.url")),
                field("wizard-source-url", form.sourceUrlProperty(), "https://\u2026"));
        WrappedText hint = note(T.t("form.hint"));
        add(hint, 0, 2, 8, 1);
    }

    private static TextField field(String id, StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        t.setMaxWidth(Double.MAX_VALUE);
        t.setMinWidth(0);
        return t;
    }

    private static ComboBox<String> editable(String id, ObservableList<String> items, StringProperty p) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.getEditor().textProperty().bindBidirectional(p);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                p.set(b);
            }
        });
        return box;
    }
}
