package org.allianceexplorer.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DeferredTaskRunner;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SearchHit;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The detail pane's view-model on the bundled dataset, without the toolkit. */
class DetailViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private final List<String> opened = new ArrayList<>();
    private boolean browser = true;
    private AppState state;
    private DetailViewModel model;

    /** A dialog service that records the links it is asked to open; any other call answers nothing. */
    private DialogService dialogs() {
        return (DialogService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("openLink")) {
                        opened.add((String) args[0]);
                        return browser;
                    }
                    return method.getReturnType() == Optional.class ? Optional.empty() : null;
                });
    }

    @BeforeEach
    void setUp() {
        state = new AppState();
        state.sessionProperty().set(bundled.session());
        model = new DetailViewModel(state, TaskRunner.immediate(), dialogs());
    }

    private RecordRef find(String query, RecordKind kind) {
        return bundled.session().repositories().search().search(query, 8).stream()
                .map(SearchHit::ref)
                .filter(r -> r.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static RecordRef election(String code) {
        var e = bundled.session().repositories().elections().elections(RecordFilter.ALL).stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElseThrow();
        return new RecordRef(RecordKind.ELECTIONS, e.id(), e.name());
    }

    private static List<String> lines(DetailPage page, String section) {
        return page.section(section).orElseThrow().texts();
    }

    @Test
    void nothingSelectedSaysSo() {
        assertThat(model.getPage()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Select a record\u2026");
    }

    @Test
    void aPartyShowsItsBalanceWithEachPartner() {
        state.navigation().go(find("MQM-P", RecordKind.PARTIES));
        DetailPage page = model.getPage();
        assertThat(page.badge()).isEqualTo("Party");
        assertThat(page.title()).isEqualTo("MQM-P");
        assertThat(page.nativeName()).isNotBlank();
        assertThat(page.colour()).matches("#[0-9A-Fa-f]{6}");
        assertThat(page.field("Founded").orElseThrow().text()).isEqualTo("23 Aug 2016");
        assertThat(lines(page, "balance"))
                .contains(
                        "MQM-P gave ANP 1 \u2014 PS-88",
                        "MQM-P received from ANP 6 \u2014 NA-240, NA-241, NA-242, PS-108, PS-109, PS-110",
                        // NA-242 for Shehbaz Sharif collapsed; NA-229 and NA-230 held (deals of 2024 beyond Karachi)
                        "MQM-P gave PML-N 2 \u2014 NA-229, NA-230; NA-239 (collapsed); NA-242 (collapsed)")
                .anySatisfy(l -> assertThat(l)
                        .startsWith("MQM-P received from JUI-F 10 \u2014 ")
                        .contains("PS-99"));
        assertThat(lines(page, "relations")).anySatisfy(l -> assertThat(l).startsWith("split from MQM"));
        assertThat(page.sources().shown()).isNotEmpty();
    }

    @Test
    void theAsOfDateReloadsThePage() {
        state.navigation().go(find("MQM-P", RecordKind.PARTIES));
        state.setAsOf(LocalDate.of(2024, 1, 20));
        assertThat(lines(model.getPage(), "balance"))
                .noneMatch(l -> l.contains("ANP"))
                .anySatisfy(l -> assertThat(l).startsWith("MQM-P gave PML-N").contains("NA-242 (collapsed)"));
        state.setAsOf(null);
        assertThat(lines(model.getPage(), "balance")).anyMatch(l -> l.contains("ANP"));
    }

    @Test
    void aSeatShowsItsOfficialCountAndWhereTheResultsDiffer() {
        state.navigation().go(find("NA-242", RecordKind.CONSTITUENCIES));
        DetailPage page = model.getPage();
        List<String> count = lines(page, "count");
        assertThat(page.section("count").orElseThrow().title())
                .isEqualTo("Official count: Form-47, Pakistan general election 2024");
        assertThat(count.get(0)).isEqualTo("Winner: Syed Mustafa Kamal  (MQM-P)  71,767 votes");
        assertThat(count.get(1))
                .isEqualTo(
                        "Runner-up: Dawa Khan Sabir  (\u201cDawa Khan\u201d, Independent on the form)  53,759 votes");
        assertThat(count)
                .contains("Margin: 18,008 votes", "The candidate results differ:")
                .anyMatch(l -> l.contains("winner's votes: 71,767 on the Form-47, 71,727 in the candidate results"));
        // the results follow the basis shown: the margin and the winner's votes are the Form-47's
        List<String> results = lines(page, "results");
        assertThat(results.get(0)).isEqualTo("Winner's margin: 18,008 votes (Form-47)");
        assertThat(results.get(1))
                .contains("Syed Mustafa Kamal")
                .contains("71,767 votes (Form-47; 71,727 in the candidate results)")
                .contains("elected");
    }

    @Test
    void aDealShowsStatusOutcomeTheGiversVotesAndItsClaims() {
        state.navigation().go(find("Mustafa Kamal", RecordKind.DEALS));
        DetailPage page = model.getPage();
        assertThat(page.title()).isEqualTo("ANP \u2192 MQM-P at NA-242");
        assertThat(page.field("Status").orElseThrow().text()).startsWith("confirmed");
        assertThat(page.field("Outcome").orElseThrow().text())
                .isEqualTo("won with 71,767 votes, by 18,008 votes (Form-47)");
        assertThat(page.field("Giver's votes").orElseThrow().text())
                .contains("725")
                .contains("could not have decided");
        assertThat(lines(page, "claims"))
                .anySatisfy(l -> assertThat(l).contains("reported").contains("ARY News"));
        assertThat(page.section("claims").orElseThrow().lines())
                .flatExtracting(DetailPage.Line::spans)
                .extracting(Span::url)
                .contains("https://arynews.tv/anp-candidate-withdraws-in-favor-of-mqm-p-from-na-242/");
        assertThat(page.field("Alliance").orElseThrow().value().get(0).link().kind())
                .isEqualTo(RecordKind.ALLIANCES);
    }

    @Test
    void aPartnersBalanceNamesThePartyOfThePageAsTheOneWhoGave() {
        // ANP's page once read "MQM-P gave 6 \u00b7 received 1", as if MQM-P had given the six
        state.navigation().go(find("ANP", RecordKind.PARTIES));
        assertThat(lines(model.getPage(), "balance"))
                .contains(
                        "with MQM-P: ANP gave 6 \u00b7 received 1 (net -5)",
                        "ANP gave MQM-P 6 \u2014 NA-240, NA-241, NA-242, PS-108, PS-109, PS-110",
                        "ANP received from MQM-P 1 \u2014 PS-88");
    }

    @Test
    void theStampIsTheDayThePageWasMadeForWhateverOrderTheAnswersCameIn() {
        DeferredTaskRunner deferred = new DeferredTaskRunner();
        DetailViewModel slow = new DetailViewModel(state, deferred, dialogs());
        state.navigation().go(find("Mustafa Kamal", RecordKind.DEALS));
        state.setAsOf(LocalDate.of(2024, 1, 2));
        state.setAsOf(LocalDate.of(2023, 12, 16));
        // answered newest first, then the older ones late: the older answers must not replace the newer page
        deferred.runNewestFirst();
        assertThat(slow.getPage().asOf()).isEqualTo(LocalDate.of(2023, 12, 16));
        assertThat(slow.getPage().title()).isEqualTo("ANP \u2192 MQM-P at NA-242");
    }

    @Test
    void aDealSwitchedBeforeTheVoteWonAndLostNothing() {
        // ANP's NA-242 deal with PML-N was switched to MQM-P on 5 Feb: it once showed "lost by 59,833"
        RecordRef deal = bundled.session().repositories().search().search("NA-242", 20).stream()
                .map(SearchHit::ref)
                .filter(r -> r.kind() == RecordKind.DEALS
                        && r.label().contains("ANP")
                        && r.label().contains("PML-N"))
                .findFirst()
                .orElseThrow();
        state.navigation().go(deal);
        DetailPage page = model.getPage();
        assertThat(page.field("Outcome").orElseThrow().text()).startsWith("none: the deal was switched on 5 Feb 2024");
        assertThat(page.field("Candidate").orElseThrow().text()).isEqualTo("Shehbaz Sharif");
        state.setAsOf(LocalDate.of(2024, 1, 20));
        page = model.getPage();
        // Shehbaz Sharif withdrew from NA-242 on 12 January: by the 20th the deal in his favour had collapsed
        assertThat(page.field("Status as of 20 Jan 2024").orElseThrow().text()).startsWith("collapsed");
        // nothing on the page tells of the 5 Feb switch except the claim marked as after the date
        assertThat(page.section("note").orElseThrow().texts()).noneMatch(t -> t.contains("Feb") || t.contains("MQM-P"));
        assertThat(lines(page, "claims"))
                .filteredOn(l -> l.contains("switched"))
                .allMatch(l -> l.contains("after the as-of date"));
    }

    @Test
    void aDealsNoteIsLeftOutAsOfADayBeforeAnyoneReportedIt() {
        state.setAsOf(LocalDate.of(2024, 1, 20));
        state.navigation().go(find("Mustafa Kamal", RecordKind.DEALS));
        assertThat(model.getPage().section("note")).isEmpty();
        assertThat(model.getPage().field("Outcome").orElseThrow().text()).isEqualTo("none: not reported by this date");
        state.setAsOf(null);
        assertThat(model.getPage().section("note")).isPresent();
    }

    @Test
    void followingALinkSelectsThatRecordAndBackReturns() {
        RecordRef party = find("MQM-P", RecordKind.PARTIES);
        state.navigation().go(party);
        Span seat = model.getPage().section("deals").orElseThrow().lines().stream()
                .flatMap(l -> l.spans().stream())
                .filter(s -> s.link() != null
                        && s.link().kind() == RecordKind.CONSTITUENCIES
                        && s.text().equals("NA-242"))
                .findFirst()
                .orElseThrow();
        model.open(seat.link());
        assertThat(model.getPage().badge()).isEqualTo("Seat");
        assertThat(model.getPage().title()).isEqualTo("NA-242");
        assertThat(model.getPage().section("results").orElseThrow().title()).contains("29 candidates");
        assertThat(lines(model.getPage(), "deals")).hasSize(3);
        state.navigation().back();
        assertThat(model.getPage().ref()).isEqualTo(party);
    }

    @Test
    void linksOpenInTheBrowserOrSayThereIsNone() {
        assertThat(model.openLink("https://arynews.tv/x")).isTrue();
        browser = false;
        assertThat(model.openLink("https://arynews.tv/y")).isFalse();
        assertThat(opened).containsExactly("https://arynews.tv/x", "https://arynews.tv/y");
    }

    @Test
    void everyKindHasAPage() {
        for (RecordKind kind : RecordKind.values()) {
            state.navigation().go(new RecordRef(kind, 1, null));
            assertThat(model.getPage()).as(kind.code()).isNotNull();
            assertThat(model.getPage().badge()).isEqualTo(DetailPages.badge(kind));
        }
        state.navigation().go(new RecordRef(RecordKind.PARTIES, 987_654, null));
        assertThat(model.getPage()).isNull();
        assertThat(model.messageProperty().get()).startsWith("No such record");
    }

    @Test
    void aPersonLinksToTheirPartyAndDeals() {
        state.navigation().go(find("Mustafa Kamal", RecordKind.PEOPLE));
        DetailPage page = model.getPage();
        assertThat(page.title()).isEqualTo("Syed Mustafa Kamal");
        assertThat(lines(page, "deals"))
                .anySatisfy(l -> assertThat(l).contains("NA-242").contains("ANP \u2192 MQM-P"));
        assertThat(lines(page, "candidacies"))
                .anySatisfy(l -> assertThat(l).contains("NA-242").contains("71,727"));
    }

    @Test
    void anElectionWithoutResultsShowsItsAlliancesAndEvents() {
        RecordRef e1977 = election("pk-1977");
        state.navigation().go(e1977);
        DetailPage page = model.getPage();
        assertThat(lines(page, "no-results"))
                .containsExactly("No results are recorded for this election in this database.");
        assertThat(lines(page, "alliances")).anySatisfy(l -> assertThat(l).startsWith("PNA"));
        assertThat(page.section("alliances").orElseThrow().lines())
                .anySatisfy(l -> assertThat(l.note())
                        .startsWith("Members on polling day: ")
                        .contains("JI"));
        RecordRef e2024 = election("pk-2024");
        state.navigation().go(e2024);
        assertThat(model.getPage().section("no-results")).isEmpty();
        assertThat(lines(model.getPage(), "events"))
                .anySatisfy(l -> assertThat(l).contains("Mardan House"));
    }
}
