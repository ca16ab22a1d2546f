package org.allianceexplorer.figure;

import java.util.Arrays;

/**
 * Reduces the colours of a frame to a GIF palette (256 at the most). A frame with no more colours than that
 * keeps them exactly (a figure's flat fills, text and party colours); otherwise a median cut over the frame's
 * colours, weighted by how many pixels have each, picks the palette (first splitting the most-used boxes, then
 * the widest), and each colour is drawn with its nearest palette entry. No dithering: a figure is flat fills on
 * white, and dither noise would blur its text and double the file.
 *
 * <p>Use: {@link #add} every pixel to be encoded, then {@link #palette}, then {@link #index} for each of them.
 * Colours are {@code 0xRRGGBB}; alpha is ignored (frames are painted opaque).
 */
final class ColourQuantiser {

    /** Weights of red, green and blue in the distance between colours (the eye is most sensitive to green). */
    private static final int WR = 2;

    private static final int WG = 4;
    private static final int WB = 3;

    /** Open addressing: slot keys are colour + 1 (0 marks an empty slot), with counts and, later, palette indices. */
    private int[] keys = new int[1 << 12];

    private int[] counts = new int[1 << 12];
    private int[] mapped;
    private int size;
    private int[] palette;

    /** Counts one pixel of {@code rgb}. */
    void add(int rgb) {
        int key = (rgb & 0xFFFFFF) + 1;
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                counts[i]++;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i] = 1;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** How many different colours were added. */
    int colours() {
        return size;
    }

    /**
     * The palette for the colours added: at most {@code max} entries ({@code 0xRRGGBB}), exactly the colours added
     * when there are no more than that.
     */
    int[] palette(int max) {
        int[] colours = new int[size];
        int[] weights = new int[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                colours[n] = keys[i] - 1;
                weights[n++] = counts[i];
            }
        }
        palette = n <= max ? colours : medianCut(colours, weights, max);
        mapped = new int[keys.length];
        Arrays.fill(mapped, -1);
        return palette.clone();
    }

    /** The palette index of a colour that was added (the nearest entry; the same entry for an exact colour). */
    int index(int rgb) {
        int key = (rgb & 0xFFFFFF) + 1;
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != key) {
            if (keys[i] == 0) {
                throw new IllegalArgumentException("colour not added: " + Integer.toHexString(rgb & 0xFFFFFF));
            }
            i = (i + 1) & mask;
        }
        if (mapped[i] < 0) {
            mapped[i] = nearest(palette, rgb);
        }
        return mapped[i];
    }

    static int nearest(int[] palette, int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int p = 0; p < palette.length; p++) {
            int dr = r - ((palette[p] >> 16) & 0xFF);
            int dg = g - ((palette[p] >> 8) & 0xFF);
            int db = b - (palette[p] & 0xFF);
            long d = (long) WR * dr * dr + (long) WG * dg * dg + (long) WB * db * db;
            if (d < bestD) {
                bestD = d;
                best = p;
                if (d == 0) {
                    break;
                }
            }
        }
        return best;
    }

    private static int hash(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = hash(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    // --- median cut --------------------------------------------------------------------------------------------

    /** A box of colours: the range [from, to) of the shared order, its pixel count and its widest channel. */
    private static final class Box {
        final int from;
        final int to;
        long population;
        int channel;
        int range;
        long volume;

        Box(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    private static int[] medianCut(int[] colours, int[] weights, int max) {
        Box[] boxes = new Box[max];
        int count = 1;
        boxes[0] = measure(new Box(0, colours.length), colours, weights);
        // most of the splits go where the pixels are (the frame's large areas keep their exact colours); the last
        // quarter goes to the widest boxes, so the few pixels of a rare colour (a small party's node) get one too
        int byPopulation = max * 3 / 4;
        while (count < max) {
            int pick = -1;
            for (int i = 0; i < count; i++) {
                Box b = boxes[i];
                if (b.range == 0 || b.to - b.from < 2) {
                    continue;
                }
                if (pick < 0 || priority(b, count < byPopulation) > priority(boxes[pick], count < byPopulation)) {
                    pick = i;
                }
            }
            if (pick < 0) {
                break; // every box is one colour
            }
            Box[] halves = split(boxes[pick], colours, weights);
            boxes[pick] = halves[0];
            boxes[count++] = halves[1];
        }
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = mean(boxes[i], colours, weights);
        }
        return out;
    }

    private static double priority(Box b, boolean byPopulation) {
        return byPopulation ? b.population : (double) b.population * b.volume;
    }

    private static Box measure(Box b, int[] colours, int[] weights) {
        int[] lo = {255, 255, 255};
        int[] hi = {0, 0, 0};
        long pop = 0;
        for (int i = b.from; i < b.to; i++) {
            for (int c = 0; c < 3; c++) {
                int v = channel(colours[i], c);
                lo[c] = Math.min(lo[c], v);
                hi[c] = Math.max(hi[c], v);
            }
            pop += weights[i];
        }
        b.population = pop;
        b.volume = (long) (hi[0] - lo[0] + 1) * (hi[1] - lo[1] + 1) * (hi[2] - lo[2] + 1);
        b.channel = 0;
        b.range = -1;
        int[] weight = {WR, WG, WB};
        int best = -1;
        for (int c = 0; c < 3; c++) {
            int w = (hi[c] - lo[c]) * weight[c];
            if (w > best) {
                best = w;
                b.channel = c;
                b.range = hi[c] - lo[c];
            }
        }
        return b;
    }

    /** Sorts the box by its widest channel and cuts it where half its pixels lie on either side. */
    private static Box[] split(Box b, int[] colours, int[] weights) {
        int n = b.to - b.from;
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            // channel value, then the colour's place (to carry its weight along)
            order[i] = ((long) channel(colours[b.from + i], b.channel) << 32) | (b.from + i);
        }
        Arrays.sort(order);
        int[] c = new int[n];
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            int at = (int) order[i];
            c[i] = colours[at];
            w[i] = weights[at];
        }
        System.arraycopy(c, 0, colours, b.from, n);
        System.arraycopy(w, 0, weights, b.from, n);
        long half = b.population / 2;
        long sum = 0;
        int cut = b.from + 1;
        for (int i = b.from; i < b.to - 1; i++) {
            sum += weights[i];
            cut = i + 1;
            if (sum >= half) {
                break;
            }
        }
        // never cut inside a run of one value on the channel: move to the run's end, or else to its start
        int median = cut;
        while (cut < b.to && sameOn(colours, cut, b.channel)) {
            cut++;
        }
        if (cut == b.to) {
            cut = median;
            while (cut > b.from + 1 && sameOn(colours, cut, b.channel)) {
                cut--;
            }
        }
        return new Box[] {measure(new Box(b.from, cut), colours, weights), measure(new Box(cut, b.to), colours, weights)
        };
    }

    private static boolean sameOn(int[] colours, int i, int channel) {
        return channel(colours[i], channel) == channel(colours[i - 1], channel);
    }

    private static int mean(Box b, int[] colours, int[] weights) {
        long r = 0;
        long g = 0;
        long bl = 0;
        long total = 0;
        for (int i = b.from; i < b.to; i++) {
            long w = weights[i];
            r += channel(colours[i], 0) * w;
            g += channel(colours[i], 1) * w;
            bl += channel(colours[i], 2) * w;
            total += w;
        }
        total = Math.max(1, total);
        return (int) ((r + total / 2) / total) << 16
                | (int) ((g + total / 2) / total) << 8
                | (int) ((bl + total / 2) / total);
    }

    private static int channel(int rgb, int c) {
        return (rgb >> (16 - 8 * c)) & 0xFF;
    }
}
