package org.allianceexplorer.app;

import javafx.scene.input.KeyCombination;

/**
 * A key the window answers: its combination, what it does and where. Menus' accelerators are read from the menus
 * themselves ({@link MainWindow#menuShortcuts()}); a control with keys of its own declares them as a list of these
 * and installs its handlers from the same combinations, so Help > Keyboard shortcuts cannot drift from them.
 */
public record Shortcut(KeyCombination keys, String action, String where) {

    private static final I18n.Messages T = I18n.of(Shortcut.class);

    /** A control's shortcut, its action and place given as keys of the window's bundle ({@code shortcut.*}). */
    public static Shortcut of(KeyCombination keys, String actionKey, String whereKey) {
        return new Shortcut(keys, T.t(actionKey), T.t(whereKey));
    }

    /** The keys as the platform writes them (Ctrl+Shift+C; ⇧⌘C on a Mac). */
    public String keysText() {
        return keys.getDisplayText();
    }
}
