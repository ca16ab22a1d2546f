package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void urduWithLatinBracketsGetsAFallbackRunInsteadOfEmptyBoxes() {
        String name = "جمعیت علماء اسلام (ف)";
        Font naskh = FigureFonts.forText(name, 12f, false);
        assertThat(naskh.getFamily()).isEqualTo(FigureFonts.ARABIC);
        assertThat(naskh.canDisplayUpTo(name)).as("Naskh lacks the brackets").isNotEqualTo(-1);
        assertThat(FigureText.needsMix(name, naskh)).isTrue();
        assertThat(FigureText.width(name, naskh)).isGreaterThan(FigureText.width("جمعیت علماء اسلام", naskh));

        // drawn, the brackets are ink: compare with the name without them
        Font large = FigureFonts.forText(name, 24f, false);
        assertThat(ink(name, large)).isGreaterThan(ink("جمعیت علماء اسلام ف", large) + 20);
    }

    @Test
    void textOneFontCanShowIsNotMixed() {
        assertThat(FigureText.needsMix("MQM-P (Pakistan)", FigureFonts.regular(12)))
                .isFalse();
        assertThat(FigureText.needsMix("عوامی نیشنل پارٹی", FigureFonts.forText("عوامی", 12, false)))
                .isFalse();
    }

    @Test
    void wrapAndFitKeepWithinTheWidth() {
        Font f = FigureFonts.regular(11);
        for (String line :
                FigureText.wrap("Data: Aiwan-e-Jamhoor (CC-BY-4.0); ARY News; The Nation; The News", f, 120)) {
            assertThat(FigureText.width(line, f)).isLessThanOrEqualTo(120);
        }
        String cut = FigureText.fit("Muttahida Qaumi Movement – Pakistan", f, 80);
        assertThat(cut).endsWith("\u2026");
        assertThat(FigureText.width(cut, f)).isLessThanOrEqualTo(80);
    }

    private static int ink(String text, Font font) {
        BufferedImage img = new BufferedImage(400, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 60);
        g.setColor(Color.BLACK);
        FigureText.draw(g, text, font, 10, 40);
        g.dispose();
        int n = 0;
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 400; x++) {
                if ((img.getRGB(x, y) & 0xff) < 250) {
                    n++;
                }
            }
        }
        return n;
    }
}
