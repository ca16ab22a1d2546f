package org.allianceexplorer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.Pages;
import org.allianceexplorer.table.NameAndParty.Row;
import org.junit.jupiter.api.Test;

/**
 * File > Print of a table (issue 16): the rows shown, filtered and in their order, with the visible columns, on as
 * many pages as they need, each row on exactly one page, the header on every page.
 */
class TablePagesTest {

    /** An A4 page's printable area in CSS pixels (about 180 x 267 mm). */
    static final double W = 680;

    static final double H = 1010;

    @Test
    void theRowsShownAreSplitOverPagesEachRowOnce() {
        List<List<String>> rows = IntStream.range(0, 200)
                .mapToObj(i -> List.of("seat " + i, "party " + (i % 7)))
                .toList();
        TablePages pages = new TablePages(
                "Seat deals", "Figure: Karachi Desk", List.of("Seat", "Party"), new double[] {120, 80}, rows);
        int per = pages.rowsPerPage(H);
        assertThat(per).isEqualTo((int) ((H - TablePages.HEADER - TablePages.FOOTER) / TablePages.ROW));
        int count = pages.count(W, H);
        assertThat(count).isEqualTo((200 + per - 1) / per).isGreaterThan(1);
        List<Integer> printed = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int[] r = pages.rowsOn(p, H);
            IntStream.range(r[0], r[1]).forEach(printed::add);
            paint(pages, p); // every page paints
        }
        assertThat(printed)
                .containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
        // no rows: one page, the header alone
        assertThat(new TablePages("Empty", "", List.of("A"), new double[] {1}, List.of()).count(W, H))
                .isEqualTo(1);
    }

    @Test
    void aCellTooLongForItsColumnIsCutWithAnEllipsis() {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        var m = g.getFontMetrics();
        String cut = TablePages.fit("Muttahida Qaumi Movement – Pakistan", m, 60);
        assertThat(cut).endsWith("\u2026");
        assertThat(m.stringWidth(cut)).isLessThanOrEqualTo(60);
        assertThat(TablePages.fit("MQM-P", m, 200)).isEqualTo("MQM-P");
        g.dispose();
    }

    @Test
    void aTablePrintsTheRowsItShowsWithItsVisibleColumns() {
        RecordTableViewModel<Row> model = NameAndParty.table();
        model.setRows(
                List.of(new Row(1, "NA-242", "MQM-P"), new Row(2, "NA-241", "ANP"), new Row(3, "NA-240", "MQM-P")));
        model.setColumnFilter("party", Set.of("MQM-P"));
        Pages[] out = new Pages[1];
        model.pages("Seat deals", "", p -> out[0] = p);
        TablePages pages = (TablePages) out[0];
        assertThat(pages.title()).isEqualTo("Seat deals");
        assertThat(pages.count(W, H)).isEqualTo(1);
        assertThat(pages.rowsOn(0, H)).containsExactly(0, 2);
        assertThat(pages.rowTexts()).containsExactly(List.of("NA-242", "MQM-P"), List.of("NA-240", "MQM-P"));
        assertThat(pages.headers()).containsExactly("Name", "Party");
        paint(pages, 0);
    }

    private static void paint(Pages pages, int page) {
        BufferedImage img = new BufferedImage((int) W, (int) H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            pages.paint(g, page, W, H, FigureStyle.print());
        } finally {
            g.dispose();
        }
        // something dark was drawn: the header's text
        boolean ink = false;
        for (int x = 0; x < 200 && !ink; x++) {
            for (int y = 0; y < (int) TablePages.HEADER && !ink; y++) {
                ink = (img.getRGB(x, y) >>> 24) > 0;
            }
        }
        assertThat(ink).isTrue();
    }
}
