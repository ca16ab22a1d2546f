package org.allianceexplorer.editing;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.app.Themes;

/**
 * The windows of editing (New claim, the record forms, Find a record): modal over the main window, with its
 * stylesheets and theme and the forms' own ({@code editing.css}).
 */
final class EditingWindow {

    private EditingWindow() {}

    /** A window modal over {@code owner}, not yet shown. */
    static Stage modal(Window owner, String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        return stage;
    }

    /** Gives {@code stage} its content, at {@code width} x {@code height}, styled like {@code owner}, light or dark. */
    static void dress(Stage stage, Window owner, Parent root, double width, double height, BooleanProperty dark) {
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets()
                .add(EditingWindow.class.getResource("editing.css").toExternalForm());
        Themes.styleRoot(root, dark);
        stage.setScene(scene);
    }

    /** Shows {@code stage}, at least {@code minWidth} x {@code minHeight}, once {@code load} has started filling it. */
    static Stage show(Stage stage, double minWidth, double minHeight, Runnable load) {
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        load.run();
        stage.show();
        return stage;
    }
}
