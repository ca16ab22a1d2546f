package org.allianceexplorer.figure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every figure uses, bundled (Noto Sans, Noto Naskh Arabic; SIL OFL 1.1) so that a figure looks
 * the same on every machine and Urdu has glyphs. Text in Arabic script gets the Naskh face.
 */
public final class FigureFonts {

    public static final String SANS = "Noto Sans";
    public static final String ARABIC = "Noto Naskh Arabic";

    private static final Font REGULAR = load("NotoSans-Regular.ttf");
    private static final Font BOLD = load("NotoSans-Bold.ttf");
    private static final Font NASKH = load("NotoNaskhArabic-Regular.ttf");

    private FigureFonts() {}

    private static Font load(String file) {
        try (InputStream in = FigureFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + file);
            }
            Font f = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad font " + file, e);
        }
    }

    public static Font regular(float size) {
        return family(SANS, Font.PLAIN, REGULAR, size);
    }

    /** The Bold face, as a bold style of the family, so SVG says font-weight bold and PDF embeds the Bold face. */
    public static Font bold(float size) {
        return family(SANS, Font.BOLD, BOLD, size);
    }

    /** The registered family in that style; the loaded face itself if the family did not resolve to it. */
    private static Font family(String family, int style, Font face, float size) {
        Font f = new Font(family, style, 1).deriveFont(size);
        return f.getPSName().equals(face.getPSName()) ? f : face.deriveFont(Font.PLAIN, size);
    }

    /** The font for {@code text}: Naskh for Arabic script, else Noto Sans (bold if asked). */
    public static Font forText(String text, float size, boolean bold) {
        if (hasArabic(text)) {
            return family(ARABIC, Font.PLAIN, NASKH, size);
        }
        return bold ? bold(size) : regular(size);
    }

    /** True when the text has Arabic-script letters (Urdu, Sindhi, Pashto...). */
    public static boolean hasArabic(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Where the bundled font files are, for exporters that embed them (PDF). */
    public static InputStream open(String file) {
        return FigureFonts.class.getResourceAsStream("fonts/" + file);
    }
}
