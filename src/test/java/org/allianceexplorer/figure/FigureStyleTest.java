package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Contrast, outlines for fills that would vanish into the background, dark or light, blending, inks. */
class FigureStyleTest {

    @Test
    void contrastIsTheWcagRatio() {
        assertThat(FigureStyle.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, Offset.offset(0.01));
        assertThat(FigureStyle.contrast(Color.WHITE, Color.BLACK)).isCloseTo(21, Offset.offset(0.01));
        assertThat(FigureStyle.contrast(new Color(0x777777), new Color(0x777777)))
                .isEqualTo(1);
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

    @Test
    void theDarkStyleIsDarkAndTheLightOneIsNot() {
        assertThat(FigureStyle.DARK.isDark()).isTrue();
        assertThat(FigureStyle.LIGHT.isDark()).isFalse();
        assertThat(FigureStyle.print().isDark()).isFalse();
    }

    @Test
    void blendingMixesTowardTheGround() {
        Color red = new Color(0xFF0000);
        assertThat(FigureStyle.blend(red, Color.WHITE, 1)).isEqualTo(red);
        assertThat(FigureStyle.blend(red, Color.WHITE, 0)).isEqualTo(Color.WHITE);
        assertThat(FigureStyle.blend(red, Color.BLACK, 0.5)).isEqualTo(new Color(128, 0, 0));
        // a translucent colour over a ground is the same mix, by its alpha
        assertThat(FigureStyle.over(FigureStyle.withAlpha(red, 51), Color.BLACK))
                .isEqualTo(FigureStyle.blend(red, Color.BLACK, 0.2));
        assertThat(FigureStyle.withAlpha(red, 51).getAlpha()).isEqualTo(51);
    }

    @Test
    void anInkResolvesAgainstTheStyleItIsPaintedWith() {
        assertThat(Ink.MUTED.resolve(FigureStyle.LIGHT)).isEqualTo(FigureStyle.LIGHT.muted());
        assertThat(Ink.MUTED.resolve(FigureStyle.DARK)).isEqualTo(FigureStyle.DARK.muted());
        Ink themed = new Ink.Themed(Color.BLUE, Color.CYAN);
        assertThat(themed.resolve(FigureStyle.LIGHT)).isEqualTo(Color.BLUE);
        assertThat(themed.resolve(FigureStyle.DARK)).isEqualTo(Color.CYAN);
        assertThat(Ink.of(Color.RED).resolve(FigureStyle.DARK)).isEqualTo(Color.RED);
        // one legend entry serves both themes; without a colour it is the foreground
        LegendEntry key = new LegendEntry("no colour", Ink.MUTED, LegendEntry.Swatch.HATCHED_BOX);
        assertThat(key.colour(FigureStyle.DARK)).isEqualTo(FigureStyle.DARK.muted());
        assertThat(key.colour()).isEqualTo(FigureStyle.print().muted());
        assertThat(new LegendEntry("plain", (Color) null, LegendEntry.Swatch.LINE).colour(FigureStyle.DARK))
                .isEqualTo(FigureStyle.DARK.foreground());
    }
}
