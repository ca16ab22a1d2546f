package org.allianceexplorer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DeferredTaskRunner;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableViewModel;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledCounts;
import org.allianceexplorer.testing.BundledDb;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The seat deals table on the bundled dataset: filters, as-of status, outcome text, export. */
class DealsViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private AppState state;
    private DealsViewModel model;
    private RecordTableViewModel<SeatDeal> table;

    @BeforeEach
    void setUp() {
        state = new AppState();
        state.sessionProperty().set(bundled.session());
        model = new DealsViewModel(state, TaskRunner.immediate(), new TestDialogs());
        table = model.table();
    }

    private List<SeatDeal> na242() {
        return table.shown().stream().filter(d -> d.seat().equals("NA-242")).toList();
    }

    @Test
    void listsTheDealsWithTheirOutcome() {
        assertThat(table.total()).isEqualTo(BundledCounts.DEALS);
        SeatDeal kamal = na242().stream()
                .filter(d -> d.receiver().equals("MQM-P"))
                .findFirst()
                .orElseThrow();
        assertThat(DealsViewModel.outcomeText(kamal)).isEqualTo("won by 18,008 (Form-47)");
        assertThat(spec("outcome").cellText(kamal)).isEqualTo("won by 18,008 (Form-47)");
        assertThat(spec("basis").cellText(kamal)).isEqualTo("Form-47");
        assertThat(spec("status").cellText(kamal)).isEqualTo("confirmed");
        assertThat(spec("since").cellText(kamal)).isEqualTo("14 Feb 2024");
    }

    private RecordColumn<SeatDeal> spec(String id) {
        return table.spec().columns().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void filteringByGiverAnpShowsTheKarachiSeats() {
        table.setColumnFilter("giver", Set.of("ANP"));
        assertThat(table.shown())
                .extracting(SeatDeal::seat)
                .contains("NA-240", "NA-241", "NA-242", "PS-108", "PS-109", "PS-110")
                .doesNotContain("PS-88");
        assertThat(table.shown()).allSatisfy(d -> assertThat(d.giver()).isEqualTo("ANP"));
        assertThat(table.countProperty().get()).isEqualTo("7 of " + BundledCounts.DEALS + " rows");
    }

    @Test
    void theQuickFilterFindsACandidate() {
        table.quickFilterProperty().set("mustafa kamal");
        assertThat(table.shown()).extracting(SeatDeal::seat).containsExactly("NA-242");
        table.quickFilterProperty().set("kamal");
        assertThat(table.shown())
                .extracting(SeatDeal::candidate)
                .containsExactlyInAnyOrder("Syed Mustafa Kamal", "Raja Yawar Kamal");
    }

    @Test
    void theStatusFollowsTheAsOfDate() {
        assertThat(na242())
                .extracting(d -> d.giver() + ">" + d.receiver() + " " + d.status())
                .containsExactlyInAnyOrder("ANP>MQM-P CONFIRMED", "MQM-P>PML-N COLLAPSED", "ANP>PML-N SWITCHED");

        state.setAsOf(LocalDate.of(2024, 1, 20));

        // the deal with MQM-P was not yet made; both deals for Shehbaz Sharif ended when he withdrew on 12 Jan
        assertThat(na242())
                .extracting(d -> d.giver() + ">" + d.receiver() + " " + d.status())
                .containsExactlyInAnyOrder("MQM-P>PML-N COLLAPSED", "ANP>PML-N COLLAPSED");
        assertThat(na242()).allSatisfy(d -> assertThat(d.outcome()).isNull());

        state.setAsOf(null);
        assertThat(na242()).extracting(SeatDeal::status).contains(ClaimStatus.SWITCHED);
    }

    @Test
    void filtersAndSortSurviveAnAsOfReload() {
        table.setColumnFilter("giver", Set.of("ANP"));
        table.sort(List.of(new RecordTableViewModel.SortKey("seat", false)));
        state.setAsOf(LocalDate.of(2024, 2, 6));
        assertThat(table.shown())
                .extracting(SeatDeal::seat)
                .containsExactly("PS-110", "PS-109", "PS-108", "NA-242", "NA-242", "NA-241", "NA-240");
    }

    @Test
    void sortsTheOutcomeByMargin() {
        table.sort(List.of(new RecordTableViewModel.SortKey("outcome", false)));
        List<SeatDeal> rows = table.shown();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).outcome() != null) {
                assertThat(rows.get(i - 1).outcome()).isNotNull();
                assertThat(rows.get(i - 1).outcome().margin())
                        .isGreaterThanOrEqualTo(rows.get(i).outcome().margin());
            }
        }
    }

    @Test
    void theSelectedDealIsTheAppSelectionAndNavigationSelectsADeal() {
        SeatDeal d = na242().get(0);
        table.selected(d);
        assertThat(state.navigation().getCurrent()).isEqualTo(new RecordRef(RecordKind.DEALS, d.id(), null));
        assertThat(state.navigation().getCurrent().label()).startsWith("NA-242 ");

        SeatDeal other = table.shown().get(0);
        state.navigation().go(new RecordRef(RecordKind.DEALS, other.id(), "x"));
        assertThat(table.shown().get(table.revealProperty().get().position())).isEqualTo(other);
    }

    @Test
    void exportsTheFilteredDeals(@TempDir Path dir) throws Exception {
        table.setColumnFilter("giver", Set.of("ANP"));
        table.sort(List.of(new RecordTableViewModel.SortKey("seat", true)));
        Path out = dir.resolve("anp.csv");
        table.exportCsv(out);
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        }
        assertThat(rows)
                .extracting(c -> c.get("Seat"))
                .containsExactly("NA-240", "NA-241", "NA-242", "NA-242", "PS-108", "PS-109", "PS-110");
        assertThat(rows).extracting(c -> c.get("Giver")).containsOnly("ANP");
        // the visible columns in their order (issue 9, defect 14: the key columns first, Claims shown on demand)
        assertThat(rows.get(0).getParser().getHeaderNames())
                .containsExactly(
                        "Seat",
                        "Giver",
                        "Receiver",
                        "Candidate",
                        "Status",
                        "Outcome",
                        "Margin",
                        "Receiver's votes",
                        "Effect",
                        "Since",
                        "Election");
        // issue 9, defect 17: the readable outcome stays, its numbers follow as numbers a spreadsheet can sum
        CSVRecord na242 = rows.stream()
                .filter(c -> c.get("Seat").equals("NA-242") && c.get("Receiver").equals("MQM-P"))
                .findFirst()
                .orElseThrow();
        assertThat(na242.get("Outcome")).isEqualTo("won by 18,008 (Form-47)");
        assertThat(na242.get("Margin")).isEqualTo("18008");
        assertThat(na242.get("Receiver's votes")).isEqualTo("71767");
        // ANP's own candidate took 725 there: MQM-P won by far more
        assertThat(na242.get("Effect")).isEqualTo("not needed");
        assertThat(rows).allSatisfy(c -> assertThat(c.get("Margin")).matches("-?[0-9]*"));
        assertThat(rows)
                .filteredOn(c -> c.get("Outcome").startsWith("lost"))
                .allSatisfy(c -> assertThat(Long.parseLong(c.get("Margin"))).isNegative());
    }

    @Test
    void aNewDayBringsTheRowsInViewUpToDateBeforeEveryRowIsLoadedAgain() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        AppState st = new AppState();
        st.sessionProperty().set(bundled.session());
        DealsViewModel deferred = new DealsViewModel(st, tasks, new TestDialogs());
        RecordTableViewModel<SeatDeal> t = deferred.table();
        tasks.runAll();
        t.setColumnFilter("seat", Set.of("NA-242"));
        assertThat(t.shown()).hasSize(3);
        t.inView(0, 2);
        List<String> before = t.shown().stream()
                .map(d -> d.giver() + ">" + d.receiver() + " " + d.status())
                .toList();
        assertThat(before).contains("ANP>MQM-P CONFIRMED");

        st.setAsOf(LocalDate.of(2024, 1, 20));
        assertThat(tasks.worked()).hasSize(1);
        assertThat(tasks.waiting()).as("the rows in view, then every row").hasSize(2);
        tasks.run(0);
        // the rows in view show the day's status at once, in the same places; the deal with MQM-P was not yet made
        assertThat(t.shown())
                .extracting(d -> d.giver() + ">" + d.receiver() + " " + d.status())
                .containsExactlyInAnyOrder("ANP>MQM-P null", "MQM-P>PML-N COLLAPSED", "ANP>PML-N COLLAPSED");
        assertThat(t.loadingProperty().get()).isTrue();

        tasks.run(0);
        // every row again: a deal nobody had reported by then is not listed
        assertThat(t.loadingProperty().get()).isFalse();
        assertThat(t.shown())
                .extracting(d -> d.giver() + ">" + d.receiver() + " " + d.status())
                .containsExactlyInAnyOrder("MQM-P>PML-N COLLAPSED", "ANP>PML-N COLLAPSED");
    }

    @Test
    void aLargeDatabaseShowsAFirstPageThenEverything() {
        List<Integer> sizes = new ArrayList<>();
        table.shown().addListener((ListChangeListener<SeatDeal>)
                c -> sizes.add(table.shown().size()));
        var deals = bundled.session().repositories().deals();
        table.loadPaged(
                "Loading",
                10,
                sink -> deals.forEachDeal(RecordFilter.ALL, Long.MIN_VALUE, 3, sink),
                (after, limit, sink) -> deals.forEachDeal(RecordFilter.ALL, after, limit, sink),
                ids -> {
                    List<SeatDeal> rows = new ArrayList<>();
                    deals.forEachDeal(RecordFilter.ALL, ids, rows::add);
                    return rows;
                });
        assertThat(sizes).containsExactly(3, BundledCounts.DEALS);
        assertThat(table.loadingProperty().get()).isFalse();
        assertThat(table.paged()).isTrue();
        assertThat(new ArrayList<>(table.shown())).hasSize(BundledCounts.DEALS).doesNotContainNull();
    }
}
