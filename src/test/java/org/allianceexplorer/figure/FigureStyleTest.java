package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Contrast, and outlines for fills that would vanish into the background. */
class FigureStyleTest {

    @Test
    void contrastIsTheWcagRatio() {
        assertThat(FigureStyle.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, Offset.offset(0.01));
        assertThat(FigureStyle.contrast(Color.WHITE, Color.BLACK)).isCloseTo(21, Offset.offset(0.01));
        assertThat(FigureStyle.contrast(new Color(0x777777), new Color(0x777777))).isEqualTo(1);
        // #767676 on white is the classic 4.5:1
        assertThat(FigureStyle.contrast(new Color(0x767676), Color.WHITE)).isCloseTo(4.54, Offset.offset(0.02));
    }

    @Test
    void fillsCloseToTheBackgroundGetAnOutlineThatStandsOut() {
        Color black = new Color(0x000000);
        assertThat(FigureStyle.DARK.outlineFor(black)).isNotNull();
        assertThat(FigureStyle.DARK.outlineFor(new Color(0x10151C))).isNotNull();
        assertThat(FigureStyle.LIGHT.outlineFor(Color.WHITE)).isNotNull();
        assertThat(FigureStyle.LIGHT.outlineFor(new Color(0xF4F4F4))).isNotNull();
        for (FigureStyle s : new FigureStyle[] {FigureStyle.LIGHT, FigureStyle.DARK}) {
            Color near = s == FigureStyle.DARK ? black : Color.WHITE;
            assertThat(FigureStyle.contrast(s.outlineFor(near), s.background())).isGreaterThan(3);
        }
        // colours that show on their own are left alone
        assertThat(FigureStyle.LIGHT.outlineFor(black)).isNull();
        assertThat(FigureStyle.DARK.outlineFor(Color.WHITE)).isNull();
        assertThat(FigureStyle.DARK.outlineFor(new Color(0xFF0000))).isNull();
        assertThat(FigureStyle.LIGHT.outlineFor(new Color(0x008000))).isNull();
    }
}
