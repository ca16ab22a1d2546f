package org.allianceexplorer.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, position and maximised state; never restores it off screen. */
public final class WindowGeometry {

    private WindowGeometry() {}

    /**
     * The size to open the window at: the remembered one (else 1360x820), made small enough for the screen it
     * will be on (a 1366x728 laptop screen), leaving room for the title bar, so that the status bar is seen.
     */
    public static double[] initialSize(Settings settings) {
        double w = settings.getDouble("window.width", 1360);
        double h = settings.getDouble("window.height", 820);
        Rectangle2D screen =
                Screen.getScreens().isEmpty() ? null : Screen.getPrimary().getVisualBounds();
        return screen == null ? new double[] {w, h} : fit(w, h, screen);
    }

    /** {@code w} x {@code h} made to fit in {@code screen} with room for a title bar and a border. */
    static double[] fit(double w, double h, Rectangle2D screen) {
        double maxW = Math.max(640, screen.getWidth() - 16);
        double maxH = Math.max(480, screen.getHeight() - 48);
        return new double[] {Math.min(w, maxW), Math.min(h, maxH)};
    }

    public static void restore(Stage stage, Settings settings) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        double w = settings.getDouble("window.width", 1360);
        double h = settings.getDouble("window.height", 820);
        // the scene was made at the remembered size: the window takes that size, whatever it had before
        // (a stage reused for a new scene keeps its old size otherwise)
        stage.sizeToScene();
        if (!Double.isNaN(x) && !Double.isNaN(y) && visible(x, y, w, h)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
        stage.setOnHiding(e -> save(stage, settings));
    }

    private static boolean visible(double x, double y, double w, double h) {
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getVisualBounds();
            if (b.intersects(x, y, Math.min(w, 200), Math.min(h, 100))) {
                return true;
            }
        }
        return false;
    }

    private static void save(Stage stage, Settings settings) {
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put("window.x", Double.toString(stage.getX()));
            settings.put("window.y", Double.toString(stage.getY()));
            settings.put("window.width", Double.toString(stage.getScene().getWidth()));
            settings.put("window.height", Double.toString(stage.getScene().getHeight()));
        }
    }
}
