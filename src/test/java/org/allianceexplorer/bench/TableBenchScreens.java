package org.allianceexplorer.bench;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.allianceexplorer.App;
import org.allianceexplorer.app.Screen;

/**
 * Walks the table screens of the window for screenshots (not a test): shows each screen in turn every few
 * seconds and prints {@code SHOWN id} when it is up. Run under Xvfb and take screenshots on the marks:
 * {@code java -cp CP org.allianceexplorer.bench.TableBenchScreens [db] [seconds]}.
 */
public final class TableBenchScreens {

    private TableBenchScreens() {}

    public static void main(String[] args) {
        Application.launch(Walker.class, args);
    }

    /** The application that walks the screens. */
    public static final class Walker extends Application {

        private static final List<String> SCREENS =
                List.of("parties", "people", "alliances", "deals", "elections", "events", "sources");

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Path db = args.isEmpty() || args.get(0).equals("-") ? null : Path.of(args.get(0));
            double seconds = args.size() > 1 ? Double.parseDouble(args.get(1)) : 5;
            App.show(stage, db, null);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1500);
            stage.setHeight(900);
            Timeline t = new Timeline();
            for (int i = 0; i < SCREENS.size(); i++) {
                String id = SCREENS.get(i);
                t.getKeyFrames().add(new KeyFrame(Duration.seconds(seconds * (i + 1)), e -> show(stage, id)));
                t.getKeyFrames()
                        .add(new KeyFrame(
                                Duration.seconds(seconds * (i + 1) + seconds / 2),
                                e -> System.out.println("SHOWN " + id)));
            }
            t.getKeyFrames().add(new KeyFrame(Duration.seconds(seconds * (SCREENS.size() + 1)), e -> Platform.exit()));
            t.play();
        }

        @SuppressWarnings("unchecked")
        private static void show(Stage stage, String id) {
            ListView<Object> nav = (ListView<Object>) stage.getScene().lookup("#navigation");
            for (int i = 0; i < nav.getItems().size(); i++) {
                if (nav.getItems().get(i) instanceof Screen s && s.id().equals(id)) {
                    nav.getSelectionModel().select(i);
                }
            }
        }
    }
}
