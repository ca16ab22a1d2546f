package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.allianceexplorer.cli.Cli;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.timeline.model.LabelPlacer;
import org.allianceexplorer.timeline.model.LaneMode;
import org.allianceexplorer.timeline.model.TimeAxis;
import org.allianceexplorer.timeline.model.TimelineFilter;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.allianceexplorer.timeline.model.TimelineModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** The painter on the founding case, and its exports (SVG, PDF, PNG) and the CLI. */
class TimelineFigureTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 2, 20);

    static TimelineFigure foundingCase(LocalDate asOf) throws Exception {
        return TimelineFigureView.figure(
                TimelineFixtures.bundled(), new ExportRequest(asOf, FROM, TO, List.of(), null, 1));
    }

    static TimelineFigure paint(TimelineFigure f, double width, FigureStyle style) {
        double h = FigureFrame.height(f, width);
        BufferedImage img = new BufferedImage((int) width, (int) Math.ceil(h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        FigureFrame.paint(g, f, width, h, style);
        g.dispose();
        return f;
    }

    @ParameterizedTest
    @ValueSource(doubles = {700, 1200, 2000})
    void placedLabelsNeverOverlapNorLeaveTheChart(double width) throws Exception {
        TimelineFigure f = paint(foundingCase(LocalDate.of(2024, 2, 10)), width, FigureStyle.LIGHT);
        List<LabelPlacer.Placed> placed = f.placedLabels();
        assertThat(placed).isNotEmpty();
        Rectangle2D chart = new Rectangle2D.Double(
                f.axis().left(),
                f.lanesArea().getY() - TimelineLayout.BAND_H,
                f.axis().right() - f.axis().left(),
                f.lanesArea().getHeight() + TimelineLayout.BAND_H);
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D a = placed.get(i).bounds();
            assertThat(chart.contains(a)).as(placed.get(i).text() + " " + a).isTrue();
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(a.intersects(placed.get(j).bounds()))
                        .as(placed.get(i).text() + " / " + placed.get(j).text())
                        .isFalse();
            }
        }
    }

    @Test
    void theFoundingCaseReadsClearlyOnJanuaryAndFebruary2024() throws Exception {
        TimelineFigure f = paint(foundingCase(LocalDate.of(2024, 2, 14)), 1400, FigureStyle.LIGHT);
        List<String> labels = f.labels();
        assertThat(labels)
                .contains(
                        "NA-242",
                        "MQM-P for PML-N",
                        "ANP for PML-N",
                        "ANP for MQM-P",
                        "PS-88",
                        "Pakistan general election 2024, 8 Feb 2024",
                        "January 2024",
                        "February 2024",
                        "As of 14 Feb 2024",
                        "MQM-P delegation thanks ANP at Mardan House; parties agree on cooperation for Karachi",
                        "ANP candidate withdraws at NA-242 in favour of Mustafa Kamal",
                        "reported 5 Feb");
        // every NA-242 claim from 9 Jan to 14 Feb is drawn and can be pointed at
        List<LocalDate> drawn = new ArrayList<>();
        for (Hit h : f.hits()) {
            if (h instanceof Hit.Item hit
                    && hit.item().kind() == TimelineItem.Kind.CLAIM
                    && hit.item().ref().label().startsWith("NA-242")) {
                drawn.add(hit.item().from().earliest());
            }
        }
        assertThat(drawn)
                .contains(
                        LocalDate.of(2024, 1, 9),
                        LocalDate.of(2024, 1, 10),
                        LocalDate.of(2024, 1, 11),
                        LocalDate.of(2024, 1, 12),
                        LocalDate.of(2024, 2, 5),
                        LocalDate.of(2024, 2, 14));
        // only lanes with something in the window: PNA (1977) is left out
        // alliances that hold in the window show; PNA (1977) and ARD (2000-2008) do not
        assertThat(labels).doesNotContain("PNA", "ARD").contains("GDA");
        assertThat(f.info().subtitle()).startsWith("1 Jan 2024 \u2013 20 Feb 2024");
        assertThat(f.info().credits().get(0)).contains("ARY News", "The News", "Business Recorder", "The Nation");
        assertThat(String.join(" ", f.info().credits())).contains("Aiwan-e-Jamhoor");
        assertThat(f.info().legend())
                .extracting(l -> l.label())
                .contains(
                        "claim reported",
                        "claim denied",
                        "claim confirmed",
                        "claim switched",
                        "claim collapsed",
                        "event",
                        "election (polling day)");
        // statuses differ by shape, not colour only
        assertThat(Arrays.stream(ClaimStatus.values())
                        .map(TimelinePalette::swatch)
                        .distinct())
                .hasSize(5);
        assertThat(f.cursorX()).isBetween(f.axis().left(), f.axis().right());
    }

    @Test
    void theDarkStylePaintsADarkBackground() throws Exception {
        TimelineFigure f = foundingCase(null);
        BufferedImage img = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        f.paintBody(g, new Rectangle2D.Double(0, 0, 1000, 700), FigureStyle.DARK);
        g.dispose();
        // most of the picture is the dark background (lane stripes and marks are the rest)
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                int rgb = img.getRGB(x, y);
                double l = (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
                if (l < 0.25) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan((img.getWidth() / 4) * (img.getHeight() / 4) * 7 / 10);
        assertThat(f.labels()).contains("Latest");
    }

    @Test
    void svgParsesAndHoldsTheLabelsShownAsText(@TempDir Path dir) throws Exception {
        TimelineFigure f = foundingCase(LocalDate.of(2024, 2, 14));
        Path out = dir.resolve("t.svg");
        FigureExporter.write(f, FigureFormat.SVG, out, new FigureExporter.Size(1400, 1));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        String text = doc.getDocumentElement().getTextContent();
        List<String> latin =
                f.labels().stream().filter(s -> !FigureFonts.hasArabic(s)).toList();
        assertThat(latin).hasSizeGreaterThan(40);
        for (String label : latin) {
            assertThat(text).contains(label);
        }
        assertThat(text).contains("Alliances, seat deals and events", "As of 14 Feb 2024", "Aiwan-e-Jamhoor");
        assertThat(doc.getDocumentElement().getAttribute("height"))
                .isEqualTo(String.valueOf((int) Math.ceil(FigureFrame.height(f, 1400))));
    }

    @Test
    void pdfTextExtractionFindsTheLabels(@TempDir Path dir) throws Exception {
        TimelineFigure f = foundingCase(LocalDate.of(2024, 2, 14));
        Path out = dir.resolve("t.pdf");
        FigureExporter.write(f, FigureFormat.PDF, out, new FigureExporter.Size(1400, 1));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text)
                    .contains(
                            "NA-242",
                            "MQM-P for PML-N",
                            "Pakistan general election 2024, 8 Feb 2024",
                            "MQM-P delegation thanks ANP at Mardan House",
                            "reported 5 Feb",
                            "February 2024",
                            "Alliances, seat deals and events",
                            "Aiwan-e-Jamhoor");
        }
    }

    @Test
    void pngHasTheAskedSize(@TempDir Path dir) throws Exception {
        TimelineFigure f = foundingCase(null);
        Path out = dir.resolve("t.png");
        FigureExporter.write(f, FigureFormat.PNG, out, new FigureExporter.Size(1000, 2));
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(2000);
        assertThat(img.getHeight()).isEqualTo((int) Math.round(Math.ceil(FigureFrame.height(f, 1000)) * 2));
    }

    @Test
    void theCommandLineExportsTheTimeline(@TempDir Path dir) throws Exception {
        Path db = TimelineFixtures.bundledDb();
        for (String fmt : new String[] {"png", "svg", "pdf"}) {
            Path out = dir.resolve("timeline." + fmt);
            StringWriter so = new StringWriter();
            StringWriter se = new StringWriter();
            int code = Cli.run(
                    new String[] {
                        "export",
                        "--view",
                        "timeline",
                        "--format",
                        fmt,
                        "--out",
                        out.toString(),
                        "--db",
                        db.toString(),
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-02-20",
                        "--as-of",
                        "2024-02-14",
                        "--party",
                        "MQM-P",
                        "ANP",
                        "--width",
                        "1300",
                        "--scale",
                        "2"
                    },
                    new PrintWriter(so),
                    new PrintWriter(se));
            assertThat(code).as(se.toString()).isZero();
            assertThat(so.toString()).contains("wrote");
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(ImageIO.read(dir.resolve("timeline.png").toFile()).getWidth())
                .isEqualTo(2600);
        String svg = Files.readString(dir.resolve("timeline.svg"));
        assertThat(svg)
                .contains("Alliances, seat deals and events: ANP, MQM-P", "NA-242", "PS-88")
                .doesNotContain("Grand Democratic Alliance");
        StringWriter se = new StringWriter();
        int bad = Cli.run(
                new String[] {
                    "export",
                    "--view",
                    "timeline",
                    "--format",
                    "png",
                    "--out",
                    dir.resolve("x.png").toString(),
                    "--db",
                    db.toString(),
                    "--party",
                    "NOPE"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(se));
        assertThat(bad).isNotZero();
        assertThat(se.toString()).contains("NOPE");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void theFullRangeFigureSpansDecades() throws Exception {
        TimelineFigure f = TimelineFigureView.figure(TimelineFixtures.bundled(), ExportRequest.latest());
        paint(f, 1400, FigureStyle.LIGHT);
        assertThat(f.axis().unit()).isIn(TimeAxis.Unit.YEARS_2, TimeAxis.Unit.YEARS_5);
        assertThat(f.labels()).contains("PNA", "PDM", "Pakistan general election 1977, 7 Mar 1977");
        assertThat(f.shownLanes())
                .hasSize(TimelineModel.build(
                                TimelineFixtures.bundled(), TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of())
                        .lanes()
                        .size());
    }
}
