package org.allianceexplorer.table;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The bundled Noto Naskh Arabic font, for Urdu and Arabic-script cells (the default fonts render heh-goal
 * and other Urdu letters badly or not at all). Loaded once; table.css names its family.
 */
final class NativeFont {

    private static final String RESOURCE = "/org/allianceexplorer/figure/fonts/NotoNaskhArabic-Regular.ttf";
    private static volatile boolean loaded;

    private NativeFont() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (InputStream in = NativeFont.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Font.loadFont(in, 14);
            }
        } catch (IOException e) {
            // the cells fall back to the system's fonts
        }
    }
}
