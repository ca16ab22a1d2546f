package org.allianceexplorer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.ListChangeListener;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic table: filters, quick filter, sorting, layout, copy, export and navigation, without a toolkit. */
class RecordTableViewModelTest {

    record Row(long id, String name, String party, Integer votes, PartialDate date, String colour) {}

    private static final List<Row> ROWS = List.of(
            new Row(1, "Alpha", "ANP", 300, PartialDate.ofYear(1990), "#ff0000"),
            new Row(2, "=cmd|' /C calc'!A0", "MQM-P", 100, PartialDate.parse("1990-05-02"), null),
            new Row(3, "Gamma", "ANP", 200, PartialDate.ofMonth(1989, 3), "#00ff00"),
            new Row(4, "delta", "PPP", null, null, null),
            new Row(5, "Epsilon\tTab", "MQM-P", 50, PartialDate.ofMonth(1990, 1), "#0000ff"));

    private final AppState state = new AppState();
    private final TestDialogs dialogs = new TestDialogs();
    private RecordTableViewModel<Row> model;

    @BeforeEach
    void setUp() {
        RecordTableSpec<Row> spec = new RecordTableSpec<>(
                RecordKind.PARTIES,
                List.of(
                        RecordColumn.<Row>swatch("colour", "Colour", Row::colour),
                        RecordColumn.<Row>text("name", "Name", 120, Row::name),
                        RecordColumn.<Row>text("party", "Party", 80, Row::party),
                        RecordColumn.<Row>number("votes", "Votes", 80, Row::votes),
                        RecordColumn.<Row>date("date", "Date", 100, Row::date)),
                Row::id,
                Row::name,
                "rows");
        model = new RecordTableViewModel<>(spec, state, TaskRunner.immediate(), dialogs);
        model.setRows(ROWS);
    }

    private List<Long> shownIds() {
        return model.shown().stream().map(Row::id).toList();
    }

    @Test
    void thePlaceholderSaysWhyThereAreNoRows() {
        // as the window starts, its first table is made before its database has opened
        assertThat(model.placeholder().get()).isEqualTo("No database open");
        try (Database db = BundledDataset.open(BundledDataset.MALAYSIA_GE15)) {
            state.sessionProperty().set(Session.of(db));
            assertThat(model.placeholder().get()).isEqualTo("No rows");
            model.setColumnFilter("party", Set.of("ANP"));
            assertThat(model.placeholder().get()).isEqualTo("No rows match the filters");
            model.setEmptyText("No seats in this election");
            model.clearFilters();
            assertThat(model.placeholder().get()).isEqualTo("No seats in this election");
            state.sessionProperty().set(null);
        }
    }

    @Test
    void showsEveryRowInQueryOrderWithACount() {
        assertThat(shownIds()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(model.countProperty().get()).isEqualTo("5 rows");
        assertThat(model.filtersActiveProperty().get()).isFalse();
    }

    @Test
    void aColumnFilterLetsThroughTheCheckedValues() {
        assertThat(model.filterChoices("party"))
                .extracting(RecordTableViewModel.FilterChoice::text)
                .containsExactly("ANP", "MQM-P", "PPP");
        assertThat(model.filterChoices("party"))
                .extracting(RecordTableViewModel.FilterChoice::count)
                .containsExactly(2, 2, 1);

        model.setColumnFilter("party", Set.of("ANP"));

        assertThat(shownIds()).containsExactly(1L, 3L);
        assertThat(model.countProperty().get()).isEqualTo("2 of 5 rows");
        assertThat(model.columns().get(2).filteredProperty().get()).isTrue();
        assertThat(model.filterChoices("party"))
                .filteredOn(RecordTableViewModel.FilterChoice::selected)
                .extracting(RecordTableViewModel.FilterChoice::text)
                .containsExactly("ANP");

        model.setColumnFilter("party", Set.of("PPP"));
        assertThat(model.countProperty().get()).isEqualTo("1 of 5 rows");
        model.setColumnFilter("party", null);
        assertThat(shownIds()).hasSize(5);
    }

    @Test
    void oneRowIsCountedAsARow() {
        I18n.Messages t = I18n.of(RecordTableViewModel.class);
        assertThat(t.t("count.all", 1)).isEqualTo("1 row");
        assertThat(t.t("count.all", 0)).isEqualTo("0 rows");
        assertThat(t.t("count.all", 1234)).isEqualTo("1,234 rows");
        assertThat(t.t("count.shown", 1, 1)).isEqualTo("1 of 1 row");
        assertThat(t.t("count.shown", 2, 7)).isEqualTo("2 of 7 rows");
    }

    @Test
    void theQuickFilterNeedsEveryWordInSomeTextColumn() {
        model.quickFilterProperty().set("anp");
        assertThat(shownIds()).containsExactly(1L, 3L);

        model.quickFilterProperty().set("mqm eps");
        assertThat(shownIds()).containsExactly(5L);

        model.quickFilterProperty().set("300"); // numbers are not searched
        assertThat(shownIds()).isEmpty();
        assertThat(model.filtersActiveProperty().get()).isTrue();

        model.clearFilters();
        assertThat(model.quickFilterProperty().get()).isEmpty();
        assertThat(shownIds()).hasSize(5);
    }

    @Test
    void filtersCombine() {
        model.setColumnFilter("party", Set.of("ANP", "MQM-P"));
        model.quickFilterProperty().set("a");
        assertThat(shownIds()).containsExactly(1L, 2L, 3L, 5L);
        model.quickFilterProperty().set("a ta");
        assertThat(shownIds()).containsExactly(5L);
    }

    @Test
    void sortsByTextNumbersAndPartialDatesWithEmptyFirst() {
        model.sort(List.of(new RecordTableViewModel.SortKey("name", true)));
        assertThat(model.shown())
                .extracting(Row::name)
                .containsExactly("=cmd|' /C calc'!A0", "Alpha", "delta", "Epsilon\tTab", "Gamma");

        model.sort(List.of(new RecordTableViewModel.SortKey("votes", false)));
        assertThat(shownIds()).containsExactly(1L, 3L, 2L, 5L, 4L);

        model.sort(List.of(new RecordTableViewModel.SortKey("date", true)));
        // none, Mar 1989, 1990 (whole year: from 1 Jan, coarser first), Jan 1990, 2 May 1990
        assertThat(shownIds()).containsExactly(4L, 3L, 1L, 5L, 2L);
    }

    @Test
    void sortsByTwoKeysStably() {
        model.sort(List.of(
                new RecordTableViewModel.SortKey("party", false), new RecordTableViewModel.SortKey("votes", true)));
        assertThat(shownIds()).containsExactly(4L, 5L, 2L, 3L, 1L);
        model.sort(List.of());
        assertThat(shownIds()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void sortingKeepsTheFilter() {
        model.setColumnFilter("party", Set.of("MQM-P"));
        model.sort(List.of(new RecordTableViewModel.SortKey("votes", true)));
        assertThat(shownIds()).containsExactly(5L, 2L);
    }

    @Test
    void copiesRowsAsTabSeparatedTextOfTheVisibleColumns() {
        model.columns().get(0).visibleProperty().set(false);
        String tsv = model.tsv(List.of(ROWS.get(0), ROWS.get(4)), true);
        assertThat(tsv)
                .isEqualTo("Name\tParty\tVotes\tDate\n"
                        + "Alpha\tANP\t300\t1990\n"
                        + "Epsilon Tab\tMQM-P\t50\tJan 1990\n");
        assertThat(model.tsv(List.of(ROWS.get(3)), false)).isEqualTo("delta\tPPP\t\t\n");
    }

    @Test
    void exportsExactlyTheShownRowsAsSafeCsv(@TempDir Path dir) throws Exception {
        model.setColumnFilter("party", Set.of("MQM-P", "PPP"));
        model.sort(List.of(new RecordTableViewModel.SortKey("votes", false)));
        model.columns().get(0).visibleProperty().set(false);
        model.reorder(List.of("party", "name"));
        Path out = dir.resolve("rows.csv");

        model.exportCsv(out);

        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        }
        assertThat(records).hasSize(3);
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("Party", "Name", "Votes", "Date");
        assertThat(records)
                .extracting(c -> c.get("Name"))
                .containsExactly("'=cmd|' /C calc'!A0", "Epsilon\tTab", "delta");
        assertThat(records).extracting(c -> c.get("Votes")).containsExactly("100", "50", "");
        assertThat(records).extracting(c -> c.get("Date")).containsExactly("1990-05-02", "1990-01", "");
        // issue 9, defect 13: where the file went, in full, as a notice (status bar), not in the table's tool row
        assertThat(state.noticeProperty().get().text()).isEqualTo("Exported 3 rows to " + out.toAbsolutePath());
        assertThat(state.noticeProperty().get().warning()).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void exportAsksWhereAndWritesNothingWhenCancelled(@TempDir Path dir) throws Exception {
        dialogs.saveTo = null;
        model.exportCsv();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        dialogs.saveTo = dir.resolve("chosen.csv");
        model.exportCsv();
        assertThat(Files.readAllLines(dialogs.saveTo)).hasSize(6);
    }

    @Test
    void aFailedExportSaysWhy(@TempDir Path dir) {
        model.exportCsv(dir.resolve("no-such-folder").resolve("x.csv"));
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .startsWith("Export failed")
                .contains("does not exist");
    }

    @Test
    void theLayoutIsAValueThatRoundTrips() {
        model.reorder(List.of("date", "name"));
        model.columns().stream()
                .filter(c -> c.id().equals("votes"))
                .findFirst()
                .orElseThrow()
                .visibleProperty()
                .set(false);
        model.columns().get(0).widthProperty().set(140.4);
        TableLayout saved = model.layout();
        assertThat(saved.format()).isEqualTo("date:140,name:120,colour:44,party:80,!votes:80");

        model.restore(TableLayout.parse(""));
        assertThat(model.columns())
                .extracting(ColumnState::id)
                .containsExactly("date", "name", "colour", "party", "votes");
        assertThat(model.visibleColumns()).hasSize(5);

        model.restore(TableLayout.parse(saved.format()));
        assertThat(model.layout().format()).isEqualTo("date:140,name:120,colour:44,party:80,!votes:80");
        assertThat(model.visibleColumns())
                .extracting(RecordColumn::id)
                .containsExactly("date", "name", "colour", "party");
    }

    @Test
    void aDamagedLayoutIsReadAsFarAsItMakesSense() {
        TableLayout l = TableLayout.parse("party:90, bogus, !name:x, nosuch:50 ,!votes:70");
        assertThat(l.format()).isEqualTo("party:90,nosuch:50,!votes:70");
        model.restore(l);
        assertThat(model.columns()).extracting(ColumnState::id).startsWith("party", "votes");
        assertThat(model.columns().get(0).widthProperty().get()).isEqualTo(90);
        assertThat(model.visibleColumns()).extracting(RecordColumn::id).doesNotContain("votes");
    }

    @Test
    void selectingARowNavigatesAndNavigationRevealsTheRow() {
        model.selected(ROWS.get(2));
        assertThat(state.navigation().getCurrent()).isEqualTo(new RecordRef(RecordKind.PARTIES, 3, "Gamma"));
        assertThat(model.revealProperty().get()).isNull(); // the user's own selection is not revealed again

        model.setColumnFilter("party", Set.of("ANP"));
        state.navigation().go(new RecordRef(RecordKind.PARTIES, 5, "Epsilon"));
        // row 5 was filtered out: the filters are cleared to show it
        assertThat(model.filtersActiveProperty().get()).isFalse();
        assertThat(model.revealProperty().get().position()).isEqualTo(4);

        state.navigation().back();
        assertThat(model.revealProperty().get().position()).isEqualTo(2);

        state.navigation().go(new RecordRef(RecordKind.DEALS, 1, "another kind"));
        assertThat(model.revealProperty().get().position()).isEqualTo(2);
    }

    @Test
    void newRowsSortingAndFilteringNeverChangeTheAppsSelection() {
        // a table view keeps its selected index when its rows are replaced and reports the row now there
        int[] viewIndex = {0};
        model.shown().addListener((ListChangeListener<Row>) c -> {
            if (viewIndex[0] < model.shown().size()) {
                model.selected(model.shown().get(viewIndex[0]));
                model.selectedRows(List.of(model.shown().get(viewIndex[0])));
            }
        });
        model.selected(ROWS.get(1));
        model.selectedRows(List.of(ROWS.get(1)));
        viewIndex[0] = 1;
        RecordRef deal = new RecordRef(RecordKind.DEALS, 42, "a deal chosen on another screen");
        state.navigation().go(deal);

        model.setRows(List.of(ROWS.get(4), ROWS.get(3), ROWS.get(2), ROWS.get(1), ROWS.get(0)));
        model.sort(List.of(new RecordTableViewModel.SortKey("votes", false)));
        model.setColumnFilter("party", Set.of("MQM-P", "PPP"));
        model.quickFilterProperty().set("mqm");

        assertThat(state.navigation().getCurrent()).isEqualTo(deal);
        // the row the user had selected here is selected again (by id), not the row now at its old place
        RecordTableViewModel.Reveal r = model.revealProperty().get();
        assertThat(r.position()).isEqualTo(-1);
        assertThat(r.positions()).hasSize(1);
        assertThat(model.shown().get(r.positions()[0]).id()).isEqualTo(2L);
    }

    @Test
    void afterNewRowsTheTableSelectsTheAppsRecordAgainWithoutClearingFilters() {
        model.selected(ROWS.get(2));
        model.setColumnFilter("party", Set.of("ANP"));
        model.setRows(List.of(ROWS.get(4), ROWS.get(2), ROWS.get(0)));
        assertThat(state.navigation().getCurrent().id()).isEqualTo(3L);
        RecordTableViewModel.Reveal r = model.revealProperty().get();
        assertThat(model.shown().get(r.position()).id()).isEqualTo(3L);
        assertThat(r.positions()).containsExactly(r.position());
        assertThat(model.filtersActiveProperty().get()).isTrue();

        model.sort(List.of(new RecordTableViewModel.SortKey("name", false)));
        assertThat(model.shown().get(model.revealProperty().get().position()).id())
                .isEqualTo(3L);
        assertThat(state.navigation().getCurrent().id()).isEqualTo(3L);
    }

    // ---- issue 9, defect 14 ----

    @Test
    void aColumnEmptyInEveryRowIsNotShownAndComesBackWithValues() {
        model.setRows(
                List.of(new Row(1, "Alpha", "ANP", 300, null, null), new Row(2, "Beta", "PPP", null, null, null)));
        ColumnState<Row> date = model.columns().get(4);
        assertThat(date.emptyProperty().get()).isTrue();
        assertThat(date.visibleProperty().get()).as("still chosen").isTrue();
        assertThat(date.shownProperty().get()).isFalse();
        assertThat(model.visibleColumns())
                .extracting(RecordColumn::id)
                .doesNotContain("date")
                .contains("votes");

        model.setRows(ROWS);
        assertThat(date.shownProperty().get()).isTrue();
        model.setRows(List.of());
        assertThat(date.shownProperty().get())
                .as("no rows: nothing is known to be empty")
                .isTrue();
    }

    @Test
    void theDefaultLayoutFitsItsWidthByShrinkingTextColumnsOnly() {
        // name 120, party 80 (text); votes 80, date 100 (fixed); colour 44: 424 in all
        model.fit(374, id -> 50);
        double name = model.columns().get(1).widthProperty().get();
        double party = model.columns().get(2).widthProperty().get();
        assertThat(model.columns().get(3).widthProperty().get()).isEqualTo(80);
        assertThat(model.columns().get(4).widthProperty().get()).isEqualTo(100);
        assertThat(name + party + 80 + 100 + 44).isLessThanOrEqualTo(374);
        assertThat(name).isGreaterThan(party).isGreaterThanOrEqualTo(72); // never under 60% of its default
        assertThat(party).isGreaterThanOrEqualTo(50);
    }

    @Test
    void whenNotAllFitTheFirstColumnsFitAndASavedLayoutIsNeverFitted() {
        model.fit(150, id -> 60); // colour 44 + name (120, floor 72) fit; the rest cannot
        assertThat(model.columns().get(1).widthProperty().get()).isEqualTo(106);
        assertThat(model.columns().get(2).widthProperty().get())
                .as("not squeezed for nothing")
                .isEqualTo(80);

        model.restore(TableLayout.parse("name:300,party:300"));
        model.fit(200, id -> 40);
        assertThat(model.columns().get(1).widthProperty().get()).isEqualTo(300);
        assertThat(model.defaultLayout()).isFalse();
        model.restore(new TableLayout(List.of())); // Reset columns
        assertThat(model.defaultLayout()).isTrue();
    }

    // ---- issue 9, defect 15 ----

    @Test
    void codesWithNumbersSortNaturally() {
        List<String> seats = List.of("PS-108", "NA-242", "PS-88", "NA-1", "PS-9", "na-10", "NA-241", "PS-109");
        AtomicLong id = new AtomicLong();
        model.setRows(seats.stream()
                .map(s -> new Row(id.incrementAndGet(), s, "ANP", null, null, null))
                .toList());
        model.sort(List.of(new RecordTableViewModel.SortKey("name", true)));
        assertThat(model.shown())
                .extracting(Row::name)
                .containsExactly("NA-1", "na-10", "NA-241", "NA-242", "PS-9", "PS-88", "PS-108", "PS-109");
        model.sort(List.of(new RecordTableViewModel.SortKey("name", false)));
        assertThat(model.shown().get(0).name()).isEqualTo("PS-109");
        // the column filter lists the values in the same order
        assertThat(model.filterChoices("name"))
                .extracting(RecordTableViewModel.FilterChoice::text)
                .startsWith("NA-1", "na-10", "NA-241");
    }

    @Test
    void theNaturalOrderComparesNumbersByValueAndTextWithoutCase() {
        assertThat(RecordColumn.naturalCompare("PS-88", "PS-108")).isNegative();
        assertThat(RecordColumn.naturalCompare("a2b", "a10b")).isNegative();
        assertThat(RecordColumn.naturalCompare("Alpha", "alpha")).isZero();
        assertThat(RecordColumn.naturalCompare("x7", "x007")).isNegative();
        assertThat(RecordColumn.naturalCompare("x99999999999999999999", "x100000000000000000000"))
                .isNegative();
        assertThat(RecordColumn.naturalCompare("NA", "NA-1")).isNegative();
        assertThat(RecordColumn.compareKeys("B", "a")).isPositive();
    }
}
