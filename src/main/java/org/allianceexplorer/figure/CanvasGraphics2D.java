package org.allianceexplorer.figure;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.jfree.fx.FXGraphics2D;

/**
 * The {@link java.awt.Graphics2D} every on-screen figure is painted through: FXGraphics2D onto a JavaFX
 * {@code Canvas}, except that text is drawn with exactly the face and size the painter measured with
 * ({@link FigureText}). FXGraphics2D 2.1 hands the canvas the AWT font's whole-point size
 * ({@code getSize()}: 11.5 becomes 12), picks the weight from the style bit only (the bundled Bold face
 * derived as plain came out regular) and asks for the family by name (a system font may stand in), so
 * on-screen text came out wider than laid out and ran past its room. Here the bundled Noto faces are
 * loaded into JavaFX once and each string is drawn with the matching JavaFX font at the fractional size.
 */
public class CanvasGraphics2D extends FXGraphics2D {

    private static final String[] FILES = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoNaskhArabic-Regular.ttf"};
    /** Full names of the loaded faces (regular, bold, naskh); {@code null} where loading failed. */
    private static final String[] NAMES = new String[FILES.length];

    private static final Map<String, javafx.scene.text.Font> CACHE = new ConcurrentHashMap<>();

    static {
        for (int i = 0; i < FILES.length; i++) {
            try (InputStream in = FigureFonts.open(FILES[i])) {
                javafx.scene.text.Font f = in == null ? null : javafx.scene.text.Font.loadFont(in, 12);
                NAMES[i] = f == null ? null : f.getName();
            } catch (IOException e) {
                NAMES[i] = null; // a system font stands in; text may then be a little wider than laid out
            }
        }
    }

    private final GraphicsContext gc;

    public CanvasGraphics2D(GraphicsContext gc) {
        super(gc);
        this.gc = gc;
    }

    /** Loads the bundled fonts into JavaFX (done once, on first use of this class). */
    public static void loadFonts() {
        // the static initialiser does the work
    }

    /** The JavaFX font that draws as {@code font} measures: same face, same fractional size. */
    public static javafx.scene.text.Font fxFont(Font font) {
        String key = font.getFontName() + "\u0000" + font.getStyle() + "\u0000" + font.getSize2D();
        return CACHE.computeIfAbsent(key, k -> map(font));
    }

    private static javafx.scene.text.Font map(Font font) {
        double size = font.getSize2D();
        String family = font.getFamily(Locale.ROOT);
        boolean bold = font.isBold()
                || font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("bold");
        String face = null;
        if (FigureFonts.SANS.equals(family)) {
            face = bold ? NAMES[1] : NAMES[0];
        } else if (FigureFonts.ARABIC.equals(family)) {
            face = NAMES[2];
        }
        if (face != null) {
            return new javafx.scene.text.Font(face, size);
        }
        return javafx.scene.text.Font.font(
                family,
                bold ? FontWeight.BOLD : FontWeight.NORMAL,
                font.isItalic() ? FontPosture.ITALIC : FontPosture.REGULAR,
                size);
    }

    @Override
    public void drawString(String s, float x, float y) {
        if (s == null) {
            throw new NullPointerException("Null 'str' argument.");
        }
        // FXGraphics2D re-applies its rounded font on every clip change, so set ours right before drawing
        gc.setFont(fxFont(getFont()));
        super.drawString(s, x, y);
    }

    @Override
    public void drawString(String s, int x, int y) {
        drawString(s, (float) x, (float) y);
    }
}
