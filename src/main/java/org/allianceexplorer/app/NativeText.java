package org.allianceexplorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;

/**
 * Names in their own script (Urdu, Sindhi, Pashto) shown right: in the bundled Noto Naskh Arabic font
 * (the default fonts render heh-goal and other Urdu letters badly or not at all), laid out right to
 * left. Give a labeled node the style class {@code native-text} through {@link #style}, and its text
 * through {@link #display}.
 */
public final class NativeText {

    /** The style class app.css gives the Naskh family. */
    public static final String STYLE_CLASS = "native-text";

    /**
     * JavaFX's text layout on Linux places brackets in right-to-left runs correctly but does not mirror their
     * glyphs (the Naskh font has none of its own, so they come from a fallback font): "(ف)" shows as ")ف(".
     * Swapping them in the displayed text shows them the right way round; copies and exports keep the data.
     */
    static final boolean MIRROR_BRACKETS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    private static final String RESOURCE = "/org/allianceexplorer/figure/fonts/NotoNaskhArabic-Regular.ttf";
    private static volatile boolean loaded;

    private NativeText() {
    }

    /** Loads the bundled Naskh font into JavaFX (once), so CSS can name its family. */
    public static synchronized void loadFont() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (InputStream in = NativeText.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Font.loadFont(in, 14);
            }
        } catch (IOException e) {
            // the text falls back to the system's fonts
        }
    }

    /** Makes {@code node} show native-script text: the Naskh font, right to left. */
    public static void style(Labeled node) {
        loadFont();
        node.getStyleClass().add(STYLE_CLASS);
        node.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
    }

    /** The text as it should be set on a node (see {@link #MIRROR_BRACKETS}). */
    public static String display(String text) {
        return text == null || !MIRROR_BRACKETS ? text : mirrorBrackets(text);
    }

    /** The text with each bracket swapped for its mirror image: {@code (} for {@code )}, {@code [} for {@code ]}... */
    static String mirrorBrackets(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '(' -> c[i] = ')';
                case ')' -> c[i] = '(';
                case '[' -> c[i] = ']';
                case ']' -> c[i] = '[';
                case '{' -> c[i] = '}';
                case '}' -> c[i] = '{';
                default -> { }
            }
        }
        return new String(c);
    }
}
