package org.allianceexplorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.kordamp.ikonli.AbstractIkonHandler;
import org.kordamp.ikonli.Ikon;

/**
 * The application's icons for Ikonli's {@code FontIcon}: the Material Design Icons it uses (named as Ikonli names
 * them, {@code mdi2h-handshake-outline}), from a font of just those icons. The whole font (1.3 MB, written to a
 * temporary file at every start) and its 26 Java enums are not loaded: the window's first frame comes sooner.
 * {@code src/main/build/icon-font.sh} makes the font and {@code icons.properties} from the names in the code.
 */
public final class AppIcons extends AbstractIkonHandler {

    private static final String FONT = "icons/material-design-icons.ttf";
    private static final Map<String, Icon> ICONS = read();

    /**
     * One icon: its name and code point in the font. A class, not a record: FontIcon compares icons, and a record's
     * first {@code equals} costs a bootstrap of its own before the first frame; each icon is one instance.
     */
    public static final class Icon implements Ikon {
        private final String name;
        private final int code;

        Icon(String name, int code) {
            this.name = name;
            this.code = code;
        }

        @Override
        public String getDescription() {
            return name;
        }

        @Override
        public int getCode() {
            return code;
        }

        @Override
        public String toString() {
            return name + "=" + Integer.toHexString(code);
        }
    }

    /** Every icon the application has, by name. */
    public static Map<String, Icon> all() {
        return ICONS;
    }

    @Override
    public boolean supports(String description) {
        return description != null && description.startsWith("mdi2");
    }

    /** The icon of {@code description}; a name the font lacks is an error (icon-font.sh adds it). */
    @Override
    public Ikon resolve(String description) {
        Icon icon = ICONS.get(description);
        if (icon == null) {
            throw new IllegalArgumentException(
                    "no icon " + description + " in the application's font (run src/main/build/icon-font.sh)");
        }
        return icon;
    }

    @Override
    public URL getFontResource() {
        return AppIcons.class.getResource(FONT);
    }

    @Override
    public InputStream getFontResourceAsStream() {
        return AppIcons.class.getResourceAsStream(FONT);
    }

    @Override
    public String getFontFamily() {
        return "Material Design Icons";
    }

    private static Map<String, Icon> read() {
        Properties p = new Properties();
        try (InputStream in = AppIcons.class.getResourceAsStream("icons/icons.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Icon> icons = new TreeMap<>();
        p.forEach((k, v) -> icons.put((String) k, new Icon((String) k, Integer.parseInt((String) v, 16))));
        return Map.copyOf(icons);
    }
}
