package org.allianceexplorer.figure;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Writes a figure to PNG, SVG or PDF through the same painter the screen uses. SVG and PDF stay vector
 * with Latin text as text (searchable, selectable; fonts embedded in PDF); Arabic-script text is shaped by
 * Java2D and, in PDF, drawn as outlines so it is always joined correctly. Files appear whole or not at all.
 */
public final class FigureExporter {

    /** Size of the output: width in user units (CSS px), and for PNG a pixel scale (1 to 4). */
    public record Size(double width, double scale) {
        public Size {
            if (width < 200 || width > 20000) {
                throw new IllegalArgumentException("width must be 200 to 20000 px: " + width);
            }
            if (scale < 1 || scale > 4) {
                throw new IllegalArgumentException("scale must be 1 to 4: " + scale);
            }
        }
    }

    private FigureExporter() {
    }

    public static void write(Figure figure, FigureFormat format, Path out, Size size) throws AtomicFile.OutputException {
        double w = size.width();
        double h = Math.ceil(FigureFrame.height(figure, w));
        AtomicFile.write(out, stream -> {
            switch (format) {
                case PNG -> png(figure, w, h, size.scale(), stream);
                case SVG -> svg(figure, w, h, stream);
                case PDF -> pdf(figure, w, h, stream);
            }
        });
    }

    /** Paints a figure into an image (for PNG and for tests). */
    public static BufferedImage image(Figure figure, double width, double height, double scale, FigureStyle style) {
        int pw = (int) Math.round(width * scale);
        int ph = (int) Math.round(height * scale);
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            FigureFrame.paint(g, figure, width, height, style);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void png(Figure figure, double w, double h, double scale, OutputStream out) throws IOException {
        if (!ImageIO.write(image(figure, w, h, scale, FigureStyle.print()), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    private static void svg(Figure figure, double w, double h, OutputStream out) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
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
        root.setAttribute("width", fmt(w));
        root.setAttribute("height", fmt(h));
        root.setAttribute("viewBox", "0 0 " + fmt(w) + " " + fmt(h));
        g.dispose();
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
        return java.math.BigDecimal.valueOf(Math.ceil(v)).stripTrailingZeros().toPlainString();
    }

    private static void pdf(Figure figure, double w, double h, OutputStream out) throws IOException {
        // 1 user unit = 1 CSS px = 0.75 pt
        float pw = (float) (w * 0.75);
        float ph = (float) (h * 0.75);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(pw, ph));
            doc.addPage(page);
            PDDocumentInformation meta = doc.getDocumentInformation();
            meta.setTitle(figure.info().title());
            meta.setCreator("Alliance Explorer");
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            for (String file : new String[] {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}) {
                try (var in = FigureFonts.open(file)) {
                    fonts.registerFont(in);
                }
            }
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, pw, ph);
            g.setFontTextDrawer(fonts);
            g.scale(0.75, 0.75);
            FigureFrame.paint(g, figure, w, h, FigureStyle.print());
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            doc.save(out);
        }
    }
}
