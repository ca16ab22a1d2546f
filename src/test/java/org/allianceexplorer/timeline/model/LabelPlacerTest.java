package org.allianceexplorer.timeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Random;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureText;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Greedy placement: no two labels overlap, none leaves the view; what does not fit is shortened or dropped. */
class LabelPlacerTest {

    private static final Font FONT = FigureFonts.regular(10.5f);

    @Test
    void manyCrowdedLabelsNeverOverlapNorLeaveTheView() {
        Rectangle2D view = new Rectangle2D.Double(50, 20, 800, 300);
        LabelPlacer p = new LabelPlacer(view, 3);
        Random r = new Random(42);
        String[] words = {
            "MQM-P",
            "ANP for MQM-P",
            "Pakistan general election 2024",
            "denied 10 Jan",
            "MQM-P delegation thanks ANP at Mardan House",
            "عوامی نیشنل پارٹی",
            "PS-88"
        };
        int placed = 0;
        int shortened = 0;
        for (int i = 0; i < 1500; i++) {
            double x = 20 + r.nextDouble() * 860;
            double y = 10 + r.nextDouble() * 320;
            String text = words[r.nextInt(words.length)];
            Font f = FigureFonts.forText(text, 10.5f, false);
            LabelPlacer.Placed l = p.place(
                    List.of(text),
                    f,
                    List.of(
                            new LabelPlacer.Spot(x, y, LabelPlacer.Align.LEFT),
                            new LabelPlacer.Spot(x, y, LabelPlacer.Align.RIGHT)),
                    4,
                    i);
            if (l != null) {
                placed++;
                shortened += l.text().endsWith("\u2026") ? 1 : 0;
            }
        }
        assertThat(placed).isBetween(30, 1499);
        assertThat(shortened).isPositive();
        List<LabelPlacer.Placed> all = p.placed();
        for (int i = 0; i < all.size(); i++) {
            Rectangle2D a = all.get(i).bounds();
            assertThat(view.contains(a)).as(all.get(i).text()).isTrue();
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(a.intersects(all.get(j).bounds()))
                        .as(all.get(i).text() + " / " + all.get(j).text())
                        .isFalse();
            }
        }
    }

    @Test
    void aLabelThatFitsNowhereIsShortenedToTheFreeRoomOrDropped() {
        LabelPlacer p = new LabelPlacer(new Rectangle2D.Double(0, 0, 300, 40), 3);
        p.reserve(new Rectangle2D.Double(150, 0, 10, 40));
        LabelPlacer.Placed l = p.place(
                List.of("Muttahida Majlis-e-Amal (revived, 2017/2018)"),
                FONT,
                List.of(new LabelPlacer.Spot(10, 20, LabelPlacer.Align.LEFT)),
                4,
                null);
        assertThat(l).isNotNull();
        assertThat(l.text()).endsWith("\u2026").startsWith("Muttahida");
        assertThat(l.bounds().getMaxX()).isLessThanOrEqualTo(147);
        // no room at all: dropped
        assertThat(p.place(
                        List.of("Grand Democratic Alliance"),
                        FONT,
                        List.of(new LabelPlacer.Spot(152, 20, LabelPlacer.Align.LEFT)),
                        4,
                        null))
                .isNull();
        // a shorter alternative is preferred to cutting
        LabelPlacer.Placed alt = p.place(
                List.of("Pakistan general election 2024, 8 Feb 2024", "Polls 2024"),
                FONT,
                List.of(new LabelPlacer.Spot(170, 34, LabelPlacer.Align.LEFT)),
                4,
                null);
        assertThat(alt.text()).isEqualTo("Polls 2024");
    }

    @Test
    void urduLabelsAreMeasuredShapedRightToLeft() {
        String urdu = "متحدہ قومی موومنٹ";
        Font naskh = FigureFonts.forText(urdu, 11f, false);
        assertThat(naskh.getFamily()).isEqualTo(FigureFonts.ARABIC);
        TextLayout layout = new TextLayout(urdu, naskh, FigureText.FRC);
        assertThat(layout.isLeftToRight()).isFalse();
        LabelPlacer p = new LabelPlacer(new Rectangle2D.Double(0, 0, 400, 40), 3);
        LabelPlacer.Placed l =
                p.place(List.of(urdu), naskh, List.of(new LabelPlacer.Spot(390, 25, LabelPlacer.Align.RIGHT)), 4, null);
        assertThat(l.bounds().getWidth()).isCloseTo(layout.getAdvance(), Offset.offset(0.01));
        assertThat(l.bounds().getMaxX()).isCloseTo(390, Offset.offset(0.01));
        // the Naskh face lacks Latin parentheses: such names are laid out with a fallback run, as wide as shaped
        String withBrackets = "جمعیت علماء اسلام (ف)";
        assertThat(FigureFonts.forText(withBrackets, 11f, false).canDisplayUpTo(withBrackets))
                .isNotEqualTo(-1);
        Font naskh11 = FigureFonts.forText(withBrackets, 11f, false);
        assertThat(FigureText.width(withBrackets, naskh11))
                .isGreaterThan(FigureText.width("جمعیت علماء اسلام", naskh11));
    }
}
