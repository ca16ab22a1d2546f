package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.allianceexplorer.domain.Candidacy;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.ResultDetail;
import org.allianceexplorer.domain.RecordDetail.SeatDetail;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.ResultLine;
import org.allianceexplorer.testing.BundledDb;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13: the official Form-47 figures of 254 seats ship beside the candidate results (a later
 * transcription), are preferred where they exist, name their basis, and list where the two differ.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class OfficialCountsTest {

    @Parameter
    Engine engine;

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private Map<String, OfficialCount> counts() {
        return bundled.repositories(engine).elections().officialCounts(RecordFilter.ALL).stream()
                .collect(Collectors.toMap(c -> c.seat().label(), Function.identity()));
    }

    @Test
    void everyFormOfTheFileIsThereAndCitesItsSource() throws Exception {
        Map<String, OfficialCount> all = counts();
        assertThat(all).hasSize(254);
        assertThat(all).doesNotContainKeys("NA-1", "NA-2", "NA-4", "NA-7", "NA-8", "NA-12", "NA-14", "NA-16");
        assertThat(all.values()).allMatch(c -> c.basis().equals("Form-47"));
        try (var st = bundled.db(engine).connection().createStatement();
                var rs = st.executeQuery("SELECT count(DISTINCT x.record_id) FROM citation x JOIN source s"
                        + " ON s.id = x.source_id WHERE x.record_kind = 'seat_count' AND s.code = 'aej-2024-form47'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(254);
        }
    }

    @Test
    void na242IsReadOnItsForm47AndSaysWhereTheTranscriptionDiffers() {
        OfficialCount c = counts().get("NA-242");
        assertThat(c.winner().shownName()).isEqualTo("Syed Mustafa Kamal");
        assertThat(c.winner().votes()).isEqualTo(71_767);
        assertThat(c.winner().listedVotes()).isEqualTo(71_727);
        assertThat(c.runnerUp().shownName()).isEqualTo("Dawa Khan Sabir");
        assertThat(c.runnerUp().name()).as("as the form prints it").isEqualTo("Dawa Khan");
        assertThat(c.runnerUp().votes()).isEqualTo(53_759);
        assertThat(c.runnerUp().listedVotes()).isEqualTo(53_770);
        assertThat(c.margin()).isEqualTo(18_008);
        assertThat(c.validVotes()).isEqualTo(188_901);
        assertThat(c.rejectedVotes()).isEqualTo(2_438);
        assertThat(c.turnout()).isEqualTo(43.71);
        assertThat(c.differences())
                .containsExactly(
                        "winner's votes: 71,767 on the Form-47, 71,727 in the candidate results",
                        "runner-up's votes: 53,759 on the Form-47, 53,770 in the candidate results");
    }

    @Test
    void theKnownDisagreementsAreListed() {
        Map<String, OfficialCount> all = counts();
        // NA-41: winner and runner-up; NA-57: runner-up 56,789 on the form against 59,803; NA-253 and NA-264: the
        // winner's votes well above the form's
        assertThat(all.get("NA-41").differenceSummary()).isEqualTo("winner's votes, runner-up's votes");
        assertThat(all.get("NA-57").runnerUp().votes()).isEqualTo(56_789);
        assertThat(all.get("NA-57").runnerUp().listedVotes()).isEqualTo(59_803);
        assertThat(all.get("NA-253").winner().votes()).isEqualTo(46_683);
        assertThat(all.get("NA-253").listedWinner().votes()).isEqualTo(54_506);
        assertThat(all.get("NA-253").winner().result())
                .as("'Mian Khan' on the form is 'Mian Khan Mandrani Bugti' in the results")
                .isNotNull();
        assertThat(all.get("NA-264").winner().votes()).isEqualTo(10_678);
        assertThat(all.get("NA-264").winner().listedVotes()).isEqualTo(14_977);
        for (String seat : List.of("NA-41", "NA-57", "NA-253", "NA-264")) {
            assertThat(all.get(seat).differs()).as(seat).isTrue();
        }
        // seats where the two agree are not listed
        assertThat(all.get("NA-240").differs()).isFalse();
        long differing = all.values().stream().filter(OfficialCount::differs).count();
        assertThat(differing).isBetween(150L, 254L);
    }

    @Test
    void whereTheFormHasAnotherWinnerItIsTheWinnerShown() {
        // five seats where the election-day Form-47 and the later result disagree on who won (SOURCES.md)
        Map<String, OfficialCount> all = counts();
        for (String seat : List.of("NA-79", "NA-81", "NA-154", "NA-251", "NA-261")) {
            OfficialCount c = all.get(seat);
            assertThat(c.winner().result()).as(seat).isNotNull();
            assertThat(c.winner().result().id())
                    .as(seat)
                    .isEqualTo(c.listedRunnerUp().result().id());
            assertThat(c.differenceSummary()).as(seat).startsWith("winner, ");
        }
        List<Candidacy> na79 = results("NA-79");
        Candidacy virk =
                na79.stream().filter(k -> k.officialPlace() == 1).findFirst().orElseThrow();
        assertThat(virk.candidate()).isEqualTo("Ehsan Ullah Virk");
        assertThat(virk.rank()).as("the transcription's own rank is kept").isEqualTo(2);
        assertThat(virk.officialVotes()).isEqualTo(104_023);
        assertThat(virk.basis()).isEqualTo("Form-47");
    }

    @Test
    void theSeatPageShowsTheCountAndRanksOnIt() {
        RecordRef seat = new RecordRef(RecordKind.CONSTITUENCIES, seatId("NA-79"), "NA-79");
        SeatDetail d = (SeatDetail)
                bundled.repositories(engine).details().detail(seat, null).orElseThrow();
        assertThat(d.counts()).hasSize(1);
        ResultLine first = d.results().get(0);
        assertThat(first.candidate()).isEqualTo("Ehsan Ullah Virk");
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.elected()).isTrue();
        assertThat(first.votes()).isEqualTo(104_023);
        assertThat(first.listedVotes()).isEqualTo(92_581);
        ResultLine second = d.results().get(1);
        assertThat(second.rank()).isEqualTo(2);
        assertThat(second.elected()).isFalse();
        assertThat(d.results().get(2).rank()).isEqualTo(3);
        assertThat(d.results().get(2).basis()).isNull();

        RecordDetail r = bundled.repositories(engine)
                .details()
                .detail(first.result(), null)
                .orElseThrow();
        assertThat(((ResultDetail) r).margin()).isEqualTo(104_023 - 99_635);
    }

    @Test
    void beforePollingDayNoCountIsKnown() {
        RecordFilter jan = RecordFilter.ALL.withAsOf(LocalDate.of(2024, 1, 20));
        assertThat(bundled.repositories(engine).elections().officialCounts(jan)).isEmpty();
        assertThat(bundled.repositories(engine).elections().officialCounts(RecordFilter.ALL.withParty("ANP")))
                .extracting(c -> c.seat().label())
                .contains("NA-242")
                .hasSizeLessThan(254);
    }

    private List<Candidacy> results(String seat) {
        List<Candidacy> out = new java.util.ArrayList<>();
        bundled.repositories(engine).elections().forEachResult(RecordFilter.ALL, k -> {
            if (k.seat().equals(seat)) {
                out.add(k);
            }
        });
        return out;
    }

    private long seatId(String code) {
        return bundled.repositories(engine).elections().constituencies(RecordFilter.ALL).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
