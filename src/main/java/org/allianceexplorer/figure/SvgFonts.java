package org.allianceexplorer.figure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The {@code @font-face} rules that embed the bundled fonts in an SVG, so it shows the same text on a
 * machine without them. Noto Sans is subset to the characters used; Noto Naskh Arabic is embedded whole,
 * because Arabic shaping needs the contextual glyph forms a subset would lose.
 */
final class SvgFonts {

    private SvgFonts() {}

    /** CSS for the fonts needed by {@code text} (all text of the figure). */
    static String css(String text) throws IOException {
        Set<Integer> codePoints = new TreeSet<>();
        text.codePoints().forEach(codePoints::add);
        codePoints.add((int) ' ');
        StringBuilder css = new StringBuilder();
        css.append(face(FigureFonts.SANS, "normal", subset("NotoSans-Regular.ttf", codePoints)));
        css.append(face(FigureFonts.SANS, "bold", subset("NotoSans-Bold.ttf", codePoints)));
        if (FigureFonts.hasArabic(text)) {
            css.append(face(FigureFonts.ARABIC, "normal", whole("NotoNaskhArabic-Regular.ttf")));
        }
        return css.toString();
    }

    private static String face(String family, String weight, byte[] ttf) {
        return "@font-face{font-family:'" + family + "';font-weight:" + weight + ";src:url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(ttf) + ") format('truetype');}\n";
    }

    private static byte[] whole(String file) throws IOException {
        try (InputStream in = FigureFonts.open(file)) {
            return in.readAllBytes();
        }
    }

    private static byte[] subset(String file, Set<Integer> codePoints) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(whole(file)))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }
}
