import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The peer of the start-up benchmark (bench/startup.sh): a bare JavaFX window with a menu bar like ours, at our
 * first-run size, started the same way (from the same fat jar's JavaFX, the same JVM options). HelloFx.Main is the
 * entry (a main class that extends Application needs JavaFX on the module path).
 */
public class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Hello"));
        root.setTop(new MenuBar(new Menu("File"), new Menu("Edit"), new Menu("View"), new Menu("Go"), new Menu("Export")));
        stage.setTitle("Hello");
        stage.setScene(new Scene(root, 1360, 820));
        stage.show();
    }

    /** The entry point. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }
}
