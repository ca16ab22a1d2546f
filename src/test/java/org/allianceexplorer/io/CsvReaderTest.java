package org.allianceexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dataset CSV reader: exact cells and lines, UTF-8 only, and limits. */
class CsvReaderTest {

    private static List<CsvReader.Row> rows(byte[] bytes, char delimiter, CsvReader.Limits limits) throws IOException {
        List<CsvReader.Row> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(bytes), delimiter, limits)) {
            for (CsvReader.Row row; (row = r.next()) != null; ) {
                out.add(row);
            }
        }
        return out;
    }

    private static List<CsvReader.Row> rows(String text) throws IOException {
        return rows(text.getBytes(StandardCharsets.UTF_8), ',', CsvReader.Limits.DEFAULT);
    }

    private static CsvReader.CsvException refusal(byte[] bytes) {
        Throwable t = catchThrowable(() -> rows(bytes, ',', CsvReader.Limits.DEFAULT));
        assertThat(t).isInstanceOf(CsvReader.CsvException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        return (CsvReader.CsvException) t;
    }

    @Test
    void quotedEmptyIsAnEmptyTextAndUnquotedEmptyIsNoValue() throws IOException {
        List<CsvReader.Row> r = rows("a,b,c\n,\"\",x\n");
        assertThat(r.get(1).cells()).containsExactly(null, "", "x");
    }

    @Test
    void quotesCommasLineBreaksAndSpacesAreKeptExactly() throws IOException {
        List<CsvReader.Row> r = rows("a,b\n\"x, \"\"y\"\"\r\nz\",  padded  \n");
        assertThat(r.get(1).cells()).containsExactly("x, \"y\"\r\nz", "  padded  ");
    }

    @Test
    void everyRowKnowsTheLineItStartsOnCountingBreaksInsideCells() throws IOException {
        List<CsvReader.Row> r = rows("h1,h2\n1,\"two\nlines\"\n3,4\r\n5,\"a\r\nb\r\nc\"\n6,6");
        assertThat(r).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 4L, 5L, 8L);
        assertThat(r.get(4).cells()).containsExactly("6", "6");
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "key,name\nk,ڈیٹا\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        List<CsvReader.Row> r = rows(all, ',', CsvReader.Limits.DEFAULT);
        assertThat(r.get(0).cells()).containsExactly("key", "name");
        assertThat(r.get(1).cells()).containsExactly("k", "ڈیٹا");
    }

    @Test
    void utf16WithByteOrderMarkIsRefused() {
        byte[] bytes = "key,name\nk,v\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bytes.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, all, 2, bytes.length);
        assertThat(refusal(all)).hasMessageContaining("UTF-16").hasMessageContaining("save it as UTF-8");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedForItsNulBytes() {
        CsvReader.CsvException e = refusal("key,name\nk,v\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(e).hasMessageContaining("NUL").hasMessageContaining("UTF-16");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void latin1BytesAreRefusedWithTheirLine() {
        byte[] bytes = "key,name\nk,v\nq,Caf\u00e9\n".getBytes(Charset.forName("ISO-8859-1"));
        CsvReader.CsvException e = refusal(bytes);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e)
                .hasMessageContaining("line 3")
                .hasMessageContaining("0xE9")
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("Latin-1");
    }

    @Test
    void windows1252QuotesAreRefusedNamingWindows1252() {
        byte[] bytes = "key,name\nk,\u201chi\u201d\n".getBytes(Charset.forName("windows-1252"));
        assertThat(refusal(bytes)).hasMessageContaining("0x93").hasMessageContaining("Windows-1252");
    }

    @Test
    void overlongAndSurrogateEncodingsAreNotUtf8() {
        assertThat(refusal(new byte[] {'a', '\n', (byte) 0xC0, (byte) 0xAF, '\n'}))
                .hasMessageContaining("not UTF-8");
        assertThat(refusal(new byte[] {'a', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aSpreadsheetIsRefusedAsNotText() {
        assertThat(refusal(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}))
                .hasMessageContaining("zip")
                .hasMessageContaining("xlsx");
    }

    @Test
    void aQuoteNeverClosedEndsTheFileNamingTheLineItOpened() {
        CsvReader.CsvException e = refusal("a,b\n1,\"open\n2,3\n4,5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e).hasMessageContaining("never closed").hasMessageContaining("column 2");
    }

    @Test
    void textAfterAClosingQuoteIsAProblemOfThatCellAndReadingGoesOn() throws IOException {
        List<CsvReader.Row> r = rows("a,b\n\"x\"y,z\n1,2\n");
        assertThat(r.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("after the closing quote");
        });
        assertThat(r.get(2).cells()).containsExactly("1", "2");
    }

    @Test
    void anOversizedCellIsRefusedWithoutBeingReadIntoMemoryAndTheNextRowIsRead() throws IOException {
        String big = "x".repeat(5_000);
        List<CsvReader.Row> r = rows(
                ("a,b\nok," + big + "\n\"" + big + "\",fine\n3,4\n").getBytes(StandardCharsets.UTF_8),
                ',',
                new CsvReader.Limits(1_000, 10));
        assertThat(r.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("longer than 1,000 characters");
        });
        assertThat(r.get(2).problems())
                .singleElement()
                .extracting(CsvReader.CellProblem::column)
                .isEqualTo(1);
        assertThat(r.get(2).cells().get(1)).isEqualTo("fine");
        assertThat(r.get(3).cells()).containsExactly("3", "4");
    }

    @Test
    void tooManyCellsInARowIsAProblemAndTheRestOfTheRowIsSkipped() throws IOException {
        List<CsvReader.Row> r = rows(
                ("a\n" + ",".repeat(50) + "\nnext\n").getBytes(StandardCharsets.UTF_8),
                ',',
                new CsvReader.Limits(100, 10));
        assertThat(r.get(1).problems())
                .singleElement()
                .extracting(CsvReader.CellProblem::message)
                .asString()
                .contains("more than 10 cells");
        assertThat(r.get(2).cells()).containsExactly("next");
        assertThat(r.get(2).line()).isEqualTo(3);
    }

    @Test
    void semicolonsAndTabsSeparateWhenAsked() throws IOException {
        assertThat(rows("a;b\n\"1;2\";3\n".getBytes(StandardCharsets.UTF_8), ';', CsvReader.Limits.DEFAULT)
                        .get(1)
                        .cells())
                .containsExactly("1;2", "3");
        assertThat(rows("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8), '\t', CsvReader.Limits.DEFAULT)
                        .get(1)
                        .cells())
                .containsExactly("1", "2");
    }

    @Test
    void blankLinesAreBlankRows() throws IOException {
        List<CsvReader.Row> r = rows("a\n\nb\n");
        assertThat(r.get(1).blank()).isTrue();
        assertThat(r.get(2).cells()).containsExactly("b");
        assertThat(r.get(2).line()).isEqualTo(3);
    }
}
