package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.allianceexplorer.io.AtomicFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FigureExporterTest {

    /** A small figure with a hostile label, an Urdu label and every frame part. */
    public static class Sample implements Figure {
        final List<String> labels = List.of("MQM-P & ANP <2024>", "\"quoted\" =cmd|", "عوامی نیشنل پارٹی");

        @Override
        public FigureInfo info() {
            return new FigureInfo(
                    "Seat deals in Karachi, 2024",
                    "Sample subtitle",
                    "As of 10 Feb 2024",
                    List.of(
                            new LegendEntry("seat deal", new Color(0x1f77b4), LegendEntry.Swatch.ARROW),
                            new LegendEntry("rivalry", new Color(0xd62728), LegendEntry.Swatch.DASHED_LINE)),
                    List.of("Data: Aiwan-e-Jamhoor (CC-BY-4.0); ARY News; The Nation."));
        }

        @Override
        public double bodyHeight(double width) {
            return 120;
        }

        @Override
        public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
            g.setColor(style.foreground());
            double y = area.getY() + 20;
            for (String l : labels) {
                FigureText.draw(g, l, FigureFonts.forText(l, 12, false), area.getX(), y);
                y += 30;
            }
        }
    }

    @Test
    void pngHasTheAskedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.png");
        Sample f = new Sample();
        FigureExporter.write(f, FigureFormat.PNG, out, new FigureExporter.Size(600, 2));
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(1200);
        assertThat(img.getHeight()).isEqualTo((int) Math.round(Math.ceil(FigureFrame.height(f, 600)) * 2));
    }

    @Test
    void svgParsesAndKeepsTextAsEscapedText(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.svg");
        Sample f = new Sample();
        FigureExporter.write(f, FigureFormat.SVG, out, new FigureExporter.Size(600, 1));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text)
                .contains(
                        "Seat deals in Karachi, 2024",
                        "As of 10 Feb 2024",
                        "seat deal",
                        "rivalry",
                        "MQM-P & ANP <2024>",
                        "\"quoted\" =cmd|",
                        "Aiwan-e-Jamhoor");
        assertThat(Files.readString(out)).contains("&amp; ANP &lt;2024&gt;");
    }

    @Test
    void pdfTextCanBeExtracted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.pdf");
        FigureExporter.write(new Sample(), FigureFormat.PDF, out, new FigureExporter.Size(600, 1));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Seat deals in Karachi, 2024",
                            "As of 10 Feb 2024",
                            "seat deal",
                            "rivalry",
                            "Aiwan-e-Jamhoor");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aFailedExportLeavesNoFile(@TempDir Path dir) throws Exception {
        Figure broken = new Sample() {
            @Override
            public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
                throw new IllegalStateException("boom");
            }
        };
        Path out = dir.resolve("f.svg");
        assertThatThrownBy(() -> FigureExporter.write(broken, FigureFormat.SVG, out, new FigureExporter.Size(600, 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(dir).isEmptyDirectory();
        assertThatThrownBy(() -> FigureExporter.write(
                        new Sample(), FigureFormat.PNG, dir.resolve("no/such/f.png"), new FigureExporter.Size(600, 1)))
                .isInstanceOf(AtomicFile.OutputException.class)
                .hasMessageContaining("does not exist");
    }
}
