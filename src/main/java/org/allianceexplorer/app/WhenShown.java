package org.allianceexplorer.app;

/**
 * Work that only a shown screen needs (loading a timeline, a graph or a chart from a large database): asked
 * for while another screen is shown, it waits and runs once when this screen is shown. With no screen set
 * (a view-model on its own, in a test) it runs at once.
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
}
