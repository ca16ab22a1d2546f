package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.LegendEntry;
import org.allianceexplorer.figure.PageSetup;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.allianceexplorer.timeline.model.TimelineModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files show every label the screen shows, whole: the founding case (January and February 2024) exported to
 * SVG and PDF, at the default width and on an A4 page, read back as text.
 */
class TimelineExportTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 2, 29);

    static TimelineFigure foundingCase(LocalDate asOf) throws Exception {
        return TimelineFigureView.figure(
                TimelineFixtures.bundled(), new ExportRequest(asOf, FROM, TO, List.of(), null, 1));
    }

    /**
     * The founding case as the gallery draws it: MQM-P's and ANP's lanes only (January and February 2024 have some
     * sixty seats of other parties' deals and twenty events, more than an A4 page has room to name whole).
     */
    static TimelineFigure foundingCaseOfMqmpAndAnp(LocalDate asOf) throws Exception {
        return TimelineFigureView.figure(
                TimelineFixtures.bundled(), new ExportRequest(asOf, FROM, TO, List.of("MQM-P", "ANP"), null, 1));
    }

    /** The text, without white space (a wrapped name is one text again; PDF extraction spaces vary). */
    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Writes the figure and reads its text back. */
    private static String export(TimelineFigure f, String format, String paper, Path dir) throws Exception {
        PageSetup page =
                paper.equals("fit") ? PageSetup.FIT : new PageSetup(PageSetup.Paper.parse(paper), false, 15, 96);
        Path out = dir.resolve("t." + format);
        FigureExporter.write(
                f,
                format.equals("svg") ? FigureFormat.SVG : FigureFormat.PDF,
                out,
                new FigureExporter.Size(1200, 1),
                page);
        if (format.equals("svg")) {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(out.toFile())
                    .getDocumentElement()
                    .getTextContent();
        }
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The events of these days in the bundled dataset. */
    private static List<String> eventTitles(int... days) throws Exception {
        List<String> out = new ArrayList<>();
        for (Event e : TimelineFixtures.bundled().events()) {
            for (int d : days) {
                if (e.date() != null
                        && e.date().precision() == PartialDate.Precision.DAY
                        && e.date().earliest().equals(LocalDate.of(2024, 2, d))) {
                    out.add(e.title());
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"svg, fit", "svg, a4", "pdf, fit", "pdf, a4"})
    void everyLabelIsInTheFileWholeAndNoScreenControlIs(String format, String paper, @TempDir Path dir)
            throws Exception {
        TimelineFigure f = foundingCaseOfMqmpAndAnp(LocalDate.of(2024, 2, 14));
        String text = squash(export(f, format, paper, dir));

        // what the painter placed (as it painted the file) is there, and none of it was cut short
        List<String> labels = f.labels();
        assertThat(labels).hasSizeGreaterThan(60).noneMatch(l -> l.contains("\u2026"));
        for (String l : labels) {
            if (!FigureFonts.hasArabic(l)) {
                assertThat(text).as(l).contains(squash(l));
            }
        }
        // every lane's name whole (long ones wrap), the alliances' full names on their bars
        TimelineModel model = f.model();
        for (int i : f.shownLanes()) {
            assertThat(text)
                    .as("lane " + model.lanes().get(i).label())
                    .contains(squash(model.lanes().get(i).label()));
            for (TimelineItem it : model.items(i)) {
                if (it.kind() == TimelineItem.Kind.ALLIANCE) {
                    assertThat(text).as("alliance " + it.label()).contains(squash(it.label()));
                }
            }
        }
        long seats =
                model.lanes().stream().filter(l -> l.kind() == Lane.Kind.SEAT).count();
        assertThat(seats)
                .as("the founding case's 8 seats and MQM-P's other deals of 2024")
                .isGreaterThan(8);
        assertThat(text)
                .contains(
                        squash("Seat-deal claims (" + seats + " seats)"),
                        squash("MQM-P–ANP seat adjustment, Karachi (General Elections 2024)"),
                        squash("MQM-P–ANP agreement on political cooperation for Karachi"));
        // the titles of 4, 5 and 14 February, among them ANP's withdrawal at NA-242
        List<String> feb = eventTitles(4, 5, 14);
        assertThat(feb).hasSizeGreaterThanOrEqualTo(3).anyMatch(t -> t.startsWith("ANP candidate withdraws at NA-242"));
        for (String t : feb) {
            assertThat(text).as(t).contains(squash(t));
        }
        // and the one dated to February only (ANP's withdrawals in Karachi South, the day after PS-88)
        assertThat(text).contains(squash("ANP withdraws for MQM-P in five Karachi South constituencies"));
        // nothing of the screen's controls: the scale, the item count
        assertThat(text).doesNotContain("Scale:").doesNotContain(model.itemCount() + "items");
    }

    @Test
    void filesHaveNoFoldTrianglesTheScreenHasThem() throws Exception {
        TimelineFigure file = foundingCase(LocalDate.of(2024, 2, 14));
        TimelineFigure screen = new TimelineFigure(
                file.model(),
                new TimelineFigure.Viewport(
                        file.viewport().range(), file.viewport().asOf(), 0, false, true, null));
        assertThat(triangles(file)).isZero();
        assertThat(triangles(screen)).isGreaterThanOrEqualTo(5); // the seat claims and each alliance fold
    }

    /** Filled triangles in the label column: its fold triangles (its colour swatches are rectangles). */
    private static long triangles(TimelineFigure f) throws Exception {
        List<PaintRecorder.Op> ops = PaintRecorder.paint(f, 1200, FigureStyle.LIGHT);
        Rectangle2D column = f.columnArea();
        return ops.stream()
                .filter(o -> o.kind() == PaintRecorder.Kind.FILL
                        && o.shape() instanceof Path2D
                        && column.contains(o.box())
                        && segments((Path2D) o.shape()) == 4)
                .count();
    }

    private static int segments(Path2D p) {
        int n = 0;
        for (PathIterator i = p.getPathIterator(null); !i.isDone(); i.next()) {
            n++;
        }
        return n;
    }

    @Test
    void theHatchedLegendKeyIsHatchedInTheFile(@TempDir Path dir) throws Exception {
        TimelineFigure f = foundingCase(null);
        Path out = dir.resolve("t.png");
        FigureExporter.write(f, FigureFormat.PNG, out, new FigureExporter.Size(1200, 1));
        BufferedImage img = ImageIO.read(out.toFile());
        FigureFrame.Layout layout = FigureFrame.layout(f, 1200, Math.ceil(FigureFrame.height(f, 1200)));
        List<LegendEntry> entries = f.info().legend();
        int hatched = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).label().startsWith("hatched")) {
                hatched = i;
            }
        }
        assertThat(hatched).isNotNegative();
        Rectangle2D key = FigureFrame.legendKeys(layout).get(hatched);
        // across the key's middle row: stripes, i.e. several changes between ink and paper
        int y = (int) Math.round(key.getCenterY());
        int changes = 0;
        boolean inkBefore = false;
        for (int x = (int) Math.ceil(key.getX()) + 1; x < (int) key.getMaxX() - 1; x++) {
            boolean ink = luminance(new Color(img.getRGB(x, y))) < 0.6;
            if (x > (int) Math.ceil(key.getX()) + 1 && ink != inkBefore) {
                changes++;
            }
            inkBefore = ink;
        }
        assertThat(changes).as("stripes across the hatched key").isGreaterThanOrEqualTo(3);
        // the plain box key before it is one flat colour
        Rectangle2D box = FigureFrame.legendKeys(layout).get(0);
        assertThat(new Color(img.getRGB((int) box.getCenterX() - 3, (int) box.getCenterY())))
                .isEqualTo(new Color(img.getRGB((int) box.getCenterX() + 3, (int) box.getCenterY())));
    }

    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }
}
