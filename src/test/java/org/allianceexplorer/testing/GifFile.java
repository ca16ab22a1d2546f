package org.allianceexplorer.testing;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/**
 * An animated GIF read back with the JDK's reader: its size, and per frame the delay, the rectangle it covers,
 * its disposal and whether it loops; {@link #eachShown} composes the frames as a viewer shows them.
 */
public record GifFile(int width, int height, List<Frame> frames, boolean loopsForever) {

    /** One image of the file: where it goes, how long it shows (hundredths of a second), how it is disposed. */
    public record Frame(int x, int y, int width, int height, int delay, String disposal, boolean transparent) {}

    public static GifFile read(Path file) throws IOException {
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            r.setInput(in);
            int n = r.getNumImages(true);
            IIOMetadataNode stream = (IIOMetadataNode) r.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = child(stream, "LogicalScreenDescriptor");
            List<Frame> frames = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < n; i++) {
                IIOMetadataNode m = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode d = child(m, "ImageDescriptor");
                IIOMetadataNode c = child(m, "GraphicControlExtension");
                frames.add(new Frame(
                        integer(d, "imageLeftPosition"),
                        integer(d, "imageTopPosition"),
                        integer(d, "imageWidth"),
                        integer(d, "imageHeight"),
                        c == null ? 0 : integer(c, "delayTime"),
                        c == null ? "none" : c.getAttribute("disposalMethod"),
                        c != null && "TRUE".equalsIgnoreCase(c.getAttribute("transparentColorFlag"))));
                IIOMetadataNode apps = child(m, "ApplicationExtensions");
                if (apps != null) {
                    for (int k = 0; k < apps.getLength(); k++) {
                        IIOMetadataNode a = (IIOMetadataNode) apps.item(k);
                        byte[] data = (byte[]) a.getUserObject();
                        if ("NETSCAPE".equals(a.getAttribute("applicationID"))
                                && "2.0".equals(a.getAttribute("authenticationCode"))
                                && data != null
                                && data.length == 3
                                && data[0] == 1
                                && data[1] == 0
                                && data[2] == 0) {
                            loops = true;
                        }
                    }
                }
            }
            return new GifFile(
                    integer(screen, "logicalScreenWidth"), integer(screen, "logicalScreenHeight"), frames, loops);
        } finally {
            r.dispose();
        }
    }

    /**
     * Hands each frame as a viewer shows it (every frame drawn over the ones before, which this writer never
     * disposes), in order; the image is reused, copy it to keep it.
     */
    public static void eachShown(Path file, Consumer<BufferedImage> shown) throws IOException {
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            r.setInput(in);
            GifFile gif = read(file);
            BufferedImage canvas = new BufferedImage(gif.width(), gif.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = canvas.createGraphics();
            try {
                for (int i = 0; i < gif.frames().size(); i++) {
                    Frame f = gif.frames().get(i);
                    g.drawImage(r.read(i), f.x(), f.y(), null);
                    shown.accept(canvas);
                }
            } finally {
                g.dispose();
            }
        } finally {
            r.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        return null;
    }

    private static int integer(IIOMetadataNode n, String attribute) {
        return Integer.parseInt(n.getAttribute(attribute));
    }
}
