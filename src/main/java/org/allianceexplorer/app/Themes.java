package org.allianceexplorer.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;

/** AtlantaFX light and dark: applied application-wide, remembered in settings. */
public final class Themes {

    private static final String KEY = "theme";

    private Themes() {}

    /** Applies the remembered theme and follows {@code dark} from now on, remembering changes. */
    public static void follow(BooleanProperty dark, Settings settings) {
        dark.set(isDark(settings));
        apply(dark.get());
        dark.addListener((o, a, b) -> {
            apply(b);
            remember(settings, b);
        });
    }

    /** Whether the theme remembered in {@code settings} is the dark one. */
    static boolean isDark(Settings settings) {
        return "dark".equals(settings.get(KEY, "light"));
    }

    static void remember(Settings settings, boolean dark) {
        settings.put(KEY, dark ? "dark" : "light");
    }

    private static void apply(boolean dark) {
        if (I18n.rightToLeft()) {
            // the theme with the interface in the bundled Naskh face (urdu-*.css imports the theme)
            NativeText.loadFont();
            Application.setUserAgentStylesheet(Themes.class
                    .getResource(dark ? "urdu-dark.css" : "urdu-light.css")
                    .toExternalForm());
            return;
        }
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Gives {@code root} the style class {@code dark} while the dark theme is on (for app.css). */
    public static void styleRoot(Parent root, BooleanProperty dark) {
        Runnable update = () -> {
            root.getStyleClass().remove("dark");
            if (dark.get()) {
                root.getStyleClass().add("dark");
            }
        };
        update.run();
        dark.addListener((o, a, b) -> update.run());
    }
}
