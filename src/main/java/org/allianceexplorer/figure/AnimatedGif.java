package org.allianceexplorer.figure;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.allianceexplorer.data.Cancellation;
import org.allianceexplorer.io.AtomicFile;

/**
 * Writes an animation as an animated GIF with the JDK's GIF writer: each frame painted by {@link
 * FigureExporter#image} exactly as a PNG export paints it, reduced to a palette of its own ({@link
 * ColourQuantiser}), shown for {@code 1/fps} seconds, the whole looping for ever (the NETSCAPE2.0 extension).
 *
 * <p>Frames are painted and written one at a time: only the frame being written and the one before it are held.
 * After the first, a frame stores only the rectangle that changed, with the pixels that did not change left
 * transparent over the frame before (a still legend, title and credits cost nothing), which keeps a 200-frame
 * animation a few megabytes. The file appears whole or not at all ({@link AtomicFile}); the job stops between
 * frames when cancelled, leaving no file.
 */
public final class AnimatedGif {

    /** Frames per second: 1 to {@value #MAX_FPS}. */
    public static final int MAX_FPS = 30;

    /** The default frames per second. */
    public static final int DEFAULT_FPS = 2;

    /** The narrowest animation (CSS px): below it, a 16:9 frame leaves the graph little room under title and legend. */
    public static final int MIN_WIDTH = 480;

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {}

    /** Refuses a frame rate out of range, with the range in the message. */
    public static int checkFps(int fps) {
        if (fps < 1 || fps > MAX_FPS) {
            throw new IllegalArgumentException("frames per second must be 1 to " + MAX_FPS + ": " + fps);
        }
        return fps;
    }

    /** The delay of a frame in the GIF's unit (hundredths of a second). */
    public static int delay(int fps) {
        return Math.max(1, Math.round(100f / checkFps(fps)));
    }

    /**
     * Writes the animation: frames {@code size.width()} wide and {@link FigureAnimation#height} high (user units,
     * times {@code size.scale()} in pixels), {@code fps} frames a second.
     */
    public static void write(
            FigureAnimation animation, Path out, FigureExporter.Size size, int fps, FigureAnimation.Progress progress)
            throws AtomicFile.OutputException {
        checkFps(fps);
        AtomicFile.write(out, stream -> writeTo(animation, stream, size, fps, progress));
    }

    static void writeTo(
            FigureAnimation animation,
            OutputStream out,
            FigureExporter.Size size,
            int fps,
            FigureAnimation.Progress progress)
            throws IOException {
        double w = size.width();
        double h = Math.ceil(animation.height(w));
        int frames = animation.days().size();
        ImageWriter writer = FigureExporter.imageWriter("gif");
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            writer.prepareWriteSequence(writer.getDefaultStreamMetadata(param));
            int[] before = null;
            for (int i = 0; i < frames; i++) {
                Cancellation.check();
                progress.frame(i + 1, frames);
                BufferedImage img = FigureExporter.image(animation.frame(i), w, h, size.scale(), FigureStyle.print());
                int[] now = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
                Frame f = before == null
                        ? whole(now, img.getWidth(), img.getHeight())
                        : changes(before, now, img.getWidth(), img.getHeight());
                writer.writeToSequence(f.image(writer, param, delay(fps), i == 0), param);
                before = now;
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** One frame as written: the rectangle it covers, its palette and pixels; {@code transparent} or -1. */
    private record Frame(Rectangle area, int[] palette, byte[] pixels, int transparent) {

        IIOImage image(ImageWriter writer, ImageWriteParam param, int delay, boolean first) throws IOException {
            int n = palette.length + (transparent >= 0 ? 1 : 0);
            byte[] r = new byte[n];
            byte[] g = new byte[n];
            byte[] b = new byte[n];
            for (int i = 0; i < palette.length; i++) {
                r[i] = (byte) (palette[i] >> 16);
                g[i] = (byte) (palette[i] >> 8);
                b[i] = (byte) palette[i];
            }
            IndexColorModel cm = transparent >= 0
                    ? new IndexColorModel(8, n, r, g, b, transparent)
                    : new IndexColorModel(8, n, r, g, b);
            WritableRaster raster = Raster.createInterleavedRaster(
                    new DataBufferByte(pixels, pixels.length),
                    area.width,
                    area.height,
                    area.width,
                    1,
                    new int[] {0},
                    null);
            BufferedImage img = new BufferedImage(cm, raster, false, null);
            // not createFromRenderedImage: for a TYPE_BYTE_INDEXED image it gives that type's default palette, not ours
            IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
            IIOMetadataNode root = new IIOMetadataNode(FORMAT);
            IIOMetadataNode descriptor = new IIOMetadataNode("ImageDescriptor");
            descriptor.setAttribute("imageLeftPosition", Integer.toString(area.x));
            descriptor.setAttribute("imageTopPosition", Integer.toString(area.y));
            descriptor.setAttribute("imageWidth", Integer.toString(area.width));
            descriptor.setAttribute("imageHeight", Integer.toString(area.height));
            descriptor.setAttribute("interlaceFlag", "FALSE");
            root.appendChild(descriptor);
            IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
            // each frame is drawn over the one before: what did not change is left transparent
            control.setAttribute("disposalMethod", "doNotDispose");
            control.setAttribute("userInputFlag", "FALSE");
            control.setAttribute("transparentColorFlag", transparent >= 0 ? "TRUE" : "FALSE");
            control.setAttribute("delayTime", Integer.toString(delay));
            control.setAttribute("transparentColorIndex", Integer.toString(Math.max(0, transparent)));
            root.appendChild(control);
            if (first) {
                IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
                IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                loop.setAttribute("applicationID", "NETSCAPE");
                loop.setAttribute("authenticationCode", "2.0");
                // sub-block 1: loop count, 0 = for ever
                loop.setUserObject(new byte[] {1, 0, 0});
                apps.appendChild(loop);
                root.appendChild(apps);
            }
            meta.mergeTree(FORMAT, root);
            return new IIOImage(img, null, meta);
        }
    }

    /** The first frame: every pixel. */
    private static Frame whole(int[] now, int width, int height) {
        ColourQuantiser q = new ColourQuantiser();
        for (int p : now) {
            q.add(p);
        }
        int[] palette = q.palette(256);
        byte[] pixels = new byte[now.length];
        for (int i = 0; i < now.length; i++) {
            pixels[i] = (byte) q.index(now[i]);
        }
        return new Frame(new Rectangle(0, 0, width, height), palette, pixels, -1);
    }

    /**
     * A later frame: the rectangle around the pixels that changed since {@code before}, unchanged pixels in it
     * transparent (they show the frame before); one transparent pixel when nothing changed.
     */
    private static Frame changes(int[] before, int[] now, int width, int height) {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (((before[row + x] ^ now[row + x]) & 0xFFFFFF) != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        if (maxX < 0) {
            return new Frame(new Rectangle(0, 0, 1, 1), new int[] {0xFFFFFF}, new byte[] {1}, 1);
        }
        Rectangle area = new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
        ColourQuantiser q = new ColourQuantiser();
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int i = y * width + x;
                if (((before[i] ^ now[i]) & 0xFFFFFF) != 0) {
                    q.add(now[i]);
                }
            }
        }
        int[] palette = q.palette(255);
        int transparent = palette.length;
        byte[] pixels = new byte[area.width * area.height];
        int k = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int i = y * width + x;
                pixels[k++] = (byte) (((before[i] ^ now[i]) & 0xFFFFFF) != 0 ? q.index(now[i]) : transparent);
            }
        }
        return new Frame(area, palette, pixels, transparent);
    }
}
