package org.allianceexplorer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DeferredTaskRunner;
import org.allianceexplorer.data.Cancellation;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.table.RecordTableViewModel.SortKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paged table without a toolkit: it keeps the keys of its rows only, reads the rows shown a page at a time by
 * id (only the pages asked for), shows a stale row until a new reader has read it again, and copies, exports and
 * reveals rows it never read.
 */
class PagedTableTest {

    record Row(long id, String name, String party, int votes) {}

    private static final int ROWS = 1_000;

    private final AppState state = new AppState();
    private final DeferredTaskRunner tasks = new DeferredTaskRunner();
    private RecordTableViewModel<Row> model;
    /** Every id the readers were asked for, in order. */
    private final List<Long> asked = new ArrayList<>();

    private static List<Row> rows(String version) {
        return IntStream.rangeClosed(1, ROWS)
                .mapToObj(i -> new Row(i, "row " + i + version, i % 3 == 0 ? "ANP" : "MQM-P", (i * 37) % 101))
                .toList();
    }

    private void load(List<Row> all) {
        model.loadPaged(
                "Loading rows",
                ROWS,
                null,
                (after, limit, sink) ->
                        all.stream().filter(r -> r.id() > after).limit(limit).forEach(sink),
                ids -> {
                    asked.addAll(ids);
                    // in any order, as a database may give them
                    return all.stream()
                            .filter(r -> ids.contains(r.id()))
                            .sorted((a, b) -> Long.compare(b.id(), a.id()))
                            .toList();
                });
    }

    @BeforeEach
    void setUp() {
        RecordTableSpec<Row> spec = new RecordTableSpec<>(
                RecordKind.DEALS,
                List.of(
                        RecordColumn.<Row>text("name", "Name", 120, Row::name),
                        RecordColumn.<Row>text("party", "Party", 80, Row::party),
                        RecordColumn.<Row>number("votes", "Votes", 80, Row::votes)),
                Row::id,
                Row::name,
                "rows");
        model = new RecordTableViewModel<>(spec, state, tasks, new TestDialogs());
        model.setChunkRows(300);
        load(rows(""));
        tasks.runAll();
    }

    @Test
    void readsTheKeysInChunksAndNoRowUntilItIsShown() {
        // the keys wait for what other views ask for at the same moment (an empty job), then 300, 300, 300, 100
        assertThat(tasks.worked()).hasSize(5).containsOnly("Loading rows");
        assertThat(model.paged()).isTrue();
        assertThat(model.total()).isEqualTo(ROWS);
        assertThat(model.countProperty().get()).isEqualTo("1,000 rows");
        assertThat(asked).isEmpty();
    }

    @Test
    void aChunkStoppedForAnEditIsReadAgainWithoutCountingItsRowsTwice() {
        List<Row> all = rows("");
        boolean[] edited = {false};
        model.loadPaged(
                "Loading rows",
                ROWS,
                null,
                (after, limit, sink) -> {
                    List<Row> chunk = all.stream()
                            .filter(r -> r.id() > after)
                            .limit(limit)
                            .toList();
                    for (int i = 0; i < chunk.size(); i++) {
                        sink.accept(chunk.get(i));
                        if (after >= 300 && i == 150 && !edited[0]) {
                            // an edit goes first: the chunk running now stops here and runs again after it
                            edited[0] = true;
                            tasks.runFirst("Saving an edit", () -> 1, x -> {}, e -> {});
                            Cancellation.check();
                        }
                    }
                },
                ids -> all.stream().filter(r -> ids.contains(r.id())).toList());
        tasks.runAll();
        assertThat(edited[0]).isTrue();
        assertThat(tasks.worked()).contains("Saving an edit");
        assertThat(model.total()).isEqualTo(ROWS);
        assertThat(model.filterChoices("party"))
                .extracting(RecordTableViewModel.FilterChoice::count)
                .containsExactly(333, 667);
        assertThat(model.filterChoices("name")).hasSize(ROWS);
        assertThat(new ArrayList<>(model.shown())).hasSize(ROWS);
        tasks.runAll();
        assertThat(model.shown().get(ROWS - 1)).isEqualTo(all.get(ROWS - 1));
    }

    @Test
    void readsThePageOfARowWhenItIsAskedForAndShowsItWhenItArrives() {
        List<Integer> updated = new ArrayList<>();
        model.shown().addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    updated.add(c.getFrom());
                }
            }
        });
        assertThat(model.shown().get(300)).isNull(); // being read
        assertThat(tasks.waiting()).hasSize(1);
        tasks.runAll();
        // the page of position 300: positions 256 to 383, no more
        assertThat(asked).hasSize(RowPages.PAGE).contains(257L, 301L, 384L).doesNotContain(256L, 385L);
        assertThat(updated).containsExactly(256);
        assertThat(model.shown().get(300)).isEqualTo(rows("").get(300));
        assertThat(tasks.waiting()).isEmpty(); // kept: no second read
    }

    @Test
    void aNewReaderReadsTheRowsInViewAgainAndShowsTheOldOnesMeanwhile() {
        model.inView(0, 19);
        tasks.runAll();
        assertThat(model.shown().get(5).name()).isEqualTo("row 6");
        asked.clear();

        load(rows(" (as of another day)"));
        // the rows in view are read again first, before the keys
        assertThat(model.shown().get(5).name()).isEqualTo("row 6");
        tasks.run(0);
        assertThat(asked).hasSize(RowPages.PAGE);
        assertThat(model.shown().get(5).name()).isEqualTo("row 6 (as of another day)");
        tasks.runAll();
        assertThat(model.shown().get(5).name()).isEqualTo("row 6 (as of another day)");
    }

    @Test
    void anotherDatabaseShowsItsFirstPageAtOnceNotTheOldRowsRereadByTheirIds() {
        model.inView(0, 19);
        tasks.runAll();
        List<Row> other = IntStream.rangeClosed(1, 50)
                .mapToObj(i -> new Row(i, "other " + i, "PPP", i))
                .toList();
        asked.clear();
        model.loadPaged(
                "Loading rows",
                other.size(),
                sink -> other.stream().limit(10).forEach(sink),
                (after, limit, sink) ->
                        other.stream().filter(r -> r.id() > after).limit(limit).forEach(sink),
                ids -> {
                    asked.addAll(ids);
                    return other.stream().filter(r -> ids.contains(r.id())).toList();
                });
        tasks.run(0); // the first page
        assertThat(model.paged()).isFalse();
        assertThat(new ArrayList<>(model.shown())).isEqualTo(other.subList(0, 10));
        assertThat(asked)
                .as("no row of the old table read from the new database")
                .isEmpty();
        tasks.runAll();
        assertThat(model.total()).isEqualTo(50);
        assertThat(model.shown().get(49)).as("being read from the new database").isNull();
        tasks.runAll();
        assertThat(model.shown().get(49)).isEqualTo(other.get(49));
    }

    @Test
    void sortsFiltersAndRevealsByTheKeys() {
        model.sort(List.of(new SortKey("votes", false), new SortKey("name", true)));
        model.setColumnFilter("party", Set.of("ANP"));
        assertThat(model.shown()).hasSize(333);
        tasks.runAll();
        model.shown().forEach(r -> {});
        tasks.runAll();
        List<Row> expected = rows("").stream()
                .filter(r -> r.party().equals("ANP"))
                .sorted((a, b) -> a.votes() != b.votes()
                        ? Integer.compare(b.votes(), a.votes())
                        : RecordColumn.naturalCompare(a.name(), b.name()))
                .toList();
        assertThat(new ArrayList<>(model.shown())).isEqualTo(expected);

        // a row the table never read, hidden by the filter: the filter goes and the row is selected
        assertThat(model.reveal(500)).isTrue();
        assertThat(model.columnFilter("party")).isEmpty();
        int at = model.revealProperty().get().position();
        tasks.runAll();
        assertThat(model.shown().get(at)).isNull();
        tasks.runAll();
        assertThat(model.shown().get(at).id()).isEqualTo(500);

        // the rows the user selected are kept by id (not read) across a new sort
        model.selectedPositions(List.of(at));
        state.navigation().go(new RecordRef(RecordKind.DEALS, 500, "row 500"));
        model.sort(List.of(new SortKey("name", false)));
        int now = model.revealProperty().get().position();
        tasks.runAll();
        model.shown().get(now);
        tasks.runAll();
        assertThat(model.shown().get(now).id()).isEqualTo(500);
    }

    @Test
    void exportsAndCopiesRowsItNeverRead(@TempDir Path dir) throws Exception {
        model.setColumnFilter("party", Set.of("ANP"));
        Path out = dir.resolve("rows.csv");
        model.exportCsv(out);
        tasks.runAll();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(334).first().isEqualTo("Name,Party,Votes");
        assertThat(lines.get(1)).isEqualTo("row 3,ANP," + (3 * 37) % 101);
        assertThat(lines.get(333)).isEqualTo("row 999,ANP," + (999 * 37) % 101);

        String[] copied = new String[1];
        model.copyRows(List.of(0, 332), true, t -> copied[0] = t);
        assertThat(copied[0]).isNull(); // reading
        tasks.runAll();
        assertThat(copied[0])
                .isEqualTo("Name\tParty\tVotes\nrow 3\tANP\t" + (3 * 37) % 101 + "\nrow 999\tANP\t" + (999 * 37) % 101
                        + "\n");
    }
}
