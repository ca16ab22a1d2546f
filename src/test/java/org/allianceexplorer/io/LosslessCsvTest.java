package org.allianceexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text written by LosslessCsv reads back exactly, and formula-like text is never left for a spreadsheet to run. */
class LosslessCsvTest {

    static final List<String> HOSTILE = Arrays.asList(
            "=cmd|' /C calc'!A0",
            "'; DROP TABLE party; --",
            "+1",
            "-12",
            "@SUM(A1)",
            "\tTab first",
            "\rCR first",
            "'=already protected?",
            "''=twice",
            "'",
            "''",
            "'plain quote",
            "\"quoted\"",
            "a,b",
            "line\nbreak",
            "windows\r\nbreak",
            "  padded  ",
            " ",
            "",
            null,
            "ڈیٹا، اردو",
            "=HYPERLINK(\"http://evil\")",
            "x;y\\z",
            "-",
            "=");

    @Test
    void protectAndRestoreAreInverse() {
        for (String t : HOSTILE) {
            assertThat(SafeCsv.restore(SafeCsv.protect(t)))
                    .as(String.valueOf(t))
                    .isEqualTo(t);
        }
    }

    @Test
    void protectedTextNeverStartsWithAFormulaCharacter() {
        for (String t : HOSTILE) {
            String p = SafeCsv.protect(t);
            if (p != null && !p.isEmpty()) {
                assertThat("=+-@\t\r").as(t).doesNotContain(p.substring(0, 1));
            }
        }
    }

    @Test
    void everyTextComesBackFromTheReaderExactly() throws IOException {
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        try (LosslessCsv out = new LosslessCsv(w)) {
            out.header("n", "text");
            for (int i = 0; i < HOSTILE.size(); i++) {
                out.number(i).text(HOSTILE.get(i)).endRow();
            }
        }
        List<String> back = new ArrayList<>();
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(w.toByteArray()))) {
            r.next();
            for (CsvReader.Row row; (row = r.next()) != null; ) {
                assertThat(row.problems()).isEmpty();
                back.add(SafeCsv.restore(row.cells().get(1)));
            }
        }
        assertThat(back).containsExactlyElementsOf(HOSTILE);
        assertThat(w.toString(StandardCharsets.UTF_8))
                .as("protected on disk")
                .contains(",'=cmd|' /C calc'!A0\n")
                .as("an empty text")
                .contains(",\"\"\n");
    }

    @Test
    void numbersAreWrittenAsNumbers() throws IOException {
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        try (LosslessCsv out = new LosslessCsv(w)) {
            out.number(-5)
                    .number((Number) null)
                    .number(Long.valueOf(7))
                    .number(0)
                    .number(Long.MIN_VALUE)
                    .endRow();
        }
        assertThat(w.toString(StandardCharsets.UTF_8)).isEqualTo("-5,,7,0,-9223372036854775808\n");
    }

    @Test
    void aPreparedCellIsWhatTextWrites() throws IOException {
        for (String t : HOSTILE) {
            ByteArrayOutputStream w = new ByteArrayOutputStream();
            try (LosslessCsv out = new LosslessCsv(w)) {
                out.text(t);
            }
            byte[] cell = LosslessCsv.cell(t);
            assertThat(cell == null ? new byte[0] : cell).as(String.valueOf(t)).isEqualTo(w.toByteArray());
        }
        assertThat(LosslessCsv.cell("x".repeat(100_000))).hasSize(100_000);
    }
}
