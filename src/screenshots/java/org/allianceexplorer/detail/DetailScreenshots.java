package org.allianceexplorer.detail;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.allianceexplorer.App;

/**
 * Puts the window into the states the screenshots show, printing {@code READY name} at each so that a
 * screen grabber can take it (not a test). Under Xvfb:
 * {@code java -cp ... org.allianceexplorer.detail.DetailScreenshots} and {@code import -window root x.png}.
 */
public final class DetailScreenshots {

    private static final AtomicReference<Stage> STAGE = new AtomicReference<>();
    private static final CountDownLatch STARTED = new CountDownLatch(1);

    private DetailScreenshots() {}

    /** The window (the launcher refuses a main class that is itself an Application on the class path). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            App.show(stage, null, null);
            STAGE.set(stage);
            STARTED.countDown();
        }
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } finally {
            Platform.exit();
            System.exit(0);
        }
    }

    private static void run(String[] args) throws Exception {
        new Thread(() -> Application.launch(Window.class, args), "fx-launcher").start();
        STARTED.await();
        waitUntil("the database", () -> {
            Label status = (Label) scene().lookup("#status-text");
            return status != null && status.getText().contains("parties");
        });
        long hold = Long.getLong("hold", 5000);
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            fx(() -> darkTheme(dark));
            Thread.sleep(800);
            searchAndEnter("MQM-P");
            waitForTitle("MQM-P");
            ready("detail-party-" + theme, hold);
            fx(() -> field().setText(""));
            fx(() -> {
                field().requestFocus();
                field().setText("Kamal");
            });
            Thread.sleep(1500);
            ready("search-" + theme, hold);
            fx(() -> press(KeyCode.DOWN));
            fx(() -> press(KeyCode.ENTER));
            waitForTitle("ANP \u2192 MQM-P at NA-242");
            ready("detail-deal-" + theme, hold);
        }
    }

    private static void ready(String name, long hold) throws InterruptedException {
        Thread.sleep(700);
        System.out.println("READY " + name);
        System.out.flush();
        Thread.sleep(hold);
    }

    private static Scene scene() {
        return STAGE.get().getScene();
    }

    private static TextField field() {
        return (TextField) scene().lookup("#global-search");
    }

    private static void searchAndEnter(String q) throws Exception {
        fx(() -> {
            field().requestFocus();
            field().setText(q);
        });
        waitUntil("results for " + q, () -> {
            Node list = scene().getWindow() == null
                    ? null
                    : javafx.stage.Window.getWindows().stream()
                            .map(w -> w.getScene().lookup("#search-results"))
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElse(null);
            return list != null && !((ListView<?>) list).getItems().isEmpty();
        });
        fx(() -> press(KeyCode.ENTER));
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 300; i++) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            fx(() -> ok.set(condition.getAsBoolean()));
            if (ok.get()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("never: " + what);
    }

    private static void press(KeyCode code) {
        field().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    private static void waitForTitle(String title) throws Exception {
        for (int i = 0; i < 100; i++) {
            AtomicReference<String> t = new AtomicReference<>("");
            fx(() -> {
                Label l = (Label) scene().lookup("#detail-title");
                t.set(l == null ? "" : l.getText());
            });
            if (t.get().equals(title)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the detail pane never showed " + title);
    }

    private static void darkTheme(boolean on) {
        MenuBar bar = (MenuBar) scene().lookup("#menu-bar");
        bar.getMenus()
                .forEach(m -> m.getItems().forEach(i -> {
                    if ("menu-dark-theme".equals(i.getId())) {
                        ((CheckMenuItem) i).setSelected(on);
                    }
                }));
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
