package org.allianceexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "=cmd|' /C calc'!A0",
                "+1",
                "+SUM(A1:A2)",
                "-1",
                "-2+3",
                "@SUM(A1)",
                "\tx",
                "\r=1",
                "=",
                "-"
            })
    void formulaLikeTextGetsAnApostrophe(String text) {
        assertThat(SafeCsv.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ANP",
                "Pakistan Peoples Party",
                "1977",
                "12.5",
                "'quoted already",
                "a=b",
                "x-y",
                "e@mail",
                "پاکستان پیپلز پارٹی",
                "\"quoted\", with comma"
            })
    void ordinaryTextIsUnchanged(String text) {
        assertThat(SafeCsv.neutralise(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmpty() {
        assertThat(SafeCsv.neutralise(null)).isEmpty();
        assertThat(SafeCsv.neutralise("")).isEmpty();
    }

    private record Row(String name, String title, Long margin) {}

    private static final List<Column<Row>> COLUMNS = List.of(
            Column.text("name", Row::name), Column.text("title", Row::title), Column.number("margin", Row::margin));

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    @Test
    void writesHeaderAndSafeRowsThatParseBack() throws IOException {
        StringWriter out = new StringWriter();
        try (SafeCsv<Row> csv = new SafeCsv<>(out, COLUMNS)) {
            csv.write(new Row("=cmd|' /C calc'!A0", "A \"title\", with commas\nand a line break", -59833L));
            csv.write(new Row("-5", "@home", 1234L));
            csv.write(new Row("ANP", null, null));
        }
        String text = out.toString();
        assertThat(text).startsWith("name,title,margin\n");
        List<CSVRecord> rows = parse(text);
        assertThat(rows).hasSize(4);
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(3));
        assertThat(rows.get(1).values())
                .containsExactly("'=cmd|' /C calc'!A0", "A \"title\", with commas\nand a line break", "-59833");
        assertThat(rows.get(2).values()).containsExactly("'-5", "'@home", "1234");
        assertThat(rows.get(3).values()).containsExactly("ANP", "", "");
    }

    @Test
    void numericColumnsAreNeverPrefixed() throws IOException {
        StringWriter out = new StringWriter();
        try (SafeCsv<Row> csv = new SafeCsv<>(out, COLUMNS)) {
            csv.write(new Row("x", "y", -1L));
            csv.flush();
        }
        assertThat(out.toString()).isEqualTo("name,title,margin\nx,y,-1\n");
    }
}
