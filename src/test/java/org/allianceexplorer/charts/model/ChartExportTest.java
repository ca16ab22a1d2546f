package org.allianceexplorer.charts.model;

import static org.allianceexplorer.testing.CsvFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.allianceexplorer.cli.Cli;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four charts exported from the bundled dataset: SVG parses and holds every label, PDF text has the
 * frame, every text box lies on the page and inside its clip, body labels do not collide; a hostile party
 * name comes out escaped; the command line exports each view.
 */
class ChartExportTest {

    @TempDir
    static Path dir;

    private static Path bundled;
    private static Database db;
    private static Repositories r;

    @BeforeAll
    static void open() {
        bundled = dir.resolve("bundled.sqlite");
        BundledDataset.build(DatasetFiles.bundled(), bundled);
        db = Database.openReadOnly(bundled);
        r = Repositories.of(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The requests each chart is tried with: the founding case, the whole data, and a narrow page. */
    private static List<ExportRequest> requests(ChartKind kind) {
        LocalDate day = LocalDate.of(2024, 2, 14);
        return switch (kind) {
            case LEDGER ->
                List.of(
                        new ExportRequest(day, null, null, List.of("MQM-P", "ANP"), "pk-2024", 1),
                        new ExportRequest(day, null, null, List.of("MQM-P"), null, 1),
                        new ExportRequest(null, null, null, List.of(), null, 1));
            case OUTCOMES ->
                List.of(
                        new ExportRequest(day, null, null, List.of(), null, 1),
                        new ExportRequest(day, null, null, List.of("ANP"), null, 1));
            case RESULTS ->
                List.of(
                        new ExportRequest(day, null, null, List.of(), null, 1),
                        new ExportRequest(null, null, null, List.of(), "pk-2024", 1));
            case MEMBERSHIP ->
                List.of(
                        new ExportRequest(null, null, null, List.of(), null, 1),
                        new ExportRequest(day, null, null, List.of("MQM-P"), null, 1));
            case COALITIONS ->
                List.of(
                        new ExportRequest(LocalDate.of(2024, 3, 15), null, null, List.of(), "pk-2024", 1),
                        new ExportRequest(null, null, null, List.of("MQM-P"), null, 1));
            case FRIENDLY_FIGHTS ->
                List.of(
                        new ExportRequest(null, null, null, List.of(), "pk-2024", 1),
                        new ExportRequest(null, null, null, List.of("JUI-F"), null, 1));
        };
    }

    private static ChartFigure<?> build(ChartKind kind, ExportRequest q) {
        return (ChartFigure) new ChartFigureView(kind).build(r, q);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void svgParsesAndHoldsEveryLabel(ChartKind kind) throws Exception {
        int i = 0;
        for (ExportRequest q : requests(kind)) {
            ChartFigure<?> f = build(kind, q);
            Path out = dir.resolve(kind.id() + "-" + i++ + ".svg");
            FigureExporter.write(f, FigureFormat.SVG, out, new FigureExporter.Size(1200, 1));
            String text = squash(DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(out.toFile())
                    .getDocumentElement()
                    .getTextContent());
            List<String> labels = new ArrayList<>();
            f.sketch(1200 - 32).texts().forEach(t -> labels.add(t.text()));
            labels.add(f.info().asOf());
            f.info().legend().forEach(l -> labels.add(l.label()));
            assertThat(labels).hasSizeGreaterThan(8);
            for (String label : labels) {
                assertThat(text).as(kind + " " + q).contains(squash(label));
            }
            // the title and credits may wrap: every word of them is there
            for (String part :
                    (f.info().title() + " " + String.join(" ", f.info().credits())).split(" ")) {
                assertThat(text).contains(part);
            }
        }
    }

    @Test
    void svgHoldsTheAxisLabelsAndSeatCodesOfTheLedger() throws Exception {
        ChartFigure<?> f = build(ChartKind.LEDGER, requests(ChartKind.LEDGER).get(0));
        Path out = dir.resolve("ledger.svg");
        FigureExporter.write(f, FigureFormat.SVG, out, new FigureExporter.Size(1200, 1));
        String text = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(out.toFile())
                .getDocumentElement()
                .getTextContent();
        assertThat(text)
                .contains(
                        "Seat-deal ledger: MQM-P and ANP, Pakistan general election 2024",
                        "As of 14 Feb 2024",
                        "seats (deals in force)",
                        "MQM-P gave 1 seat",
                        "ANP gave 6 seats",
                        "PS-88",
                        "NA-240, NA-241, NA-242, PS-108, PS-109, PS-110",
                        "MQM-P \u2014 Muttahida Qaumi Movement",
                        "ANP \u2014 Awami National Party",
                        "Seat-deal claims: ARY News");
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void pdfTextHasTitleLegendStampAndCredits(ChartKind kind) throws Exception {
        ChartFigure<?> f = build(kind, requests(kind).get(0));
        Path out = dir.resolve(kind.id() + ".pdf");
        FigureExporter.write(f, FigureFormat.PDF, out, new FigureExporter.Size(1200, 1));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = squash(new PDFTextStripper().getText(doc));
            assertThat(text).contains(f.info().asOf());
            for (String part : f.info().title().split(" ")) {
                assertThat(text).contains(part);
            }
            for (var l : f.info().legend()) {
                assertThat(text).contains(squash(l.label()).split(" ")[0]);
            }
            assertThat(text).contains(squash(f.info().legend().get(0).label()).substring(0, 12));
            for (String c : f.info().credits()) {
                assertThat(text).contains(c.substring(0, Math.min(24, c.length())));
            }
        }
        if (kind == ChartKind.OUTCOMES || kind == ChartKind.RESULTS) {
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Results: Aiwan-e-Jamhoor");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyTextLiesOnThePageAndInsideItsClipAndBodyLabelsDoNotCollide(ChartKind kind) throws Exception {
        for (ExportRequest q : requests(kind)) {
            ChartFigure<?> f = build(kind, q);
            for (double width : new double[] {1200, 760, 480}) {
                for (FigureStyle style : List.of(FigureStyle.LIGHT, FigureStyle.DARK)) {
                    TextRecorder.Result res = TextRecorder.paint(f, width, style);
                    assertThat(res.texts()).as("texts drawn").hasSizeGreaterThan(5);
                    Rectangle2D page = TextRecorder.grow(res.page(), 0.5);
                    for (TextRecorder.Drawn d : res.texts()) {
                        assertThat(page.contains(d.box()))
                                .as("%s at %s: '%s' %s on page %s", kind, width, d.text(), d.box(), res.page())
                                .isTrue();
                        assertThat(d.clipped())
                                .as("%s at %s: '%s' cut by its clip", kind, width, d.text())
                                .isFalse();
                    }
                }
                List<Sketch.Text> body = f.sketch(width - 32).texts();
                for (int a = 0; a < body.size(); a++) {
                    for (int b = a + 1; b < body.size(); b++) {
                        Rectangle2D ra = shrink(body.get(a).bounds());
                        Rectangle2D rb = shrink(body.get(b).bounds());
                        assertThat(ra.intersects(rb))
                                .as(
                                        "%s at %s: '%s' and '%s' collide",
                                        kind,
                                        width,
                                        body.get(a).text(),
                                        body.get(b).text())
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void theMajorityLineRunsThroughNoLabel() throws Exception {
        // "156 seats: 13 short" once sat across the dashed majority line
        for (ExportRequest q : requests(ChartKind.RESULTS)) {
            ChartFigure<?> f = build(ChartKind.RESULTS, q);
            for (double width : new double[] {1200, 900, 760, 480}) {
                Sketch sk = f.sketch(width - 32);
                List<Sketch.Rule> majority =
                        sk.rules().stream().filter(Sketch.Rule::dashed).toList();
                assertThat(majority).as("the majority line").hasSize(1);
                Sketch.Rule line = majority.get(0);
                for (Sketch.Text t : sk.texts()) {
                    Rectangle2D b = t.bounds();
                    boolean crossed = b.getMinX() < line.x1() - 0.5
                            && b.getMaxX() > line.x1() + 0.5
                            && b.getMaxY() > Math.min(line.y1(), line.y2())
                            && b.getMinY() < Math.max(line.y1(), line.y2());
                    assertThat(crossed)
                            .as("at %s the majority line crosses '%s'", width, t.text())
                            .isFalse();
                }
                assertThat(sk.texts())
                        .extracting(Sketch.Text::text)
                        .anySatisfy(t -> assertThat(t).endsWith("short"));
            }
        }
    }

    @Test
    void theMembershipChartHasItsYearsAboveAndBelow() throws Exception {
        ChartFigure<?> f =
                build(ChartKind.MEMBERSHIP, requests(ChartKind.MEMBERSHIP).get(0));
        Sketch sk = f.sketch(1168);
        List<Sketch.Text> names = sk.texts().stream()
                .filter(t -> t.text().equals("Pakistan National Alliance"))
                .toList();
        List<Sketch.Text> lastNames = sk.texts().stream()
                .filter(t -> t.text().startsWith("PML-N-led coalition"))
                .toList();
        assertThat(names).hasSize(1);
        assertThat(lastNames).hasSize(1);
        double firstRow = names.get(0).bounds().getMinY();
        double lastRow = lastNames.get(0).bounds().getMaxY();
        List<Sketch.Text> years = sk.texts().stream()
                .filter(t -> t.text().matches("19[789]\\d|20[0-2]\\d"))
                .toList();
        assertThat(years)
                .filteredOn(t -> t.bounds().getMaxY() < firstRow)
                .extracting(Sketch.Text::text)
                .contains("1980", "2000", "2020");
        assertThat(years)
                .filteredOn(t -> t.bounds().getMinY() > lastRow)
                .extracting(Sketch.Text::text)
                .contains("1980", "2000", "2020");
    }

    private static Rectangle2D shrink(Rectangle2D r) {
        return new Rectangle2D.Double(
                r.getX() + 0.5, r.getY() + 0.5, Math.max(0, r.getWidth() - 1), Math.max(0, r.getHeight() - 1));
    }

    @Test
    void aHostilePartyNameComesOutEscapedInSvg() throws Exception {
        String hostile = "\"Q&A\" <party> =cmd|";
        String cell = "\"" + hostile.replace("\"", "\"\"") + "\"";
        Path ds = Files.createDirectory(dir.resolve("hostile"));
        csv(
                ds,
                "sources.csv",
                "id,outlet,title,url,published,retrieved,snippet",
                "s1,Outlet <A> & Co,Title,https://a.example/1,2024-01-10,,",
                "s2,Results Inc,Results,https://b.example/2,2024-02-10,,");
        csv(
                ds,
                "parties.csv",
                "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,country,sources",
                cell + "," + cell + ",,,,,,PAK,s1",
                "BBB,Beta <Party> & Sons,,#123456,,,,PAK,s1");
        csv(ds, "elections.csv", "key,name,polling_day,country,sources", "el-2024,Election 2024,2024-02-08,PAK,s1");
        csv(
                ds,
                "assemblies.csv",
                "code,name,province,total_seats,general_seats,majority,sources",
                "NA,National Assembly,,4,3,3,s1");
        csv(
                ds,
                "results.csv",
                "election,assembly,constituencies,candidates,districts,source",
                "el-2024,NA,seats.csv,candidates.csv,,s2");
        csv(ds, "seats.csv", "na,constituency_name,province", "NA-1,One,Sindh", "NA-2,Two,Sindh");
        csv(
                ds,
                "candidates.csv",
                "na,candidate_name,party,votes,rank",
                "NA-1,Bee,BBB,5000,1",
                "NA-1,Cue," + cell + ",300,2",
                "NA-2,Queue," + cell + ",900,1",
                "NA-2,Bea,BBB,800,2");
        csv(
                ds,
                "alliances.csv",
                "key,name,abbreviation,kind,level,region,from,to,description,sources",
                "al,\"Pact <of> \"\"two\"\" & more\",,electoral_alliance,national,,2024-01,,,s1");
        csv(
                ds,
                "memberships.csv",
                "alliance,party,from,to,role,sources",
                "al," + cell + ",2024-01,,member,s1",
                "al,BBB,2024-01,,member,s1");
        csv(
                ds,
                "deals.csv",
                "key,election,seat,assembly,giver,receiver,candidate,alliance,note,sources",
                "d1,el-2024,NA-1,NA," + cell + ",BBB,Bee,al,,s1");
        csv(ds, "claims.csv", "deal,date,status,source,note", "d1,2024-01-20,reported,s1,");
        Path file = dir.resolve("hostile.sqlite");
        BundledDataset.build(DatasetFiles.directory(ds), file);
        try (Database h = Database.openReadOnly(file)) {
            Repositories hr = Repositories.of(h);
            for (ChartKind kind : ChartKind.values()) {
                ChartFigure<?> f = (ChartFigure) new ChartFigureView(kind)
                        .build(hr, new ExportRequest(LocalDate.of(2024, 2, 20), null, null, List.of(), null, 1));
                Path out = dir.resolve("hostile-" + kind.id() + ".svg");
                FigureExporter.write(f, FigureFormat.SVG, out, new FigureExporter.Size(900, 1));
                String raw = Files.readString(out);
                String text = DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(out.toFile())
                        .getDocumentElement()
                        .getTextContent();
                if (kind == ChartKind.MEMBERSHIP) {
                    // counts per alliance: the alliance's hostile name is the label here
                    assertThat(text).contains("Pact <of> \"two\" & more");
                    assertThat(raw).contains("Pact &lt;of&gt;").doesNotContain("<of>");
                } else {
                    assertThat(text).as(kind.id()).contains(hostile);
                    assertThat(raw)
                            .as(kind.id())
                            .contains("Q&amp;A")
                            .contains("&lt;party&gt;")
                            .doesNotContain("<party>");
                }
                TextRecorder.Result res = TextRecorder.paint(f, 900, FigureStyle.LIGHT);
                assertThat(res.texts())
                        .allSatisfy(d -> assertThat(
                                        TextRecorder.grow(res.page(), 0.5).contains(d.box()))
                                .isTrue());
            }
        }
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void theCommandLineExportsEachChart(ChartKind kind) throws Exception {
        for (String format : List.of("png", "svg", "pdf")) {
            Path out = dir.resolve("cli-" + kind.id() + "." + format);
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            List<String> args = new ArrayList<>(List.of(
                    "export",
                    "--view",
                    kind.id(),
                    "--format",
                    format,
                    "--out",
                    out.toString(),
                    "--db",
                    bundled.toString(),
                    "--as-of",
                    "2024-02-14",
                    "--election",
                    "pk-2024"));
            if (kind == ChartKind.LEDGER || kind == ChartKind.OUTCOMES) {
                args.addAll(List.of("--party", "MQM-P", "--party", "ANP"));
            }
            int code = cli(o, e, args.toArray(String[]::new));
            assertThat(code).as(e.toString()).isZero();
            assertThat(o.toString()).contains("wrote");
            assertThat(out).exists();
            assertThat(Files.size(out)).isGreaterThan(1000);
        }
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Path bad = dir.resolve("bad-" + kind.id() + ".svg");
        int code = cli(
                o,
                e,
                "export",
                "--view",
                kind.id(),
                "--format",
                "svg",
                "--out",
                bad.toString(),
                "--db",
                bundled.toString(),
                "--party",
                "NOPE",
                "--election",
                "pk-1900");
        assertThat(code).isNotZero();
        assertThat(e.toString()).containsAnyOf("NOPE", "pk-1900");
        assertThat(bad).doesNotExist();
    }
}
