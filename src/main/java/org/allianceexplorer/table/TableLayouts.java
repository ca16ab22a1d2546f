package org.allianceexplorer.table;

import java.util.List;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.Settings;

/** Remembers each table screen's column layout (order, widths, hidden columns) between runs. */
public final class TableLayouts {

    private TableLayouts() {}

    static String key(Screen s) {
        return "table." + s.id() + ".layout";
    }

    /**
     * Restores the remembered layouts now (into each table when it is made), and remembers them when {@code window}
     * closes: a table never made keeps the layout it was given.
     */
    public static void remember(List<Screen> screens, Settings settings, Window window) {
        restore(screens, settings);
        window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save(screens, settings));
    }

    static void restore(List<Screen> screens, Settings settings) {
        for (Screen s : screens) {
            if (s instanceof RecordTableScreen t) {
                String text = settings.get(key(s), null);
                if (text != null && !text.isBlank()) {
                    t.restore(TableLayout.parse(text));
                }
            }
        }
    }

    static void save(List<Screen> screens, Settings settings) {
        for (Screen s : screens) {
            if (s instanceof RecordTableScreen t) {
                t.layoutToKeep().ifPresent(l -> settings.put(key(s), l.format()));
            }
        }
    }
}
