package org.allianceexplorer.app;

import java.util.HashMap;
import java.util.Map;
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

    /** Settings stored in the user's Java preferences under {@code org/allianceexplorer}. */
    static Settings user() {
        Preferences node = Preferences.userRoot().node("org/allianceexplorer");
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
                flush();
            }

            @Override
            public void remove(String key) {
                node.remove(key);
                flush();
            }

            private void flush() {
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // preferences are a convenience: a failure to save them must not disturb the user
                }
            }
        };
    }

    /** Settings kept only in memory. */
    static Settings memory() {
        Map<String, String> map = new HashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }

            @Override
            public void remove(String key) {
                map.remove(key);
            }
        };
    }
}
