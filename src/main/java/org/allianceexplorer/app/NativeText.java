package org.allianceexplorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
     * JavaFX's text layout on Linux (Pango) gets right-to-left text with brackets wrong. Measured under Xvfb
     * (and checked by {@code NativeTextUiTest}): the text is cut where a bracketed group begins and ends, the
     * pieces are drawn left to right in their logical order, each piece's glyphs right to left, and the
     * bracket glyphs are not mirrored. So "جمیعت علماءِ اسلام (ف)" showed the name on the left and ")ف(" on
     * the right: the bracket at the wrong end, facing the wrong way. {@link #display} hands it the pieces in
     * reverse order with the brackets swapped, which it then draws the right way round: the name on the
     * right, "(ف)" on the left. Copies and exports keep the data's text.
     */
    static final boolean REORDER_BRACKETS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    private static final String RESOURCE = "/org/allianceexplorer/figure/fonts/NotoNaskhArabic-Regular.ttf";
    private static volatile boolean loaded;

    private NativeText() {}

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
        if (!node.getStyleClass().contains(STYLE_CLASS)) {
            node.getStyleClass().add(STYLE_CLASS);
        }
        node.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
    }

    /**
     * Lays {@code node} out for a native name: right to left in the Naskh face when the name is in a
     * right-to-left script (Urdu, Sindhi, Pashto), else left to right in the interface's font ("Bündnis 90 / Die
     * Grünen" from a ParlGov import is not Urdu).
     */
    public static void orient(Labeled node, String text) {
        if (isRightToLeft(text)) {
            style(node);
        } else {
            node.getStyleClass().remove(STYLE_CLASS);
            node.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        }
    }

    /** True when the text's first letter with a direction of its own is of a right-to-left script. */
    public static boolean isRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The text as it should be set on a node (see {@link #REORDER_BRACKETS}); unchanged elsewhere. */
    public static String display(String text) {
        return text == null || !REORDER_BRACKETS || !isRightToLeft(text) ? text : forPango(text);
    }

    /**
     * The text cut into pieces at its bracketed groups ("name␣" "(suffix)"), the pieces in reverse order, the
     * brackets swapped: "جمیعت علماءِ اسلام (ف)" becomes ")ف(جمیعت علماءِ اسلام␣". Text without brackets, or
     * with brackets that do not pair up, is returned as it is.
     */
    static String forPango(String text) {
        if (text.chars().noneMatch(NativeText::isBracket)) {
            return text;
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOpening(c)) {
                if (depth == 0 && piece.length() > 0) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                depth++;
                piece.append(mirror(c));
            } else if (isBracket(c)) {
                if (--depth < 0) {
                    return text; // a closing bracket without its opening one: leave it alone
                }
                piece.append(mirror(c));
                if (depth == 0) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
            } else {
                piece.append(depth > 0 ? mirror(c) : c);
            }
        }
        if (depth != 0) {
            return text;
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        Collections.reverse(pieces);
        return String.join("", pieces);
    }

    private static boolean isOpening(int c) {
        return c == '(' || c == '[' || c == '{';
    }

    private static boolean isBracket(int c) {
        return isOpening(c) || c == ')' || c == ']' || c == '}';
    }

    /** A bracket's mirror image: {@code (} for {@code )}, {@code [} for {@code ]}...; other characters as they are. */
    static char mirror(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            default -> c;
        };
    }
}
