package org.allianceexplorer.app;

import javafx.beans.value.ObservableValue;

/**
 * Work that only a shown screen needs (loading a timeline, a graph or a chart from a large database): asked
 * for while another screen is shown, it waits and runs once when this screen is shown. With no screen set
 * (a view-model on its own, in a test) it runs at once. Also what else a view-model's work follows: the
 * database, the as-of day and its own pickers.
 */
public final class WhenShown {

    private WhenShown() {}

    /** {@code work}, deferred while the screen with id {@code screenId} is not the one shown. */
    public static Runnable defer(AppState state, String screenId, Runnable work) {
        boolean[] pending = {false};
        state.screenProperty().addListener((o, a, b) -> {
            if (screenId.equals(b) && pending[0]) {
                pending[0] = false;
                work.run();
            }
        });
        return () -> {
            String shown = state.screenProperty().get();
            if (shown == null || shown.equals(screenId)) {
                pending[0] = false;
                work.run();
            } else {
                pending[0] = true;
            }
        };
    }

    /**
     * Runs {@code work} now and again whenever the open database or the as-of day changes, each time deferred
     * while the screen {@code screenId} is not shown (a change made while it is hidden waits until it is shown).
     */
    public static void reloading(AppState state, String screenId, Runnable work) {
        Runnable reload = defer(state, screenId, work);
        state.sessionProperty().addListener((o, a, b) -> reload.run());
        state.asOfProperty().addListener((o, a, b) -> reload.run());
        reload.run();
    }

    /**
     * What a figure screen's view-model reads follows the open database ({@code load}) and the as-of day
     * ({@code refresh}), each deferred while the screen {@code screenId} is not shown. Returns the deferred load,
     * to run it once for the database open now.
     */
    public static Runnable follow(AppState state, String screenId, Runnable load, Runnable refresh) {
        Runnable loadWhenShown = defer(state, screenId, load);
        Runnable refreshWhenShown = defer(state, screenId, refresh);
        state.sessionProperty().addListener((o, a, b) -> loadWhenShown.run());
        state.asOfProperty().addListener((o, a, b) -> refreshWhenShown.run());
        return loadWhenShown;
    }

    /** Runs {@code work} whenever one of {@code values} changes (a view-model's pickers and filters). */
    public static void onChange(Runnable work, ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) {
            v.addListener((o, a, b) -> work.run());
        }
    }
}
