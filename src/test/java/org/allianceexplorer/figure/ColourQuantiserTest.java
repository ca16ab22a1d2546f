package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The palette of a GIF frame: exact for few colours, close for many, never more than asked. */
class ColourQuantiserTest {

    @Test
    void fewColoursAreKeptExactly() {
        ColourQuantiser q = new ColourQuantiser();
        int[] colours = {0xFFFFFF, 0x1F2328, 0xD62728, 0x0969DA, 0x000000};
        for (int i = 0; i < 1000; i++) {
            q.add(colours[i % colours.length] | 0xFF000000);
        }
        int[] palette = q.palette(255);
        assertThat(palette).containsExactlyInAnyOrder(colours);
        for (int c : colours) {
            assertThat(palette[q.index(c)]).isEqualTo(c);
        }
    }

    @Test
    void manyColoursGetAPaletteOfTheSizeAskedAndStayClose() {
        ColourQuantiser q = new ColourQuantiser();
        Random r = new Random(7);
        int[] pixels = new int[50_000];
        for (int i = 0; i < pixels.length; i++) {
            // mostly white, with the blends of two party colours towards it (anti-aliased edges)
            int c = i % 4 != 0 ? 0xFFFFFF : blend(i % 8 == 0 ? 0xD62728 : 0x2CA02C, 0xFFFFFF, r.nextDouble());
            pixels[i] = c;
            q.add(c);
        }
        assertThat(q.colours()).isGreaterThan(256);
        int[] palette = q.palette(255);
        assertThat(palette).hasSizeLessThanOrEqualTo(255).contains(0xFFFFFF);
        long sum = 0;
        int worst = 0;
        for (int p : pixels) {
            int d = distance(p, palette[q.index(p)]);
            sum += d;
            worst = Math.max(worst, d);
        }
        assertThat(palette[q.index(0xFFFFFF)]).isEqualTo(0xFFFFFF);
        assertThat(sum / (double) pixels.length).isLessThan(1.0);
        assertThat(worst).isLessThan(12);
    }

    private static int blend(int a, int b, double t) {
        int out = 0;
        for (int s = 0; s < 24; s += 8) {
            int v = (int) Math.round(((a >> s) & 0xFF) * (1 - t) + ((b >> s) & 0xFF) * t);
            out |= v << s;
        }
        return out;
    }

    /** The largest difference of a channel. */
    private static int distance(int a, int b) {
        int d = 0;
        for (int s = 0; s < 24; s += 8) {
            d = Math.max(d, Math.abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)));
        }
        return d;
    }
}
