package org.allianceexplorer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureFormat;

/**
 * The main window's menus: File, Edit, View, Go, Export and Help, each item with its id (tests and the shortcut
 * list find them by it) and accelerator; and the shortcuts they hold, read from the menus themselves.
 */
final class WindowMenus {

    private static final I18n.Messages T = I18n.of(WindowMenus.class);

    private final MainWindow window;
    private final MainViewModel model;
    private final AppState state;
    private final List<Screen> screens;
    private final EditMenu editMenu;
    private MenuBar bar;

    WindowMenus(MainWindow window, MainViewModel model, AppState state, List<Screen> screens, EditMenu editMenu) {
        this.window = window;
        this.model = model;
        this.state = state;
        this.screens = screens;
        this.editMenu = editMenu;
    }

    MenuBar bar(Runnable quit) {
        MenuItem open = item(T.t("menu.file.open"), "menu-open", "Shortcut+O", model::chooseAndOpen);
        Menu recent = new Menu(T.t("menu.file.recent"));
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : model.recentDatabases()) {
                recent.getItems().add(item(p.getFileName() + "  \u2014  " + p, null, null, () -> model.open(p)));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentDatabases().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        // File > Bundled datasets: Pakistan keeps the shortcut it had as the one bundled dataset
        Menu bundled = new Menu(T.t("menu.file.bundled"));
        bundled.setId("menu-bundled");
        for (BundledDataset.Bundle b : BundledDataset.ALL) {
            boolean first = b == BundledDataset.PAKISTAN;
            bundled.getItems()
                    .add(item(
                            menuName(b),
                            "menu-bundled-" + b.key(),
                            first ? "Shortcut+Shift+B" : null,
                            () -> model.openBundled(b)));
        }
        MenuItem exit = item(T.t("menu.file.quit"), "menu-quit", "Shortcut+Q", quit);
        MenuItem print = item(
                T.t("menu.file.print"),
                "menu-print",
                "Shortcut+P",
                () -> model.figures()
                        .print(window.currentScreen().flatMap(Screen::printable).orElse(null)));
        DatasetCommands datasets = model.datasets();
        MenuItem create = item(T.t("menu.file.new"), "menu-new", "Shortcut+N", datasets::newDatabase);
        MenuItem importAny = item(T.t("menu.file.import"), "menu-import", "Shortcut+I", datasets::importWizard);
        MenuItem importFolder =
                item(T.t("menu.file.import.folder"), "menu-import-folder", null, datasets::chooseAndImportFolder);
        MenuItem importZip = item(T.t("menu.file.import.zip"), "menu-import-zip", null, datasets::chooseAndImportZip);
        MenuItem exportFolder =
                item(T.t("menu.file.export.folder"), "menu-export-folder", null, datasets::exportFolder);
        Menu file = new Menu(
                T.t("menu.file"),
                null,
                create,
                open,
                recent,
                bundled,
                item(T.t("menu.file.connect"), "menu-connect", null, model::connectToServer),
                new SeparatorMenuItem(),
                importAny,
                importFolder,
                importZip,
                exportFolder,
                new SeparatorMenuItem(),
                print,
                new SeparatorMenuItem(),
                exit);
        file.setId("menu-file");

        Menu view = new Menu(T.t("menu.view"));
        view.setId("menu-view");
        for (int i = 0; i < screens.size(); i++) {
            Screen sc = screens.get(i);
            view.getItems()
                    .add(item(
                            sc.title(), "menu-screen-" + sc.id(), i < 10 ? "Shortcut+" + ((i + 1) % 10) : null, () -> {
                                state.screenProperty().set(sc.id());
                                MainWindow.focus(sc);
                            }));
        }
        CheckMenuItem dark = new CheckMenuItem(T.t("menu.view.dark"));
        dark.setId("menu-dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(state.darkThemeProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        Menu export = new Menu(T.t("menu.export"));
        export.setId("menu-export");
        exportItems(export, "menu.export.view", "menu-export-", Screen::figure);
        export.getItems().add(new SeparatorMenuItem());
        exportItems(export, "menu.export.full", "menu-export-full-", Screen::fullFigure);
        // the animation is of the screen shown (Relationships); elsewhere the item says so by being off
        MenuItem animation = item(
                T.t("menu.export.animation"),
                "menu-export-animation",
                null,
                () -> model.exportAnimation(
                        window.currentScreen().flatMap(Screen::animation).orElse(null)));
        export.setOnShowing(e -> animation.setDisable(
                window.currentScreen().flatMap(Screen::animation).isEmpty()));
        export.getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        animation,
                        new SeparatorMenuItem(),
                        item(
                                T.t("menu.export.bundle"),
                                "menu-export-bundle",
                                "Shortcut+Shift+E",
                                () -> model.exportBundle(shown(Screen::figure), window.exportWidth())));

        export.getItems()
                .add(
                        0,
                        item(
                                T.t("menu.export.default"),
                                "menu-export-default",
                                "Shortcut+Shift+X",
                                () -> model.exportFigure(
                                        shown(Screen::figure),
                                        model.preferences().exportFormat(),
                                        window.exportWidth())));
        export.getItems().add(1, new SeparatorMenuItem());

        Menu edit = editMenu.menu();
        edit.getItems()
                .addAll(
                        2,
                        List.of(
                                new SeparatorMenuItem(),
                                item(
                                        T.t("menu.edit.copyFigure"),
                                        "menu-copy-figure",
                                        "Shortcut+Shift+C",
                                        () -> model.figures().copy(shown(Screen::figure), window.exportWidth()))));
        edit.getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        item(
                                T.t("menu.edit.preferences"),
                                "menu-preferences",
                                "Shortcut+Comma",
                                model::showPreferences));

        Menu help = new Menu(
                T.t("menu.help"),
                null,
                item(T.t("menu.help.guide"), "menu-guide", "F1", model::showGuide),
                item(T.t("menu.help.shortcuts"), "menu-shortcuts", "Shortcut+Slash", model::showShortcuts),
                new SeparatorMenuItem(),
                item(T.t("menu.help.about"), "menu-about", null, model::showAbout));
        help.setId("menu-help");

        Menu go = new Menu(
                T.t("menu.go"),
                null,
                item(T.t("menu.go.back"), "menu-back", "Alt+Left", state.navigation()::back),
                item(T.t("menu.go.forward"), "menu-forward", "Alt+Right", state.navigation()::forward));
        bar = new MenuBar(file, edit, view, go, export, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Export > (key) as each format: the figure {@code which} gives of the screen shown. */
    private void exportItems(Menu export, String key, String idPrefix, Function<Screen, Optional<Figure>> which) {
        for (FigureFormat f : FigureFormat.values()) {
            export.getItems()
                    .add(item(
                            T.t(key, f.name()),
                            idPrefix + f.extension(),
                            null,
                            () -> model.exportFigure(shown(which), f, window.exportWidth())));
        }
    }

    /** The figure {@code which} gives of the screen shown, {@code null} when it has none. */
    private Figure shown(Function<Screen, Optional<Figure>> which) {
        return window.currentScreen().flatMap(which).orElse(null);
    }

    /**
     * Every accelerator of the window's menus, read from the menus themselves (Help > Keyboard shortcuts lists
     * these with the controls' own keys).
     */
    List<Shortcut> shortcuts() {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, m.getText(), out);
        }
        return out;
    }

    /** The accelerators of {@code menu} and its submenus, each placed by its menu path ("File \u203a Bundled datasets"). */
    private static void collect(Menu menu, String where, List<Shortcut> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, where + " \u203a " + sub.getText(), out);
            } else if (i.getAccelerator() != null) {
                String text = i.getText() == null
                        ? ""
                        : i.getText().replace("\u2026", "").strip();
                out.add(new Shortcut(i.getAccelerator(), text, where));
            }
        }
    }

    /** "Pakistan (1977-2024)" for "Bundled dataset (Pakistan)": the menu already says bundled. */
    private static String menuName(BundledDataset.Bundle b) {
        return T.t(b == BundledDataset.PAKISTAN ? "menu.file.bundled.pakistan" : "menu.file.bundled.malaysia");
    }

    static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (id != null) {
            m.setId(id);
        }
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
