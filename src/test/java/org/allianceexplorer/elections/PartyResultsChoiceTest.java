package org.allianceexplorer.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.imports.parlgov.ParlGovImport;
import org.allianceexplorer.detail.DetailPage;
import org.allianceexplorer.detail.DetailViewModel;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.TestDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An election imported from ParlGov has national results by party and none by seat: the elections list says so
 * instead of "no results stored".
 */
class PartyResultsChoiceTest {

    @Test
    void anElectionWithNationalPartyResultsSaysSo(@TempDir Path dir) throws Exception {
        Path folder = Path.of(PartyResultsChoiceTest.class
                        .getResource("/parlgov/party.csv")
                        .toURI())
                .getParent();
        Path db = dir.resolve("nzl.sqlite");
        ParlGovImport.toNewFile(folder, db, new ParlGovImport.Options(List.of("NZL"), null), s -> {});
        try (Database d = Database.openReadOnly(db)) {
            ElectionsViewModel.Loaded loaded =
                    ElectionsViewModel.load(Repositories.of(d).elections(), RecordFilter.ALL, false, null);
            List<ElectionChoice> elections =
                    loaded.elections().subList(1, loaded.elections().size());
            assertThat(elections).isNotEmpty().allSatisfy(c -> {
                assertThat(c.seats()).isZero();
                assertThat(c.partyResults()).isPositive();
                assertThat(c.label()).contains("national results of").contains("parties, none by seat");
            });
        }
    }

    @Test
    void choosingSuchAnElectionShowsItsNationalResultsByPartyInPlaceOfTheSeats(@TempDir Path dir) throws Exception {
        Path folder = Path.of(PartyResultsChoiceTest.class
                        .getResource("/parlgov/party.csv")
                        .toURI())
                .getParent();
        Path db = dir.resolve("nzl.sqlite");
        ParlGovImport.toNewFile(folder, db, new ParlGovImport.Options(List.of("NZL"), null), s -> {});
        try (Database d = Database.openReadOnly(db)) {
            AppState state = new AppState();
            state.sessionProperty().set(Session.of(d));
            ElectionsViewModel model = new ElectionsViewModel(state, TaskRunner.immediate(), new TestDialogs());
            NationalResults national = model.national();
            assertThat(national.shownProperty().get()).isFalse();

            ElectionChoice last = model.elections().get(model.elections().size() - 1);
            model.choose(last);
            assertThat(national.shownProperty().get()).isTrue();
            assertThat(model.emptyMessageProperty().get()).isEmpty();
            List<PartyResult> rows = national.table().shown();
            assertThat(rows).hasSize(last.partyResults());
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.party()).isNotBlank();
                assertThat(r.election()).isEqualTo(last.election().name());
            });
            // most seats first; the seats add up to a parliament, the shares to about 100%
            List<Integer> seats =
                    rows.stream().map(r -> r.seats() == null ? -1 : r.seats()).toList();
            assertThat(seats).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(seats.get(0)).isPositive();
            double share = rows.stream()
                    .filter(r -> r.voteShare() != null)
                    .mapToDouble(PartyResult::voteShare)
                    .sum();
            assertThat(share).isBetween(90.0, 100.5);
            assertThat(rows.get(0).shareText()).matches("\\d+\\.\\d%");

            // the election's detail page lists them too, each party a link, and does not say "no results"
            DetailPage page = new DetailViewModel(state, TaskRunner.immediate(), new TestDialogs()).getPage();
            assertThat(page.section("no-results")).isEmpty();
            DetailPage.Section section = page.section("national-results").orElseThrow();
            assertThat(section.title()).isEqualTo("National results by party (" + rows.size() + ")");
            assertThat(section.texts().get(0))
                    .startsWith(rows.get(0).party() + "  " + rows.get(0).seats() + " seat");
            assertThat(section.lines().get(0).spans().get(0).link().kind()).isEqualTo(RecordKind.PARTIES);

            model.choose(model.elections().get(0));
            assertThat(national.shownProperty().get()).isFalse();
            assertThat(national.table().shown()).isEmpty();
        }
    }
}
