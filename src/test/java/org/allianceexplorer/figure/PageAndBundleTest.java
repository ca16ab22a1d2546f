package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.io.AtomicFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PageAndBundleTest {

    /** The sample figure with data behind it, one cell hostile to spreadsheets. */
    static class WithData extends FigureExporterTest.Sample {
        @Override
        public FigureData data() {
            Source s = new Source(
                    1,
                    "ary-1",
                    "ARY News",
                    "ANP backs \"MQM-P\", at NA-242",
                    "https://arynews.tv/x",
                    PartialDate.parse("2024-02-05"),
                    PartialDate.parse("2026-11-25"),
                    "=cmd|' /C calc'!A0");
            return new FigureData(
                    List.of("giver", "receiver", "seats"),
                    List.of(List.of("ANP", "MQM-P", "6"), List.of("MQM-P", "ANP", "1"), List.of("=cmd|", "@x", "-1")),
                    List.of(s));
        }
    }

    @Test
    void pngAtThreeHundredDpiOnA4IsTheA4WidthInPixelsAndSaysItsResolution(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a4.png");
        PageSetup a4 = new PageSetup(PageSetup.Paper.A4, false, 15, 300);
        FigureExporter.write(
                new FigureExporterTest.Sample(), FigureFormat.PNG, out, new FigureExporter.Size(1200, 1), a4);
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isBetween(2479, 2481);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            IIOMetadata meta = r.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            double pixelsPerMetre = Double.parseDouble(find(root, "pHYs", "pixelsPerUnitXAxis"));
            assertThat(pixelsPerMetre * 0.0254).isCloseTo(300.0, Offset.offset(1.0));
            assertThat(find(root, "pHYs", "unitSpecifier")).isEqualTo("meter");
        }
    }

    private static String find(Node n, String name, String attribute) {
        if (name.equals(n.getNodeName())) {
            return ((Element) n).getAttribute(attribute);
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            String v = find(c, name, attribute);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @Test
    void pdfOnA4LandscapeIsAnA4PageWithTheTextOnIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a4.pdf");
        PageSetup a4 = new PageSetup(PageSetup.Paper.A4, true, 10, 96);
        FigureExporter.write(
                new FigureExporterTest.Sample(), FigureFormat.PDF, out, new FigureExporter.Size(600, 1), a4);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            PDFTextStripper strip = new PDFTextStripper();
            assertThat(strip.getText(doc))
                    .contains("Seat deals in Karachi, 2024", "As of 10 Feb 2024", "Aiwan-e-Jamhoor");
        }
    }

    @Test
    void aTallFigureIsScaledToFitThePage(@TempDir Path dir) throws Exception {
        Figure tall = new FigureExporterTest.Sample() {
            @Override
            public double bodyHeight(double width) {
                return 5000;
            }
        };
        Path out = dir.resolve("tall.pdf");
        FigureExporter.write(
                tall,
                FigureFormat.PDF,
                out,
                new FigureExporter.Size(600, 1),
                new PageSetup(PageSetup.Paper.A4, false, 15, 96));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            // every character lies on the page
            List<float[]> positions = new ArrayList<>();
            PDFTextStripper strip = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> ps) {
                    for (TextPosition p : ps) {
                        positions.add(new float[] {p.getXDirAdj(), p.getYDirAdj()});
                    }
                }
            };
            strip.getText(doc);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(positions).isNotEmpty().allSatisfy(p -> {
                assertThat(p[0]).isBetween(0f, box.getWidth());
                assertThat(p[1]).isBetween(0f, box.getHeight());
            });
        }
    }

    @Test
    void svgEmbedsItsFonts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.svg");
        FigureExporter.write(new FigureExporterTest.Sample(), FigureFormat.SVG, out, new FigureExporter.Size(600, 1));
        String svg = Files.readString(out);
        assertThat(svg)
                .contains("@font-face{font-family:'Noto Sans';font-weight:bold;src:url(data:font/ttf;base64,")
                .contains("font-family:'Noto Naskh Arabic'")
                .contains("font-weight=\"bold\"");
    }

    @Test
    void aBundleFolderHasTheFigureTheDataAndTheSources(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        ReportBundle.write(new WithData(), out, new FigureExporter.Size(800, 2), PageSetup.FIT);
        String name = "seat-deals-in-karachi-2024";
        assertThat(out.resolve(name + ".png")).isRegularFile();
        assertThat(out.resolve(name + ".svg")).isRegularFile();
        assertThat(out.resolve(name + ".pdf")).isRegularFile();
        assertThat(out.resolve("README.txt"))
                .content()
                .contains("Seat deals in Karachi, 2024", "3 rows plotted", "Aiwan-e-Jamhoor");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(Files.readString(out.resolve(name + "-data.csv"))))
                .getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("seats")).isEqualTo("6");
        assertThat(rows.get(2).get("giver")).isEqualTo("'=cmd|");
        assertThat(rows.get(2).get("receiver")).isEqualTo("'@x");
        List<CSVRecord> sources = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(Files.readString(out.resolve(name + "-sources.csv"))))
                .getRecords();
        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.get("title")).isEqualTo("ANP backs \"MQM-P\", at NA-242");
            assertThat(s.get("url")).isEqualTo("https://arynews.tv/x");
            assertThat(s.get("snippet")).startsWith("'=");
        });
        assertThat(dir).isDirectoryContaining(p -> p.getFileName().toString().equals("report"));
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).hasSize(1);
        }
    }

    @Test
    void aBundleZipHoldsTheSameFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.zip");
        ReportBundle.write(new WithData(), out, new FigureExporter.Size(800, 1), PageSetup.FIT);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList())
                    .containsExactly(
                            "seat-deals-in-karachi-2024.png",
                            "seat-deals-in-karachi-2024.svg",
                            "seat-deals-in-karachi-2024.pdf",
                            "seat-deals-in-karachi-2024-data.csv",
                            "seat-deals-in-karachi-2024-sources.csv",
                            "README.txt");
        }
    }

    @Test
    void aFailedBundleLeavesNothingAndAnExistingOneIsKept(@TempDir Path dir) throws Exception {
        Figure broken = new WithData() {
            @Override
            public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() ->
                        ReportBundle.write(broken, dir.resolve("r"), new FigureExporter.Size(800, 1), PageSetup.FIT))
                .isInstanceOf(IllegalStateException.class);
        assertThat(dir).isEmptyDirectory();

        Path existing = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(existing.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() ->
                        ReportBundle.write(new WithData(), existing, new FigureExporter.Size(800, 1), PageSetup.FIT))
                .isInstanceOf(AtomicFile.OutputException.class)
                .hasMessageContaining("already exists");
        assertThat(existing.resolve("notes.txt")).content().isEqualTo("keep me");
        assertThatThrownBy(() -> ReportBundle.write(
                        new WithData(), dir.resolve("no/such/r.zip"), new FigureExporter.Size(800, 1), PageSetup.FIT))
                .isInstanceOf(AtomicFile.OutputException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void pageSetupRejectsNonsense() {
        assertThatThrownBy(() -> PageSetup.Paper.parse("b7")).hasMessageContaining("not a page size");
        assertThatThrownBy(() -> new PageSetup(PageSetup.Paper.A4, false, 80, 96))
                .hasMessageContaining("--margin");
        assertThatThrownBy(() -> new PageSetup(PageSetup.Paper.A4, false, 10, 2000))
                .hasMessageContaining("--dpi");
        assertThat(new PageSetup(PageSetup.Paper.A4, false, 0, 96).contentWidthPx())
                .isCloseTo(793.7, Offset.offset(0.1));
        assertThat(ReportBundle.slug("Seat-deal ledger: MQM-P & ANP, 2024"))
                .isEqualTo("seat-deal-ledger-mqm-p-anp-2024");
        assertThat(ReportBundle.slug("Seat-deal ledger: MQM-P and ANP, Pakistan general election 2024"))
                .isEqualTo("seat-deal-ledger-mqm-p-and-anp-pakistan-general-election");
    }
}
