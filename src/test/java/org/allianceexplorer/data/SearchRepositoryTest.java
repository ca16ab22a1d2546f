package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SearchHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Global search over the bundled dataset. */
class SearchRepositoryTest {

    private static Database db;
    private static Repositories r;

    @BeforeAll
    static void open() {
        db = BundledDataset.open();
        r = Repositories.sqlite(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> titles(List<SearchHit> hits, RecordKind kind) {
        return hits.stream().filter(h -> h.ref().kind() == kind).map(SearchHit::title).toList();
    }

    @Test
    void kamalFindsThePersonAndTheNa242Deal() {
        List<SearchHit> hits = r.search().search("Kamal", 8);
        assertThat(titles(hits, RecordKind.PEOPLE)).contains("Syed Mustafa Kamal");
        assertThat(titles(hits, RecordKind.DEALS)).contains("ANP \u2192 MQM-P at NA-242");
        assertThat(hits.stream().filter(h -> h.ref().kind() == RecordKind.DEALS).findFirst().orElseThrow().detail())
                .contains("Syed Mustafa Kamal");
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(r.search().search("kamal", 8)).isEqualTo(r.search().search("KAMAL", 8));
        assertThat(titles(r.search().search("K\u00e1m\u00e2l", 8), RecordKind.PEOPLE)).contains("Syed Mustafa Kamal");
        assertThat(titles(r.search().search("mustafa kamal", 8), RecordKind.PEOPLE)).contains("Syed Mustafa Kamal");
    }

    @Test
    void resultsAreGroupedInKindOrderAndLimitedPerKind() {
        List<SearchHit> hits = r.search().search("a", 3);
        List<RecordKind> kinds = hits.stream().map(h -> h.ref().kind()).toList();
        assertThat(kinds).isSortedAccordingTo(java.util.Comparator.comparingInt(SqliteSearchRepository.KINDS::indexOf));
        for (RecordKind k : SqliteSearchRepository.KINDS) {
            assertThat(kinds.stream().filter(k::equals).count()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aSeatCodeFindsTheSeatAndItsDeals() {
        List<SearchHit> hits = r.search().search("NA-242", 8);
        assertThat(titles(hits, RecordKind.CONSTITUENCIES).get(0)).isEqualTo("NA-242");
        assertThat(titles(hits, RecordKind.DEALS)).containsExactlyInAnyOrder("ANP \u2192 MQM-P at NA-242",
                "MQM-P \u2192 PML-N at NA-242", "ANP \u2192 PML-N at NA-242");
    }

    @Test
    void partiesByAbbreviationNameOrNativeScriptAndSourcesByOutlet() {
        assertThat(titles(r.search().search("anp", 8), RecordKind.PARTIES).get(0)).isEqualTo("ANP");
        assertThat(titles(r.search().search("awami national", 8), RecordKind.PARTIES)).contains("ANP");
        assertThat(titles(r.search().search("ARY", 8), RecordKind.SOURCES)).isNotEmpty();
        assertThat(titles(r.search().search("Mardan", 8), RecordKind.EVENTS)).isNotEmpty();
    }

    @Test
    void nothingForBlankOrUnknown() {
        assertThat(r.search().search("  ", 8)).isEmpty();
        assertThat(r.search().search("zzqxw", 8)).isEmpty();
    }
}
