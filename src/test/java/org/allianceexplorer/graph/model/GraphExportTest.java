package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.allianceexplorer.cli.Cli;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureFrame;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headless export of the graph: SVG names every party shown, PDF text has the legend, the CLI works. */
class GraphExportTest {

    @TempDir
    static Path dir;

    private static Path bundled;
    private static Database db;

    @BeforeAll
    static void open() {
        bundled = dir.resolve("bundled.sqlite");
        BundledDataset.build(DatasetFiles.bundled(), bundled);
        db = Database.openReadOnly(bundled);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ExportRequest request(String day, List<String> parties, int depth) {
        return new ExportRequest(LocalDate.parse(day), null, null, parties, null, depth);
    }

    @Test
    void svgParsesAndNamesEveryVisibleParty() throws Exception {
        GraphFigure f =
                (GraphFigure) new GraphFigureView().build(Repositories.of(db), request("2024-02-10", List.of(), 1));
        Path out = dir.resolve("g.svg");
        FigureExporter.write(f, FigureFormat.SVG, out, new FigureExporter.Size(1200, 1));
        String text = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(out.toFile())
                .getDocumentElement()
                .getTextContent();
        assertThat(f.graph().nodes()).hasSizeGreaterThan(10);
        for (PartyNode n : f.graph().nodes()) {
            assertThat(text).contains(n.abbreviation());
        }
        assertThat(text).contains("Party relationships", "As of 10 Feb 2024", "seat deal", "rivalry", "ARY News");
    }

    @Test
    void pdfTextHasTheLegend() throws Exception {
        Figure f = new GraphFigureView().build(Repositories.of(db), request("2024-02-10", List.of("MQM-P"), 1));
        Path out = dir.resolve("g.pdf");
        FigureExporter.write(f, FigureFormat.PDF, out, new FigureExporter.Size(1000, 1));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "alliance co-membership",
                            "seat deal",
                            "cooperation agreement or pact",
                            "rivalry",
                            "MQM-P",
                            "ANP",
                            "ego network of MQM-P");
        }
    }

    /** A glyph of a PDF's text, in figure pixels (the exporter draws 1 px as 0.75 pt). */
    private record Glyph(String text, double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y - h / 2;
        }
    }

    private static List<Glyph> glyphs(Path pdf) throws Exception {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    out.add(new Glyph(
                            t.getUnicode(),
                            t.getXDirAdj() / 0.75,
                            t.getYDirAdj() / 0.75,
                            t.getWidthDirAdj() / 0.75,
                            t.getHeightDir() / 0.75));
                }
            };
            stripper.getText(doc);
        }
        return out;
    }

    /** The text drawn inside a box of the figure, left to right. */
    private static String textIn(List<Glyph> glyphs, Rectangle2D box) {
        StringBuilder sb = new StringBuilder();
        glyphs.stream()
                .filter(g -> box.contains(g.cx(), g.cy()))
                .sorted(Comparator.comparingDouble(Glyph::x))
                .forEach(g -> sb.append(g.text()));
        return sb.toString().strip();
    }

    @Test
    void theFileDrawsTheLabelsAndBadgesWhereThePlacementPutsThem() throws Exception {
        // one painter: the PDF shows each label and seat-deal badge in the box the placement gave it, so the
        // boxes that do not overlap (GraphLabelsTest) are what the file shows
        GraphFigure f =
                (GraphFigure) new GraphFigureView().build(Repositories.of(db), request("2024-02-10", List.of(), 1));
        Path out = dir.resolve("placed.pdf");
        FigureExporter.write(f, FigureFormat.PDF, out, new FigureExporter.Size(1200, 1));
        List<Glyph> glyphs = glyphs(out);
        GraphLabels.Placement placed =
                f.placement(FigureFrame.layout(f, 1200, -1).body());
        assertThat(placed.labels()).hasSize(f.graph().nodes().size());
        for (GraphLabels.Label l : placed.labels()) {
            assertThat(textIn(glyphs, l.box()))
                    .as("text in the label box of " + l.party())
                    .isEqualTo(l.party());
        }
        List<PartyEdge> deals = f.graph().between("ANP", "MQM-P").stream()
                .filter(e -> e.type() == EdgeType.SEAT_DEAL)
                .toList();
        assertThat(deals).extracting(PartyEdge::weight).containsExactlyInAnyOrder(6, 1);
        for (PartyEdge e : deals) {
            GraphLabels.Badge b = placed.badge(e);
            assertThat(b).as("badge of " + e.describe()).isNotNull();
            assertThat(textIn(glyphs, b.box()))
                    .as("text in the badge of " + e.describe())
                    .isEqualTo(Integer.toString(e.weight()));
        }
    }

    @Test
    void theSameRequestGivesTheSameFile() throws Exception {
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");
        for (Path p : List.of(a, b)) {
            FigureExporter.write(
                    new GraphFigureView().build(Repositories.of(db), request("2023-12-01", List.of(), 1)),
                    FigureFormat.SVG,
                    p,
                    new FigureExporter.Size(900, 1));
        }
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theCommandLineExportsTheGraph() throws Exception {
        for (String format : List.of("png", "svg", "pdf")) {
            Path out = dir.resolve("cli." + format);
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = cli(
                    o,
                    e,
                    "export",
                    "--view",
                    "graph",
                    "--format",
                    format,
                    "--out",
                    out.toString(),
                    "--db",
                    bundled.toString(),
                    "--as-of",
                    "2024-02-10",
                    "--party",
                    "ANP",
                    "--depth",
                    "2",
                    "--width",
                    "900");
            assertThat(code).as(e.toString()).isZero();
            assertThat(out).exists();
            assertThat(Files.size(out)).isGreaterThan(1000);
        }
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = cli(
                o,
                e,
                "export",
                "--view",
                "graph",
                "--format",
                "svg",
                "--out",
                dir.resolve("x.svg").toString(),
                "--db",
                bundled.toString(),
                "--party",
                "NOPE");
        assertThat(code).isNotZero();
        assertThat(e.toString()).contains("NOPE");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }
}
