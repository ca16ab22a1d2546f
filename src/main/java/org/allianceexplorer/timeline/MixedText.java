package org.allianceexplorer.timeline;

import java.awt.Graphics2D;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureText;

/**
 * Text in the font that suits it: native-script names (Urdu) whose characters one font does not all have
 * (the Naskh face lacks Latin parentheses) are laid out by {@link FigureText} with a font per run.
 */
final class MixedText {

    private MixedText() {
    }

    static double width(String text, float size) {
        return FigureText.width(text, FigureFonts.forText(text, size, false));
    }

    static void draw(Graphics2D g, String text, float size, double x, double y) {
        FigureText.draw(g, text, FigureFonts.forText(text, size, false), x, y);
    }
}
