package org.allianceexplorer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DeferredTaskRunner;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Global search's view-model on the bundled dataset, without the toolkit. */
class SearchViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private AppState state;
    private SearchViewModel model;

    @BeforeEach
    void setUp() {
        state = new AppState();
        state.sessionProperty().set(bundled.session());
        model = new SearchViewModel(state, TaskRunner.immediate());
    }

    @Test
    void resultsAreGroupedUnderHeadersAndTheFirstHitIsSelected() {
        model.queryProperty().set("Mustafa Kamal");
        assertThat(model.rows().get(0).isHeader()).isTrue();
        assertThat(model.rows())
                .filteredOn(SearchViewModel.Row::isHeader)
                .extracting(SearchViewModel.Row::header)
                .contains("People", "Seat deals");
        assertThat(model.selectedProperty().get()).isEqualTo(1);
        assertThat(model.hits())
                .extracting(h -> h.title())
                .contains("Syed Mustafa Kamal", "ANP \u2192 MQM-P at NA-242");
    }

    @Test
    void downAndUpSkipHeadersAndStopAtTheEnds() {
        model.queryProperty().set("Mustafa Kamal");
        model.move(-1);
        assertThat(model.selectedProperty().get()).isEqualTo(1);
        for (int i = 0; i < model.rows().size() + 3; i++) {
            model.move(1);
            assertThat(model.rows().get(model.selectedProperty().get()).isHeader())
                    .isFalse();
        }
        assertThat(model.selectedProperty().get()).isEqualTo(model.rows().size() - 1);
    }

    @Test
    void enterOnTheDealSelectsItAndShowsTheDealsScreen() {
        model.queryProperty().set("mustafa kamal");
        int deal = model.rows()
                .indexOf(model.rows().stream()
                        .filter(r -> !r.isHeader() && r.hit().ref().kind() == RecordKind.DEALS)
                        .findFirst()
                        .orElseThrow());
        while (model.selectedProperty().get() < deal) {
            model.move(1);
        }
        assertThat(model.openSelected()).isTrue();
        assertThat(state.navigation().getCurrent().kind()).isEqualTo(RecordKind.DEALS);
        assertThat(state.navigation().getCurrent().label()).isEqualTo("ANP \u2192 MQM-P at NA-242");
        assertThat(state.screenProperty().get()).isEqualTo("deals");
    }

    @Test
    void eachKindOpensTheScreenThatListsIt() {
        assertThat(SearchViewModel.screenFor(RecordKind.PEOPLE)).isEqualTo("people");
        assertThat(SearchViewModel.screenFor(RecordKind.CONSTITUENCIES)).isEqualTo("elections");
        assertThat(SearchViewModel.screenFor(RecordKind.ELECTIONS)).isEqualTo("elections");
        assertThat(SearchViewModel.screenFor(RecordKind.RESULTS)).isEqualTo("elections");
        assertThat(SearchViewModel.screenFor(RecordKind.SOURCES)).isEqualTo("sources");
        assertThat(SearchViewModel.screenFor(RecordKind.ALLIANCES)).isEqualTo("alliances");
        assertThat(SearchViewModel.screenFor(RecordKind.EVENTS)).isEqualTo("events");
    }

    @Test
    void nothingFoundSaysSoAndClearingForgets() {
        model.queryProperty().set("zzqxw");
        assertThat(model.rows()).isEmpty();
        assertThat(model.messageProperty().get()).contains("No matches").contains("zzqxw");
        assertThat(model.openSelected()).isFalse();
        model.queryProperty().set("ANP");
        assertThat(model.rows()).isNotEmpty();
        model.queryProperty().set("");
        assertThat(model.rows()).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void resultsAreShownOnlyWhileTheUserIsSearching() {
        assertThat(model.searchingProperty().get()).isFalse();
        model.queryProperty().set("Mustafa Kamal");
        assertThat(model.searchingProperty().get()).isTrue();

        state.setAsOf(LocalDate.of(2024, 1, 20));
        assertThat(model.searchingProperty().get())
                .as("a new as-of date ends the search")
                .isFalse();
        model.resume();
        assertThat(model.searchingProperty().get()).isTrue();
        state.setAsOf(null); // Latest
        assertThat(model.searchingProperty().get()).as("Latest ends the search").isFalse();
        assertThat(model.rows()).as("the results are kept for Down").isNotEmpty();

        model.resume();
        state.screenProperty().set("timeline");
        assertThat(model.searchingProperty().get())
                .as("another screen ends the search")
                .isFalse();

        model.queryProperty().set("Kamala");
        model.queryProperty().set("Mustafa Kamal");
        assertThat(model.searchingProperty().get()).isTrue();
        assertThat(model.openSelected()).isTrue();
        assertThat(model.searchingProperty().get())
                .as("opening a result ends the search")
                .isFalse();

        model.resume();
        state.navigation().go(new RecordRef(RecordKind.PARTIES, 1, "a party"));
        assertThat(model.searchingProperty().get())
                .as("another record ends the search")
                .isFalse();
        model.queryProperty().set("");
        model.resume();
        assertThat(model.searchingProperty().get())
                .as("nothing to show for an empty query")
                .isFalse();
    }

    @Test
    void aRunnerUpFoundOnlyInTheResultsOpensTheResultOnTheElectionsScreen() {
        model.queryProperty().set("Dawa Khan Sabir");
        assertThat(model.rows())
                .filteredOn(SearchViewModel.Row::isHeader)
                .extracting(SearchViewModel.Row::header)
                .contains("Candidates");
        assertThat(model.rows().get(model.selectedProperty().get()).hit().title())
                .isEqualTo("Dawa Khan Sabir");
        assertThat(model.openSelected()).isTrue();
        assertThat(state.navigation().getCurrent().kind()).isEqualTo(RecordKind.RESULTS);
        assertThat(state.screenProperty().get()).isEqualTo("elections");
    }

    @Test
    void aSeatCodeTypedWithoutItsHyphenFindsTheSeatFirst() {
        model.queryProperty().set("na242");
        assertThat(model.rows().get(model.selectedProperty().get()).hit().title())
                .isEqualTo("NA-242");
        model.queryProperty().set("\u0645\u062a\u062d\u062f\u0647 \u0642\u0648\u0645\u06cc");
        assertThat(model.hits()).extracting(h -> h.title()).contains("MQM-P");
    }

    @Test
    void theIndexIsBuiltWhenTheSearchBoxIsFocusedNotWhenADatabaseOpens() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        AppState st = new AppState();
        SearchViewModel m = new SearchViewModel(st, tasks);
        st.sessionProperty().set(bundled.session());
        assertThat(tasks.waiting())
                .as("opening a database leaves the worker to the screen shown")
                .isEmpty();
        m.warmUp();
        m.warmUp();
        assertThat(tasks.waiting()).as("asked once per database").hasSize(1);
        tasks.runAll();
        assertThat(tasks.worked()).containsExactly("Preparing search");
        m.queryProperty().set("Mustafa Kamal");
        tasks.runAll();
        assertThat(m.rows()).isNotEmpty();
    }
}
