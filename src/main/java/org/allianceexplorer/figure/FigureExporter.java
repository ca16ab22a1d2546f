package org.allianceexplorer.figure;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.allianceexplorer.io.AtomicFile;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a figure to PNG, SVG or PDF through the same painter the screen uses. SVG and PDF stay vector
 * with text as text (searchable, selectable; the bundled fonts embedded in both); Arabic-script text is
 * shaped by Java2D and, in PDF, drawn as outlines so it is always joined correctly. On a page size the
 * figure is laid out at the printable width; a PDF page then holds it whole (scaled down if it is taller
 * than the page). Files appear whole or not at all.
 */
public final class FigureExporter {

    /** Size of the output: width in user units (CSS px), and for PNG a pixel scale (1 to 8). */
    public record Size(double width, double scale) {
        public Size {
            if (width < 200 || width > 20000) {
                throw new IllegalArgumentException("width must be 200 to 20000 px: " + width);
            }
            if (scale < 1 || scale > 8) {
                throw new IllegalArgumentException("scale must be 1 to 8: " + scale);
            }
        }
    }

    private FigureExporter() {}

    /** Writes the figure at {@code size.width()}, with no page (the page is the figure). */
    public static void write(Figure figure, FigureFormat format, Path out, Size size)
            throws AtomicFile.OutputException {
        write(figure, format, out, size, PageSetup.FIT);
    }

    /**
     * Writes the figure. With a paper size the layout width is the page's printable width (the width in
     * {@code size} is then ignored) and a PNG's scale is the page's resolution (dpi / 96).
     */
    public static void write(Figure figure, FigureFormat format, Path out, Size size, PageSetup page)
            throws AtomicFile.OutputException {
        AtomicFile.write(out, stream -> writeTo(figure, format, stream, size, page));
    }

    /** Writes to a stream (the bundle writes several files through this). */
    static void writeTo(Figure figure, FigureFormat format, OutputStream stream, Size size, PageSetup page)
            throws IOException {
        double w = page.fit() ? size.width() : page.contentWidthPx();
        double h = Math.ceil(FigureFrame.height(figure, w));
        switch (format) {
            case PNG -> png(figure, w, h, page, page.fit() ? size.scale() : page.pngScale(), stream);
            case SVG -> svg(figure, w, h, stream);
            case PDF -> pdf(figure, w, h, page, stream);
        }
    }

    /** The figure as an SVG document at {@code width} (Copy figure puts it beside the image). */
    public static String svg(Figure figure, double width) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        svg(figure, width, Math.ceil(FigureFrame.height(figure, width)), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Paints a figure into an image (for PNG and for tests). */
    public static BufferedImage image(Figure figure, double width, double height, double scale, FigureStyle style) {
        return image(figure, width, height, 0, scale, style);
    }

    private static BufferedImage image(
            Figure figure, double width, double height, double marginPx, double scale, FigureStyle style) {
        int pw = (int) Math.round((width + 2 * marginPx) * scale);
        int ph = (int) Math.round((height + 2 * marginPx) * scale);
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(style.background());
            g.fillRect(0, 0, pw, ph);
            g.scale(scale, scale);
            g.translate(marginPx, marginPx);
            FigureFrame.paint(g, figure, width, height, style);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void png(Figure figure, double w, double h, PageSetup page, double scale, OutputStream out)
            throws IOException {
        double margin = page.fit() ? 0 : PageSetup.mmToPx(page.marginMm());
        BufferedImage img = image(figure, w, h, margin, scale, FigureStyle.print());
        ImageWriter writer = imageWriter("png");
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            setDpi(meta, 96 * scale);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Records the resolution in the PNG's pHYs chunk, so a word processor places it at its printed size.
     * (Set through the PNG-native metadata: the JDK's standard-format conversion of pixel sizes is wrong.)
     */
    private static void setDpi(IIOMetadata meta, double dpi) throws IIOInvalidTreeException {
        String ppm = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }

    private static void svg(Figure figure, double w, double h, OutputStream out) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML DOM available: " + e.getMessage(), e);
        }
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        ctx.setComment("Alliance Explorer: " + figure.info().title());
        ctx.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(ctx, false);
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(w), (int) Math.ceil(h)));
        FigureFrame.paint(g, figure, w, h, FigureStyle.print());
        Element root = g.getRoot();
        g.dispose();
        root.setAttribute("width", fmt(w));
        root.setAttribute("height", fmt(h));
        root.setAttribute("viewBox", "0 0 " + fmt(w) + " " + fmt(h));
        Element title = doc.createElementNS("http://www.w3.org/2000/svg", "title");
        title.setTextContent(figure.info().title());
        Element style = doc.createElementNS("http://www.w3.org/2000/svg", "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(SvgFonts.css(
                root.getTextContent() + String.join(" ", figure.info().texts())));
        root.insertBefore(style, root.getFirstChild());
        root.insertBefore(title, root.getFirstChild());
        try {
            // no DOCTYPE: SVG needs none, and a DTD reference makes XML tools try to fetch it
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            t.transform(new DOMSource(root), new StreamResult(writer));
            writer.flush();
        } catch (TransformerException e) {
            throw new IOException("cannot write SVG: " + e.getMessage(), e);
        }
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(Math.ceil(v)).stripTrailingZeros().toPlainString();
    }

    private static void pdf(Figure figure, double w, double h, PageSetup page, OutputStream out) throws IOException {
        // 1 user unit = 1 CSS px = 0.75 pt
        float figW = (float) (w * 0.75);
        float figH = (float) (h * 0.75);
        float pageW;
        float pageH;
        float margin;
        if (page.fit()) {
            pageW = figW;
            pageH = figH;
            margin = 0;
        } else {
            pageW = (float) PageSetup.mmToPt(page.pageWidthMm());
            pageH = (float) PageSetup.mmToPt(page.pageHeightMm());
            margin = (float) PageSetup.mmToPt(page.marginMm());
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage pdPage = new PDPage(new PDRectangle(pageW, pageH));
            doc.addPage(pdPage);
            PDDocumentInformation meta = doc.getDocumentInformation();
            meta.setTitle(figure.info().title());
            meta.setCreator("Alliance Explorer");
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            for (String file : new String[] {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}) {
                try (var in = FigureFonts.open(file)) {
                    fonts.registerFont(in);
                }
            }
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, figW, figH);
            g.setFontTextDrawer(fonts);
            g.scale(0.75, 0.75);
            FigureFrame.paint(g, figure, w, h, FigureStyle.print());
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            // fit the printable area: never larger than drawn, centred across, from the top margin down
            float fit = Math.min(1f, Math.min((pageW - 2 * margin) / figW, (pageH - 2 * margin) / figH));
            float x = (pageW - figW * fit) / 2;
            float y = pageH - margin - figH * fit;
            try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                cs.saveGraphicsState();
                cs.transform(new Matrix(fit, 0, 0, fit, x, y));
                cs.drawForm(form);
                cs.restoreGraphicsState();
            }
            doc.save(out);
        }
    }

    /** Java's image writer of {@code format} ({@code png}, {@code gif}); an error when it has none. */
    static ImageWriter imageWriter(String format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no " + format.toUpperCase(Locale.ROOT) + " writer available");
        }
        return writers.next();
    }
}
