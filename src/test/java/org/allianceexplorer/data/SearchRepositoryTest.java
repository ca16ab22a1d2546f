package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SearchHit;
import org.allianceexplorer.testing.BundledDb;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Global search over the bundled dataset. */
@ParameterizedClass
@EnumSource(Engine.class)
class SearchRepositoryTest {

    @Parameter
    Engine engine;

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private static List<String> titles(List<SearchHit> hits, RecordKind kind) {
        return hits.stream()
                .filter(h -> h.ref().kind() == kind)
                .map(SearchHit::title)
                .toList();
    }

    @Test
    void kamalFindsThePersonAndTheNa242Deal() {
        List<SearchHit> hits = bundled.repositories(engine).search().search("Mustafa Kamal", 8);
        assertThat(titles(hits, RecordKind.PEOPLE)).contains("Syed Mustafa Kamal");
        assertThat(titles(hits, RecordKind.DEALS)).contains("ANP \u2192 MQM-P at NA-242");
        assertThat(hits.stream()
                        .filter(h -> h.ref().kind() == RecordKind.DEALS)
                        .findFirst()
                        .orElseThrow()
                        .detail())
                .contains("Syed Mustafa Kamal");
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(bundled.repositories(engine).search().search("kamal", 8))
                .isEqualTo(bundled.repositories(engine).search().search("KAMAL", 8));
        assertThat(titles(bundled.repositories(engine).search().search("K\u00e1m\u00e2l", 8), RecordKind.PEOPLE))
                .contains("Syed Mustafa Kamal");
        assertThat(titles(bundled.repositories(engine).search().search("mustafa kamal", 8), RecordKind.PEOPLE))
                .contains("Syed Mustafa Kamal");
    }

    @Test
    void resultsAreGroupedInKindOrderAndLimitedPerKind() {
        List<SearchHit> hits = bundled.repositories(engine).search().search("a", 3);
        List<RecordKind> kinds = hits.stream().map(h -> h.ref().kind()).toList();
        assertThat(kinds).isSortedAccordingTo(Comparator.comparingInt(SqlSearchRepository.KINDS::indexOf));
        for (RecordKind k : SqlSearchRepository.KINDS) {
            assertThat(kinds.stream().filter(k::equals).count()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aSeatCodeFindsTheSeatAndItsDeals() {
        List<SearchHit> hits = bundled.repositories(engine).search().search("NA-242", 8);
        assertThat(titles(hits, RecordKind.CONSTITUENCIES).get(0)).isEqualTo("NA-242");
        assertThat(titles(hits, RecordKind.DEALS))
                .containsExactlyInAnyOrder(
                        "ANP \u2192 MQM-P at NA-242", "MQM-P \u2192 PML-N at NA-242", "ANP \u2192 PML-N at NA-242");
    }

    @Test
    void partiesByAbbreviationNameOrNativeScriptAndSourcesByOutlet() {
        assertThat(titles(bundled.repositories(engine).search().search("anp", 8), RecordKind.PARTIES)
                        .get(0))
                .isEqualTo("ANP");
        assertThat(titles(bundled.repositories(engine).search().search("awami national", 8), RecordKind.PARTIES))
                .contains("ANP");
        assertThat(titles(bundled.repositories(engine).search().search("ARY", 8), RecordKind.SOURCES))
                .isNotEmpty();
        assertThat(titles(bundled.repositories(engine).search().search("Mardan", 8), RecordKind.EVENTS))
                .isNotEmpty();
    }

    @Test
    void nothingForBlankOrUnknown() {
        assertThat(bundled.repositories(engine).search().search("  ", 8)).isEmpty();
        assertThat(bundled.repositories(engine).search().search("zzqxw", 8)).isEmpty();
    }

    // ---- issue 9, defect 10 ----

    @Test
    void urduLetterFormsAndVowelMarksDoNotMatter() {
        // the data writes PTI's and ANP's names with the Arabic yeh (ي), TLP's and PPP's with the Farsi yeh (ی)
        assertThat(titles(
                        bundled.repositories(engine)
                                .search()
                                .search("\u062a\u062d\u0631\u06cc\u06a9 \u0627\u0646\u0635\u0627\u0641", 8),
                        RecordKind.PARTIES))
                .as("\u062a\u062d\u0631\u06cc\u06a9 with \u06cc")
                .contains("PTI");
        assertThat(titles(
                        bundled.repositories(engine)
                                .search()
                                .search("\u0639\u0648\u0627\u0645\u06cc \u0646\u06cc\u0634\u0646\u0644", 8),
                        RecordKind.PARTIES))
                .contains("ANP");
        // Arabic kaf and yeh for PPP's keheh and Farsi yeh
        assertThat(titles(
                        bundled.repositories(engine)
                                .search()
                                .search("\u067e\u0627\u0643\u0633\u062a\u0627\u0646 \u067e\u064a\u067e\u0644\u0632", 8),
                        RecordKind.PARTIES))
                .contains("PPP");
        // heh (\u0647) for the heh goal (\u06c1) of \u0645\u062a\u062d\u062f\u06c1
        assertThat(titles(
                        bundled.repositories(engine)
                                .search()
                                .search("\u0645\u062a\u062d\u062f\u0647 \u0642\u0648\u0645\u06cc", 8),
                        RecordKind.PARTIES))
                .contains("MQM", "MQM-P");
        // vowel marks typed where the data has none, and none where it has them (\u0639\u0644\u0645\u0627\u0621\u0650)
        assertThat(titles(
                        bundled.repositories(engine)
                                .search()
                                .search(
                                        "\u062c\u064e\u0645\u06cc\u0639\u062a \u0639\u064f\u0644\u0645\u0627\u0621 \u0627\u0650\u0633\u0644\u0627\u0645",
                                        8),
                        RecordKind.PARTIES))
                .contains("JUI-F");
        assertThat(titles(
                        bundled.repositories(engine)
                                .search()
                                .search("\u0639\u0644\u0645\u0627\u0621 \u0627\u0633\u0644\u0627\u0645 \u0641", 8),
                        RecordKind.PARTIES))
                .contains("JUI-F");
    }

    @Test
    void theNormalFormFoldsLetterFormsMarksKashidaAndDigits() {
        assertThat(SqlSearchRepository.normalize("\u064a\u0649\u06cc")).isEqualTo("\u06cc\u06cc\u06cc");
        assertThat(SqlSearchRepository.normalize("\u0643\u06a9")).isEqualTo("\u06a9\u06a9");
        assertThat(SqlSearchRepository.normalize("\u06c1\u0647\u06be\u0629")).isEqualTo("\u0647\u0647\u0647\u0647");
        assertThat(SqlSearchRepository.normalize("\u0639\u0640\u0644\u0650\u06cc"))
                .isEqualTo("\u0639\u0644\u06cc");
        assertThat(SqlSearchRepository.normalize(
                        "\u0627\u0633\u062a\u062d\u06a9\u0627\u0645\u0650 \u067e\u0627\u06a9\u0633\u062a\u0627\u0646"))
                .isEqualTo(SqlSearchRepository.normalize(
                        "\u0627\u0633\u062a\u062d\u06a9\u0627\u0645 \u067e\u0627\u06a9\u0633\u062a\u0627\u0646"));
        assertThat(SqlSearchRepository.normalize("\u0646\u0627 \u06f2\u06f4\u06f2"))
                .isEqualTo("\u0646\u0627 242");
        assertThat(SqlSearchRepository.normalize("NA-242")).isEqualTo("na 242");
        assertThat(SqlSearchRepository.normalize("na242")).isEqualTo("na 242");
    }

    @Test
    void aCandidateWhoAppearsOnlyInTheResultsIsFound() {
        List<SearchHit> hits = bundled.repositories(engine).search().search("Dawa Khan Sabir", 8);
        List<SearchHit> candidates =
                hits.stream().filter(h -> h.ref().kind() == RecordKind.RESULTS).toList();
        assertThat(candidates).extracting(SearchHit::title).contains("Dawa Khan Sabir");
        SearchHit dawa = candidates.stream()
                .filter(h -> h.title().equals("Dawa Khan Sabir"))
                .findFirst()
                .orElseThrow();
        assertThat(dawa.detail())
                .contains("runner-up at NA-242")
                .contains("53,759 votes (Form-47)") // the official count, as everywhere
                .contains("Independent");
        assertThat(dawa.ref().label()).isEqualTo("Dawa Khan Sabir at NA-242");
        assertThat(bundled.repositories(engine).details().detail(dawa.ref(), null))
                .isPresent();
        // and by surname alone
        assertThat(titles(bundled.repositories(engine).search().search("sabir", 8), RecordKind.RESULTS))
                .contains("Dawa Khan Sabir");
    }

    @Test
    void aSeatCodeWithoutItsHyphenOrSpaceFindsTheSeat() {
        for (String q : new String[] {"na242", "NA242", "na 242", "Na-242"}) {
            List<SearchHit> hits = bundled.repositories(engine).search().search(q, 8);
            assertThat(titles(hits, RecordKind.CONSTITUENCIES)).as(q).isNotEmpty();
            assertThat(titles(hits, RecordKind.CONSTITUENCIES).get(0)).as(q).isEqualTo("NA-242");
            assertThat(titles(hits, RecordKind.DEALS)).as(q).contains("ANP \u2192 MQM-P at NA-242");
        }
        assertThat(titles(bundled.repositories(engine).search().search("ps108", 8), RecordKind.CONSTITUENCIES)
                        .get(0))
                .isEqualTo("PS-108");
    }
}
