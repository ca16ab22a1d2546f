package org.allianceexplorer.app;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.application.HostServices;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.figure.PageSetup;
import org.allianceexplorer.figure.Pages;

/** Dialogs shown over the main window. Save dialogs open in the folder the user last saved to. */
public final class FxDialogService implements DialogService {

    private static final I18n.Messages T = I18n.of(FxDialogService.class);

    /** Where the last export went (a folder), in {@link Settings}. */
    static final String EXPORT_FOLDER = "export.folder";

    /** How wide a dialog's message is before it wraps. */
    private static final double MESSAGE_WIDTH = 440;

    private final Window owner;
    private final HostServices host;
    private final Settings settings;

    public FxDialogService(Window owner, HostServices host) {
        this(owner, host, Settings.memory());
    }

    public FxDialogService(Window owner, HostServices host, Settings settings) {
        this.owner = owner;
        this.host = host;
        this.settings = settings;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, "error-dialog");
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, "info-dialog");
    }

    @Override
    public void confirm(String title, String message, String action, Runnable onConfirm, Runnable onDecline) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", cancel, yes);
        message(a, message);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setId("confirm-dialog");
        a.getDialogPane().setMinWidth(460);
        // Cancel is the default: Enter does not delete by accident
        ((Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        a.getDialogPane().lookupButton(yes).setId("confirm-yes");
        a.setOnHidden(e -> {
            if (a.getResult() == yes) {
                onConfirm.run();
            } else {
                onDecline.run();
            }
        });
        a.show();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.setContentText(message);
        d.getDialogPane().setId("text-dialog");
        d.getDialogPane().setMinWidth(460);
        return d.showAndWait();
    }

    /** A dialog's message, wrapped by {@link WrappedText} (the alert's own label draws wrapped Urdu wrong). */
    private static void message(Alert a, String message) {
        WrappedText text = new WrappedText(message);
        text.setId("dialog-message");
        text.setPrefWidth(MESSAGE_WIDTH);
        a.getDialogPane().setContent(text);
    }

    private void alert(Alert.AlertType type, String title, String message, String id) {
        Alert a = new Alert(type, "", DialogButtons.ok());
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        message(a, message);
        a.getDialogPane().setId(id);
        a.getDialogPane().setMinWidth(460);
        a.show();
    }

    @Override
    public Optional<Path> chooseDatabase() {
        FileChooser fc = new FileChooser();
        fc.setTitle(T.t("dialog.open.title"));
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                T.t("database.files"), "*." + DATABASE_EXTENSION, "*.sqlite", "*.sqlite3", "*.db"),
                        new FileChooser.ExtensionFilter(T.t("dialog.allFiles"), "*"));
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<ServerLogin> chooseServer(ServerAddress last) {
        return ConnectDialog.show(owner, last);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        lastFolder().ifPresent(d -> dc.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(dc.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String... patterns) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(description, patterns),
                        new FileChooser.ExtensionFilter(T.t("dialog.allFiles"), "*"));
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String description, String extension, String suggestedName) {
        File f = saveChooser(title, description, extension, suggestedName).showSaveDialog(owner);
        Optional<Path> chosen = Optional.ofNullable(f).map(File::toPath);
        chosen.ifPresent(this::saved);
        return chosen;
    }

    /** The save dialog as it will open: in the folder last saved to, while it still exists. */
    FileChooser saveChooser(String title, String description, String extension, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        lastFolder().ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        return fc;
    }

    /** The folder of the last file chosen to save to, if it still exists. */
    Optional<Path> lastFolder() {
        String d = settings.get(EXPORT_FOLDER, null);
        if (d == null || d.isBlank()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(d);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers the folder of a file the user chose to save to. */
    void saved(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(EXPORT_FOLDER, folder.toString());
        }
    }

    @Override
    public Optional<ExportChoice> chooseExportOptions(String format) {
        Dialog<ExportChoice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(T.t("options.title"));
        d.setHeaderText(optionsHeader(format));
        d.getDialogPane().setId("export-options");
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());

        ChoiceBox<PageSetup.Paper> paper = new ChoiceBox<>(FXCollections.observableArrayList(PageSetup.Paper.values()));
        paper.setId("export-paper");
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PageSetup.Paper p) {
                return p == null
                        ? ""
                        : p == PageSetup.Paper.FIT
                                ? T.t("options.fit")
                                : p.name().charAt(0) + p.name().substring(1).toLowerCase(Locale.ROOT);
            }

            @Override
            public PageSetup.Paper fromString(String s) {
                return PageSetup.Paper.parse(s);
            }
        });
        Preferences prefs = Preferences.read(settings);
        paper.setValue("pdf".equals(format) || "bundle".equals(format) ? prefs.paper() : PageSetup.Paper.FIT);
        CheckBox landscape = new CheckBox(T.t("options.landscape"));
        landscape.setId("export-landscape");
        Spinner<Integer> margin = new Spinner<>(0, 50, 15);
        margin.setId("export-margin");
        margin.setEditable(true);
        ChoiceBox<Integer> scale = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        scale.setId("export-scale");
        scale.setValue(prefs.copyScale());
        ChoiceBox<Integer> dpi = new ChoiceBox<>(FXCollections.observableArrayList(96, 150, 200, 300, 600));
        dpi.setId("export-dpi");
        dpi.setValue(dpi.getItems().contains(prefs.dpi()) ? prefs.dpi() : 300);
        boolean png = "png".equals(format) || "bundle".equals(format);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(T.t("options.page")), paper, landscape);
        grid.addRow(1, new Label(T.t("options.margins")), margin);
        if (png) {
            grid.addRow(2, new Label(T.t("options.scale")), scale);
            grid.addRow(3, new Label(T.t("options.dpi")), dpi);
        }
        BooleanBinding fit = paper.valueProperty().isEqualTo(PageSetup.Paper.FIT);
        landscape.disableProperty().bind(fit);
        margin.disableProperty().bind(fit);
        scale.disableProperty().bind(fit.not());
        dpi.disableProperty().bind(fit);
        d.getDialogPane().setContent(grid);
        d.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            boolean isFit = paper.getValue() == PageSetup.Paper.FIT;
            PageSetup page = new PageSetup(
                    paper.getValue(),
                    !isFit && landscape.isSelected(),
                    isFit ? 0 : margin.getValue(),
                    isFit ? 96 : dpi.getValue());
            return new ExportChoice(page, isFit ? scale.getValue() : page.pngScale());
        });
        return d.showAndWait();
    }

    @Override
    public Optional<AnimationChoice> chooseAnimation(String subject, AnimationChoice initial) {
        return AnimationDialog.create(owner, subject, initial).showAndWait();
    }

    /** "Page and resolution of the PDF document", "… of the report bundle (PNG, SVG and PDF)". */
    static String optionsHeader(String format) {
        return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "png" -> T.t("options.header.png");
            case "svg" -> T.t("options.header.svg");
            case "pdf" -> T.t("options.header.pdf");
            case "bundle" -> T.t("options.header.bundle");
            default -> T.t("options.header.other");
        };
    }

    @Override
    public boolean openLink(String url) {
        if (host == null || url == null || url.isBlank()) {
            return false;
        }
        host.showDocument(url);
        return true;
    }

    @Override
    public OptionalInt chooseCopyScale(double width, double height, int initial) {
        return FigureDesktop.chooseScale(owner, width, height, initial);
    }

    @Override
    public void putOnClipboard(BufferedImage image, String svg) {
        FigureDesktop.putOnClipboard(image, svg);
    }

    @Override
    public Printed print(Pages pages, PageSetup.Paper paper) {
        return FigureDesktop.print(owner, pages, paper);
    }
}
