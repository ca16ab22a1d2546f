package org.allianceexplorer.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the application remembers between runs (window size and position, theme, recent and last
 * database, table column layouts), as string key-values. {@link #user()} keeps them in the user's
 * Java preferences; {@link #memory()} forgets them (tests).
 */
public interface Settings {

    String get(String key, String fallback);

    void put(String key, String value);

    void remove(String key);

    default double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Settings stored in the user's Java preferences under {@code org/allianceexplorer}, saved at each change. */
    static Settings user() {
        Preferences node = Preferences.userRoot().node("org/allianceexplorer");
        Runnable flush = () -> {
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // preferences are a convenience: a failure to save them must not disturb the user
            }
        };
        return of(
                node::get,
                (key, value) -> {
                    node.put(key, value);
                    flush.run();
                },
                key -> {
                    node.remove(key);
                    flush.run();
                });
    }

    /** Settings kept only in memory. */
    static Settings memory() {
        Map<String, String> map = new HashMap<>();
        return of(map::getOrDefault, map::put, map::remove);
    }

    /** Settings that read, write and remove through these. */
    private static Settings of(
            BiFunction<String, String, String> get, BiConsumer<String, String> put, Consumer<String> remove) {
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return get.apply(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                put.accept(key, value);
            }

            @Override
            public void remove(String key) {
                remove.accept(key);
            }
        };
    }
}
