package org.allianceexplorer.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.allianceexplorer.data.format.DatasetFormat.Version;
import org.junit.jupiter.api.Test;

/** The format's small rules: list cells, versions, derived keys. */
class DatasetFormatTest {

    @Test
    void anyKeysSurviveAListCell() {
        List<String> keys = List.of("plain", "a;b", "back\\slash", " padded ", "trailing\\", "ڈیٹا", "x;");
        String cell = DatasetFormat.joinList(keys);
        assertThat(cell).isEqualTo("plain;a\\;b;back\\\\slash;\\ padded\\ ;trailing\\\\;ڈیٹا;x\\;");
        assertThat(DatasetFormat.splitList(cell, DatasetFormat.CURRENT)).containsExactlyElementsOf(keys);
    }

    @Test
    void handWrittenListsForgiveSpacesAndEmptyItems() {
        assertThat(DatasetFormat.splitList(" s1 ;  s2;;s3 ; ", DatasetFormat.CURRENT))
                .containsExactly("s1", "s2", "s3");
        assertThat(DatasetFormat.splitList(null, DatasetFormat.CURRENT)).isEmpty();
    }

    @Test
    void formatOneHadNoEscapes() {
        assertThat(DatasetFormat.splitList("a\\;b;c", DatasetFormat.LEGACY)).containsExactly("a\\", "b", "c");
    }

    @Test
    void versionsParseAndCompare() {
        assertThat(Version.parse("2.2")).isEqualTo(DatasetFormat.CURRENT);
        assertThat(Version.parse(" 2 ")).isEqualTo(new Version(2, 0));
        assertThat(Version.parse("2.10").compareTo(Version.parse("2.9"))).isPositive();
        assertThat(Version.parse("2.2").readable()).isTrue();
        assertThat(Version.parse("2.2").newer()).isFalse();
        assertThat(Version.parse("2.3").newer()).isTrue();
        assertThat(Version.parse("1.0").readable()).isTrue();
        assertThat(Version.parse("3.0").readable()).isFalse();
        assertThatThrownBy(() -> Version.parse("two")).hasMessageContaining("MAJOR.MINOR");
    }

    @Test
    void derivedKeysLeaveOutEmptyPartsAndAreNumbered() {
        assertThat(DatasetFormat.derivedKey("pna", "JI", null, "1977-01")).isEqualTo("pna/JI/1977-01");
        assertThat(DatasetFormat.derivedKey("MQM-P", "ANP", "rivalry", "")).isEqualTo("MQM-P/ANP/rivalry");
        assertThat(DatasetFormat.numbered("k", 1)).isEqualTo("k");
        assertThat(DatasetFormat.numbered("k", 3)).isEqualTo("k#3");
    }

    @Test
    void everyFileButSourcesAndClaimsEndsWithItsSourcesAndNamesEachColumnOnce() {
        for (DatasetFormat.File f : DatasetFormat.File.values()) {
            List<String> cols = f.columns();
            if (f != DatasetFormat.File.SOURCES && f != DatasetFormat.File.CLAIMS) {
                assertThat(cols).as(f.fileName()).last().isEqualTo("sources");
            }
            assertThat(cols).as(f.fileName()).doesNotHaveDuplicates();
        }
    }
}
