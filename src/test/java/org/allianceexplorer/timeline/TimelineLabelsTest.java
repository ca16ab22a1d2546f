package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The painter's labels on the founding case: every claim marker with room is labelled, no rule runs through
 * a label, the parties' Urdu names are shown for all of them or for none, black bars show on the dark style.
 */
class TimelineLabelsTest {

    static TimelineFigure paint(TimelineFigure f, double width, FigureStyle style) {
        double h = FigureFrame.height(f, width);
        BufferedImage img = new BufferedImage((int) width, (int) Math.ceil(h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        FigureFrame.paint(g, f, width, h, style);
        g.dispose();
        return f;
    }

    @ParameterizedTest
    @ValueSource(doubles = {800, 1200, 1600})
    void everyClaimMarkerWithRoomBesideItHasItsLabel(double width) throws Exception {
        TimelineFigure f =
                paint(TimelineExportTest.foundingCaseOfMqmpAndAnp(LocalDate.of(2024, 2, 14)), width, FigureStyle.LIGHT);
        // the claim markers, by track (their row on the page)
        Map<Long, List<Hit.Item>> tracks = new TreeMap<>();
        for (Hit h : f.hits()) {
            if (h instanceof Hit.Item hit && hit.item().kind() == TimelineItem.Kind.CLAIM) {
                tracks.computeIfAbsent(Math.round(h.bounds().getCenterY()), k -> new ArrayList<>())
                        .add(hit);
            }
        }
        assertThat(tracks).hasSizeGreaterThanOrEqualTo(10);
        // room for the claim's shortest label (its status: "reported", "confirmed") on one side, up to the next marker
        // or the edge of the chart
        List<String> unlabelled = new ArrayList<>();
        int checked = 0;
        for (List<Hit.Item> row : tracks.values()) {
            row.sort(Comparator.comparingDouble(h -> h.bounds().getX()));
            for (int i = 0; i < row.size(); i++) {
                Rectangle2D b = row.get(i).bounds();
                double left =
                        i > 0 ? row.get(i - 1).bounds().getMaxX() : f.axis().left();
                double right = i < row.size() - 1
                        ? row.get(i + 1).bounds().getMinX()
                        : f.axis().right();
                double need = FigureText.width(row.get(i).item().label(), FigureFonts.regular(9.5f)) + 12;
                if (b.getMinX() - left >= need || right - b.getMaxX() >= need) {
                    checked++;
                    TimelineItem item = row.get(i).item();
                    if (f.placedLabels().stream().noneMatch(p -> p.owner() == item)) {
                        unlabelled.add(item.ref().label());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
        assertThat(unlabelled).isEmpty();
        // the first report on NA-242 (9 Jan), crowded on its right by the denials of 10 and 11 Jan
        assertThat(f.placedLabels())
                .anyMatch(p -> p.owner() instanceof TimelineItem it
                        && it.from().earliest().equals(LocalDate.of(2024, 1, 9))
                        && p.text().startsWith("reported"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {650, 1200})
    void theElectionRuleAndTheAsOfCursorPassBehindLabels(double width) throws Exception {
        TimelineFigure f = TimelineExportTest.foundingCase(LocalDate.of(2024, 2, 10));
        List<PaintRecorder.Op> ops = PaintRecorder.paint(f, width, FigureStyle.LIGHT);
        Election polls = f.model().elections().stream()
                .filter(e -> e.pollingDay().earliest().equals(LocalDate.of(2024, 2, 8)))
                .findFirst()
                .orElseThrow();
        double[] rules = {f.axis().x(polls.pollingDay().earliest().toEpochDay() + 0.5), f.cursorX()};
        int crossings = 0;
        for (double x : rules) {
            int rule = -1;
            for (int i = 0; i < ops.size() && rule < 0; i++) {
                PaintRecorder.Op o = ops.get(i);
                if (o.kind() == PaintRecorder.Kind.DRAW
                        && o.shape() instanceof Line2D l
                        && Math.abs(l.getX1() - x) < 0.01
                        && Math.abs(l.getX2() - x) < 0.01
                        && Math.abs(l.getY2() - l.getY1()) > 200) {
                    rule = i;
                }
            }
            assertThat(rule).as("the line at " + x).isNotNegative();
            Rectangle2D line = ops.get(rule).box();
            for (int t = rule + 1; t < ops.size(); t++) {
                PaintRecorder.Op text = ops.get(t);
                Rectangle2D b = text.box();
                if (text.kind() != PaintRecorder.Kind.TEXT
                        || b.getMinX() + 1 >= x
                        || b.getMaxX() - 1 <= x
                        || b.getMaxY() <= line.getMinY()
                        || b.getMinY() >= line.getMaxY()) {
                    continue;
                }
                crossings++;
                // something opaque was painted over the line there before the text: a halo, or a bar
                boolean covered = false;
                for (int i = rule + 1; i < t && !covered; i++) {
                    PaintRecorder.Op o = ops.get(i);
                    covered = o.kind() == PaintRecorder.Kind.FILL
                            && o.colour().getAlpha() == 255
                            && o.box().contains(x, b.getCenterY());
                }
                assertThat(covered)
                        .as("'" + text.text() + "' over the line at " + x)
                        .isTrue();
            }
        }
        assertThat(crossings).as("labels across the lines").isGreaterThanOrEqualTo(3);
    }

    @Test
    void thePartiesUrduNamesAreShownForAllOrForNone() throws Exception {
        List<Boolean> shownAt = new ArrayList<>();
        for (double width : new double[] {600, 800, 1000, 1200, 1400, 1700, 2000}) {
            TimelineFigure f = paint(TimelineExportTest.foundingCase(null), width, FigureStyle.LIGHT);
            List<String> natives = new ArrayList<>();
            for (int i : f.shownLanes()) {
                Lane l = f.model().lanes().get(i);
                if (l.nativeLabel() != null && !l.nativeLabel().isBlank()) {
                    natives.add(l.nativeLabel());
                }
            }
            assertThat(natives).as("lanes with an Urdu name").hasSizeGreaterThan(10);
            long drawn = f.labels().stream().filter(natives::contains).count();
            // one per lane that has one, or none: never some parties with and some without
            long expected = f.labels().stream().anyMatch(natives::contains) ? natives.size() : 0;
            assertThat(drawn).as("Urdu names drawn at " + width).isEqualTo(expected);
            assertThat(f.nativeNamesShown()).isEqualTo(drawn > 0);
            shownAt.add(drawn > 0);
        }
        // narrow: none (the chart keeps its room); wide: all of them
        assertThat(shownAt.get(0)).isFalse();
        assertThat(shownAt.get(shownAt.size() - 1)).isTrue();
    }

    @Test
    void aBlackPartyBarIsOutlinedOnTheDarkStyle() throws Exception {
        TimelineFigure f = TimelineExportTest.foundingCase(null);
        BufferedImage img = new BufferedImage(1200, (int) Math.ceil(f.bodyHeight(1200)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        f.paintBody(g, new Rectangle2D.Double(0, 0, 1200, img.getHeight()), FigureStyle.DARK);
        g.dispose();
        List<Rectangle2D> black = new ArrayList<>();
        for (Hit h : f.hits()) {
            if (h instanceof Hit.Item hit
                    && hit.item().kind() == TimelineItem.Kind.MEMBERSHIP
                    && "#000000".equals(hit.item().colour())) {
                black.add(h.bounds());
            }
        }
        assertThat(black).as("JUI-F and PPP bars").hasSizeGreaterThanOrEqualTo(3);
        Color bg = FigureStyle.DARK.background();
        for (Rectangle2D bar : black) {
            // the bar's top edge (its hit box reaches a pixel above it) stands out from the background
            int x = (int) bar.getCenterX();
            double best = 1;
            for (int y = (int) bar.getY(); y <= (int) bar.getY() + 3; y++) {
                best = Math.max(best, FigureStyle.contrast(new Color(img.getRGB(x, y)), bg));
            }
            assertThat(best).as("the edge of the bar at " + bar).isGreaterThan(3);
        }
    }
}
