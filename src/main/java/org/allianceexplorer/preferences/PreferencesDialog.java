package org.allianceexplorer.preferences;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Preferences;
import org.allianceexplorer.app.Widgets;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.PageSetup;

/**
 * Edit > Preferences…: theme, interface font size and language; the export and print defaults (format,
 * resolution, paper, credits line); the editor name history records; what opens at start. Save returns the new
 * preferences (the window remembers and applies them); Cancel returns nothing.
 */
public final class PreferencesDialog {

    private static final I18n.Messages T = I18n.of(PreferencesDialog.class);

    /** The resolutions offered, as in the export dialog. */
    static final List<Integer> DPIS = List.of(96, 150, 200, 300, 600);

    private final Dialog<Preferences> dialog = new Dialog<>();
    private final RadioButton light = new RadioButton(T.t("prefs.theme.light"));
    private final RadioButton dark = new RadioButton(T.t("prefs.theme.dark"));
    private final Spinner<Integer> font =
            new Spinner<>(Preferences.MIN_FONT, Preferences.MAX_FONT, Preferences.DEFAULT_FONT);
    private final ChoiceBox<String> language = new ChoiceBox<>(FXCollections.observableArrayList("en", "ur"));
    private final ChoiceBox<FigureFormat> format =
            new ChoiceBox<>(FXCollections.observableArrayList(FigureFormat.values()));
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>(FXCollections.observableArrayList(DPIS));
    private final ChoiceBox<PageSetup.Paper> paper = new ChoiceBox<>(FXCollections.observableArrayList(List.of(
            PageSetup.Paper.A4,
            PageSetup.Paper.A3,
            PageSetup.Paper.A5,
            PageSetup.Paper.LETTER,
            PageSetup.Paper.LEGAL)));
    private final TextField credits = new TextField();
    private final TextField editor = new TextField();
    private final RadioButton startLast = new RadioButton(T.t("prefs.startup.last"));
    private final RadioButton startBundled = new RadioButton(T.t("prefs.startup.bundled"));

    public PreferencesDialog(Window owner, Preferences current) {
        dialog.initOwner(owner);
        dialog.setTitle(T.t("prefs.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("preferences");
        ButtonType save = new ButtonType(T.t("prefs.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(T.t("prefs.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane()
                .setNodeOrientation(I18n.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);

        ToggleGroup theme = new ToggleGroup();
        light.setToggleGroup(theme);
        dark.setToggleGroup(theme);
        light.setId("prefs-light");
        dark.setId("prefs-dark");
        (current.dark() ? dark : light).setSelected(true);
        font.setId("prefs-font-size");
        font.setEditable(true);
        font.getValueFactory().setValue(current.fontSize());
        language.setId("prefs-language");
        language.setConverter(Widgets.names(code -> "ur".equals(code) ? "اردو" : "English"));
        language.setValue(current.language());
        format.setId("prefs-export-format");
        format.setValue(current.exportFormat());
        dpi.setId("prefs-dpi");
        dpi.setValue(DPIS.contains(current.dpi()) ? current.dpi() : 300);
        paper.setId("prefs-paper");
        paper.setConverter(
                Widgets.names(p -> p.name().charAt(0) + p.name().substring(1).toLowerCase(java.util.Locale.ROOT)));
        paper.setValue(current.paper() == PageSetup.Paper.FIT ? PageSetup.Paper.A4 : current.paper());
        credits.setId("prefs-credits");
        credits.setPromptText(T.t("prefs.credits.prompt"));
        credits.setText(current.credits());
        credits.setPrefColumnCount(28);
        editor.setId("prefs-editor");
        editor.setPromptText(T.t("prefs.editor.prompt"));
        editor.setText(current.editor());
        ToggleGroup start = new ToggleGroup();
        startLast.setToggleGroup(start);
        startBundled.setToggleGroup(start);
        startLast.setId("prefs-start-last");
        startBundled.setId("prefs-start-bundled");
        (current.openLastAtStart() ? startLast : startBundled).setSelected(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 4, 4, 4));
        int r = 0;
        grid.add(heading(T.t("prefs.appearance")), 0, r++, 2, 1);
        grid.addRow(r++, new Label(T.t("prefs.theme")), new HBox(12, light, dark));
        grid.addRow(r++, new Label(T.t("prefs.fontSize")), font);
        grid.addRow(r++, new Label(T.t("prefs.language")), language);
        WrappedText restart = new WrappedText(T.t("prefs.language.restart"));
        restart.getStyleClass().add("text-muted");
        grid.add(restart, 1, r++);
        grid.add(heading(T.t("prefs.export")), 0, r++, 2, 1);
        grid.addRow(r++, new Label(T.t("prefs.exportFormat")), format);
        grid.addRow(r++, new Label(T.t("prefs.dpi")), dpi);
        grid.addRow(r++, new Label(T.t("prefs.page")), paper);
        grid.addRow(r++, new Label(T.t("prefs.credits")), credits);
        grid.add(heading(T.t("prefs.editing")), 0, r++, 2, 1);
        grid.addRow(r++, new Label(T.t("prefs.editor")), editor);
        grid.addRow(r++, new Label(T.t("prefs.startup")), new VBox(6, startLast, startBundled));
        // labels whole, in any language: the first column as wide as its longest label
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResultConverter(b -> b == save ? result() : null);
    }

    /** The preferences as the dialog shows them now. */
    Preferences result() {
        return new Preferences(
                dark.isSelected(),
                font.getValue(),
                language.getValue(),
                format.getValue(),
                dpi.getValue(),
                paper.getValue(),
                credits.getText(),
                editor.getText(),
                startLast.isSelected());
    }

    /** Shows the dialog and waits: the new preferences on Save, empty on Cancel. */
    public Optional<Preferences> showAndWait() {
        return dialog.showAndWait();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }
}
