package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.allianceexplorer.data.Cancellation;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.testing.GifFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The animated GIF: frames, timing, looping, what a viewer sees, streaming, cancellation. */
public class AnimatedGifTest {

    @TempDir
    Path dir;

    /**
     * A disc moving right on a colour gradient (thousands of colours, so the palette must be chosen), under the
     * frame's title, stamp, legend and credits; frames 2 and 3 are the same picture. Records which frames were
     * asked for.
     */
    public static class Moving implements FigureAnimation {
        final List<LocalDate> days = new ArrayList<>();
        final List<Integer> asked = new ArrayList<>();

        public Moving(int frames) {
            for (int i = 0; i < frames; i++) {
                days.add(LocalDate.of(2024, 1, 1).plusWeeks(i));
            }
        }

        @Override
        public List<LocalDate> days() {
            return days;
        }

        @Override
        public double height(double width) {
            return width * 9 / 16;
        }

        @Override
        public String subject() {
            return "a moving disc";
        }

        @Override
        public Figure frame(int index) {
            asked.add(index);
            int step = index == 3 ? 2 : index;
            String stamp = "As of " + PartialDate.of(days.get(step)).display();
            return new Figure() {
                @Override
                public FigureInfo info() {
                    return new FigureInfo(
                            "A disc on the move",
                            "frame by frame",
                            stamp,
                            List.of(new LegendEntry("disc", new Color(0xD62728), LegendEntry.Swatch.DOT)),
                            List.of("Source: a test."));
                }

                @Override
                public double bodyHeight(double width) {
                    return 200;
                }

                @Override
                public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
                    Rectangle2D strip = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), 30);
                    g.setPaint(new GradientPaint(
                            (float) area.getX(),
                            0,
                            new Color(0x0969DA),
                            (float) area.getMaxX(),
                            0,
                            new Color(0xF5A623)));
                    g.fill(strip);
                    g.setColor(new Color(0xD62728));
                    g.fill(new Ellipse2D.Double(area.getX() + 20 + 40 * step, area.getY() + 50, 40, 40));
                }
            };
        }
    }

    @Test
    void framesHaveTheirDelayTheirSizeAndLoopForEver() throws Exception {
        Path out = dir.resolve("a.gif");
        Moving a = new Moving(6);
        AnimatedGif.write(a, out, new FigureExporter.Size(480, 1), 5, FigureAnimation.Progress.NONE);
        GifFile gif = GifFile.read(out);
        assertThat(gif.width()).isEqualTo(480);
        assertThat(gif.height()).isEqualTo(270);
        assertThat(gif.frames()).hasSize(6);
        assertThat(gif.frames()).allSatisfy(f -> assertThat(f.delay()).isEqualTo(20));
        assertThat(gif.loopsForever()).isTrue();
        // the first frame is whole; the later ones only what changed, the rest left transparent over it
        assertThat(gif.frames().get(0)).isEqualTo(new GifFile.Frame(0, 0, 480, 270, 20, "doNotDispose", false));
        GifFile.Frame second = gif.frames().get(1);
        assertThat(second.transparent()).isTrue();
        assertThat(second.width() * second.height()).isLessThan(480 * 270 / 2);
        // frame 3 is frame 2 again: one transparent pixel keeps its time
        assertThat(gif.frames().get(3).width() * gif.frames().get(3).height()).isEqualTo(1);
        // painted one at a time, in order
        assertThat(a.asked).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void eachFrameShowsWhatThePngExportPaints() throws Exception {
        Path out = dir.resolve("b.gif");
        Moving a = new Moving(5);
        AnimatedGif.write(a, out, new FigureExporter.Size(480, 1), 2, FigureAnimation.Progress.NONE);
        List<double[]> errors = new ArrayList<>();
        int[] index = {0};
        GifFile.eachShown(out, shown -> {
            BufferedImage painted = FigureExporter.image(a.frame(index[0]++), 480, 270, 1, FigureStyle.print());
            errors.add(difference(painted, shown));
        });
        assertThat(errors).hasSize(5);
        for (double[] e : errors) {
            // a palette of 256 for a gradient of hundreds of colours: close everywhere, never far off
            assertThat(e[0]).as("mean error").isLessThan(0.5);
            assertThat(e[1]).as("largest error").isLessThan(32);
        }
    }

    @Test
    void theDelayFollowsTheFrameRate() throws Exception {
        assertThat(AnimatedGif.delay(1)).isEqualTo(100);
        assertThat(AnimatedGif.delay(2)).isEqualTo(50);
        assertThat(AnimatedGif.delay(30)).isEqualTo(3);
        Path out = dir.resolve("c.gif");
        AnimatedGif.write(new Moving(2), out, new FigureExporter.Size(480, 1), 1, FigureAnimation.Progress.NONE);
        assertThat(GifFile.read(out).frames())
                .allSatisfy(f -> assertThat(f.delay()).isEqualTo(100));
        assertThatThrownBy(() -> AnimatedGif.write(
                        new Moving(2),
                        dir.resolve("d.gif"),
                        new FigureExporter.Size(480, 1),
                        0,
                        FigureAnimation.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 30");
        assertThat(dir.resolve("d.gif")).doesNotExist();
    }

    @Test
    void theScaleMultipliesThePixels() throws Exception {
        Path out = dir.resolve("s.gif");
        AnimatedGif.write(new Moving(2), out, new FigureExporter.Size(480, 2), 2, FigureAnimation.Progress.NONE);
        GifFile gif = GifFile.read(out);
        assertThat(gif.width()).isEqualTo(960);
        assertThat(gif.height()).isEqualTo(540);
    }

    @Test
    void aCancelledJobLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path out = dir.resolve("e.gif");
        Files.writeString(out, "the old file");
        Cancellation token = new Cancellation();
        List<Integer> told = new ArrayList<>();
        assertThatThrownBy(() -> Cancellation.runWith(token, () -> {
                    AnimatedGif.write(new Moving(8), out, new FigureExporter.Size(480, 1), 2, (frame, frames) -> {
                        told.add(frame);
                        if (frame == 3) {
                            token.cancel(); // the user pressed Cancel while frame 3 was on its way
                        }
                    });
                    return null;
                }))
                .isInstanceOf(CancellationException.class);
        // stopped before painting frame 4
        assertThat(told).containsExactly(1, 2, 3);
        assertThat(Files.readString(out)).isEqualTo("the old file");
        assertThat(files()).containsExactly("e.gif");
    }

    @Test
    void aFailingFrameLeavesNoFile() throws Exception {
        Path out = dir.resolve("f.gif");
        Moving broken = new Moving(4) {
            @Override
            public Figure frame(int index) {
                if (index == 2) {
                    throw new IllegalStateException("no frame 2");
                }
                return super.frame(index);
            }
        };
        assertThatThrownBy(() -> AnimatedGif.write(
                        broken, out, new FigureExporter.Size(480, 1), 2, FigureAnimation.Progress.NONE))
                .hasMessageContaining("no frame 2");
        assertThat(files()).isEmpty();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Mean and largest difference of any channel, 0 to 255. */
    static double[] difference(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        double sum = 0;
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int s = 0; s < 24; s += 8) {
                    int d = Math.abs(((p >> s) & 0xFF) - ((q >> s) & 0xFF));
                    sum += d;
                    max = Math.max(max, d);
                }
            }
        }
        return new double[] {sum / (3.0 * a.getWidth() * a.getHeight()), max};
    }
}
