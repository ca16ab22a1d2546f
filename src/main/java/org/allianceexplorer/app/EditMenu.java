package org.allianceexplorer.app;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.allianceexplorer.domain.edit.EditKind;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's Edit menu over {@link EditCommands}: Edit this database (ticked while writable), Save a copy
 * to edit, Undo and Redo named after the edit, New claim; the status bar's "Editing" mark; and the poll that
 * shows another writer's changes.
 */
final class EditMenu {

    private static final I18n.Messages T = I18n.of(EditMenu.class);

    /** How often an open, writable database is checked for changes by others. */
    static final Duration POLL = Duration.seconds(2);

    private final EditCommands edits;

    EditMenu(EditCommands edits) {
        this.edits = edits;
    }

    Menu menu() {
        CheckMenuItem editing = new CheckMenuItem(T.t("menu.edit.editing"));
        editing.setId("menu-edit-mode");
        editing.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        edits.editableProperty().addListener((o, a, b) -> editing.setSelected(b));
        // a reader of a team database is offered no editing (the server would refuse it): Save a copy to edit stays
        editing.disableProperty().bind(edits.mayEditProperty().not());
        editing.setOnAction(e -> {
            // the tick follows the database, not the click: it changes once the file is open for editing
            editing.setSelected(edits.editableProperty().get());
            if (edits.editableProperty().get()) {
                edits.stopEditing();
            } else {
                edits.startEditing();
            }
        });
        MenuItem copy = WindowMenus.item(T.t("menu.edit.saveCopy"), "menu-save-copy", null, edits::saveCopyToEdit);
        MenuItem undo = WindowMenus.item(T.t("menu.edit.undo"), "menu-undo", "Shortcut+Z", edits::undo);
        undo.textProperty().bind(edits.undoLabelProperty());
        undo.disableProperty().bind(edits.canUndoProperty().not());
        MenuItem redo = WindowMenus.item(T.t("menu.edit.redo"), "menu-redo", "Shortcut+Shift+Z", edits::redo);
        redo.textProperty().bind(edits.redoLabelProperty());
        redo.disableProperty().bind(edits.canRedoProperty().not());
        MenuItem claim =
                WindowMenus.item(T.t("menu.edit.newClaim"), "menu-new-claim", "Shortcut+Shift+N", edits::newClaim);
        Menu add = new Menu(T.t("menu.edit.newRecord"));
        add.setId("menu-new-record");
        for (EditKind k : EditKind.values()) {
            if (k != EditKind.CITATION) {
                String word =
                        Character.toUpperCase(k.label().charAt(0)) + k.label().substring(1);
                add.getItems()
                        .add(WindowMenus.item(word + "\u2026", "menu-new-" + k.table(), null, () -> edits.add(k)));
            }
        }
        MenuItem change = WindowMenus.item(T.t("menu.edit.change"), "menu-change-record", "F2", edits::changeCurrent);
        MenuItem delete = WindowMenus.item(
                T.t("menu.edit.delete"), "menu-delete-record", "Shortcut+Delete", edits::deleteCurrent);
        MenuItem find = WindowMenus.item(T.t("menu.edit.find"), "menu-find-record", "Shortcut+Shift+F", edits::find);
        for (MenuItem writes : new MenuItem[] {claim, add, change, delete, find}) {
            writes.disableProperty().bind(edits.mayEditProperty().not());
        }
        // on while the database is read-only too: chosen, they say how to make it writable
        MenuItem name = WindowMenus.item(T.t("menu.edit.editorName"), "menu-editor-name", null, edits::askEditor);
        Menu menu = new Menu(
                T.t("menu.edit"),
                null,
                undo,
                redo,
                new SeparatorMenuItem(),
                claim,
                add,
                change,
                delete,
                find,
                new SeparatorMenuItem(),
                editing,
                copy,
                name);
        menu.setId("menu-edit");
        return menu;
    }

    /** "Editing" in the status bar while the database is writable. */
    Label indicator() {
        return mark("status-editing", "mdi2p-pencil-outline", edits.editableProperty());
    }

    /** "Read only" in the status bar while the user may only read the open team database. */
    Label readerIndicator() {
        return mark(
                "status-reader", "mdi2l-lock-outline", edits.mayEditProperty().not());
    }

    /** A mark in the status bar, shown while {@code shown} holds: its text and tooltip are the messages {@code id}. */
    private static Label mark(String id, String icon, javafx.beans.value.ObservableBooleanValue shown) {
        String key = id.replace('-', '.');
        Label mark = new Label(T.t(key), new FontIcon(icon));
        mark.setId(id);
        mark.getStyleClass().add("status-editing");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        String tipKey = key + ".tip";
        mark.setTooltip(new Tooltip(T.t(tipKey)));
        mark.visibleProperty().bind(shown);
        mark.managedProperty().bind(mark.visibleProperty());
        return mark;
    }

    /** Polls for others' changes while the window lives. */
    void startPolling() {
        Timeline poll = new Timeline(new KeyFrame(POLL, e -> edits.poll()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}
