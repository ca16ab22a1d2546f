package org.allianceexplorer.tools;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a window shows as a PNG (for the screenshot tools; the callers decide when it has settled). */
public final class WindowShots {

    private WindowShots() {}

    public static void save(FxRobot robot, Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = stage.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
    }

    /**
     * Like {@link #save}, with windows drawn over the stage where they are on screen (a drop-down list, a
     * popup): a snapshot of a scene leaves them out.
     */
    public static void save(FxRobot robot, Stage stage, Path file, Window... overlays) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage[] out = new BufferedImage[1];
        robot.interact(() -> {
            BufferedImage base =
                    SwingFXUtils.fromFXImage(stage.getScene().getRoot().snapshot(null, null), null);
            Graphics2D g = base.createGraphics();
            double x0 = stage.getX() + stage.getScene().getX();
            double y0 = stage.getY() + stage.getScene().getY();
            for (Window w : overlays) {
                if (w != null && w.isShowing() && w.getScene() != null) {
                    // a menu's window is transparent around its shadow: drawn as such, not filled white
                    SnapshotParameters clear = new SnapshotParameters();
                    clear.setFill(Color.TRANSPARENT);
                    BufferedImage top =
                            SwingFXUtils.fromFXImage(w.getScene().getRoot().snapshot(clear, null), null);
                    g.drawImage(
                            top,
                            (int) Math.round(w.getX() + w.getScene().getX() - x0),
                            (int) Math.round(w.getY() + w.getScene().getY() - y0),
                            null);
                }
            }
            g.dispose();
            out[0] = base;
        });
        ImageIO.write(out[0], "png", file.toFile());
    }

    /** The menu that is open (a menu bar's menu is a context menu's window), or null. */
    public static Window openMenu() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst()
                .orElse(null);
    }
}
