package org.allianceexplorer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableViewModel;
import org.allianceexplorer.table.RecordTableViewModel.FilterChoice;
import org.allianceexplorer.table.RecordTableViewModel.SortKey;
import org.allianceexplorer.table.TestDialogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paged deals table (keys only, rows read by id a page at a time) against the table that holds every row, on
 * a generated database of 20,000 deals: every column's sort both ways, every column's filter, the quick filter
 * and the as-of date give the same rows in the same order, and the same filter value lists.
 */
class PagedDealsTableTest {

    static final int DEALS = 20_000;

    @TempDir
    static Path dir;

    private static Database db;

    private AppState state;
    private RecordTableViewModel<SeatDeal> paged;
    private RecordTableViewModel<SeatDeal> whole;

    @BeforeAll
    static void generate() throws Exception {
        Path file = dir.resolve("deals-20k.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(14, DEALS, 4, 12_000), 7);
        db = Database.openReadOnly(file);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        state = new AppState();
        paged = new DealsViewModel(state, TaskRunner.immediate(), new TestDialogs(), 0).table();
        // the keys in chunks of 3,001 rows: seven chunks, the last one short
        paged.setChunkRows(3_001);
        whole = new DealsViewModel(state, TaskRunner.immediate(), new TestDialogs(), Long.MAX_VALUE).table();
        state.sessionProperty().set(Session.of(db));
    }

    /** Every shown row of a table, in order (a paged table reads them page by page). */
    private static List<SeatDeal> rows(RecordTableViewModel<SeatDeal> t) {
        return new ArrayList<>(t.shown());
    }

    private void same(String what) {
        assertThat(paged.paged()).isTrue();
        assertThat(whole.paged()).isFalse();
        assertThat(rows(paged)).as(what).isEqualTo(rows(whole));
        assertThat(paged.countProperty().get())
                .as(what)
                .isEqualTo(whole.countProperty().get());
    }

    private void sort(List<SortKey> keys) {
        paged.sort(keys);
        whole.sort(keys);
    }

    private void filter(String column, Set<String> texts) {
        paged.setColumnFilter(column, texts);
        whole.setColumnFilter(column, texts);
    }

    @Test
    void holdsTheKeysOnlyAndTheSameRows() {
        assertThat(paged.total()).isEqualTo(whole.total()).isEqualTo(DEALS);
        same("the listing's order");
    }

    @Test
    void everyColumnSortsTheSameBothWays() {
        for (RecordColumn<SeatDeal> c : paged.spec().columns()) {
            for (boolean up : new boolean[] {true, false}) {
                sort(List.of(new SortKey(c.id(), up)));
                same(c.id() + (up ? " ascending" : " descending"));
            }
        }
        sort(List.of(new SortKey("giver", true), new SortKey("seat", false), new SortKey("since", true)));
        same("giver, seat descending, since");
    }

    @Test
    void everyColumnFiltersTheSame() {
        sort(List.of(new SortKey("outcome", false)));
        for (RecordColumn<SeatDeal> c : paged.spec().columns()) {
            List<FilterChoice> choices = paged.filterChoices(c.id());
            assertThat(choices)
                    .as(c.id())
                    .isEqualTo(whole.filterChoices(c.id()))
                    .isNotEmpty();
            // the first value, and the first and middle values together
            filter(c.id(), Set.of(choices.get(0).text()));
            same(c.id() + " = " + choices.get(0).text());
            filter(
                    c.id(),
                    Set.of(
                            choices.get(0).text(),
                            choices.get(choices.size() / 2).text()));
            same(c.id() + " = first or middle");
            filter(c.id(), null);
        }
        // two filters at once
        filter("status", Set.of("confirmed"));
        filter("giver", Set.of(paged.filterChoices("giver").get(1).text()));
        same("confirmed, second giver");
        assertThat(rows(paged)).isNotEmpty();
    }

    @Test
    void theQuickFilterFindsTheSameRows() {
        SeatDeal some = paged.shown().get(DEALS / 2);
        for (String words : List.of(
                some.seat(),
                some.giver().toLowerCase(),
                some.candidate().split(" ")[0] + " " + some.receiver(),
                "confirmed",
                "no such text at all")) {
            paged.quickFilterProperty().set(words);
            whole.quickFilterProperty().set(words);
            same("quick filter " + words);
        }
        assertThat(rows(paged)).isEmpty();
    }

    @Test
    void anAsOfDateGivesTheSameRowsSortedAndFiltered() {
        SeatDeal some = paged.shown().get(DEALS / 3);
        LocalDate day = some.statusDate().latest();
        state.setAsOf(day);
        assertThat(paged.total()).isEqualTo(whole.total()).isLessThan(DEALS);
        same("as of " + day);
        sort(List.of(new SortKey("status", true), new SortKey("since", false)));
        same("as of " + day + ", by status and since");
        filter("effect", Set.of(paged.filterChoices("effect").get(0).text()));
        same("as of " + day + ", one effect");
        state.setAsOf(null);
        assertThat(paged.total()).isEqualTo(DEALS);
        same("back to the latest");
    }
}
