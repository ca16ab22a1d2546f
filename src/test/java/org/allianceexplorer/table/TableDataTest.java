package org.allianceexplorer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableViewModel.SortKey;
import org.junit.jupiter.api.Test;

/**
 * The keys of a table: two bytes a row while a column has fewer than 65,536 distinct values, four once it has
 * more (the column switches in the middle of the rows without losing a code), both ways sorted and filtered alike.
 */
class TableDataTest {

    record Row(long id, String name, String group) {}

    private static final int ROWS = 70_000;

    @Test
    void aColumnOfMoreThan65535ValuesKeepsEveryCode() {
        RecordTableSpec<Row> spec = new RecordTableSpec<>(
                RecordKind.DEALS,
                List.of(
                        RecordColumn.<Row>text("name", "Name", 100, Row::name),
                        RecordColumn.<Row>text("group", "Group", 100, Row::group)),
                Row::id,
                Row::name,
                "rows");
        List<Row> rows = IntStream.range(0, ROWS)
                .mapToObj(i -> new Row(i, "name " + (ROWS - i), "g" + i % 7))
                .toList();
        TableData.Builder<Row> b = new TableData.Builder<>(spec, false, 10);
        rows.forEach(b::add);
        TableData<Row> d = b.build();
        assertThat(d.paged()).isTrue();
        assertThat(d.size()).isEqualTo(ROWS);
        assertThat(d.columns[0].values).hasSize(ROWS);
        for (int r : new int[] {0, 65_534, 65_535, 65_536, ROWS - 1}) {
            assertThat(d.columns[0].values[d.columns[0].code(r)])
                    .isEqualTo(rows.get(r).name());
            assertThat(d.columns[1].values[d.columns[1].code(r)])
                    .isEqualTo(rows.get(r).group());
        }

        RecordTableViewModel<Row> model =
                new RecordTableViewModel<>(spec, new AppState(), TaskRunner.immediate(), new TestDialogs());
        model.setRows(rows);
        model.sort(List.of(new SortKey("name", true)));
        // natural order: "name 1" is the last row's
        assertThat(model.shown().get(0).id()).isEqualTo(ROWS - 1);
        assertThat(model.shown().get(ROWS - 1).id()).isZero();
        model.setColumnFilter("name", Set.of("name 4"));
        assertThat(model.shown()).extracting(Row::id).containsExactly((long) ROWS - 4);
        model.setColumnFilter("name", null);
        model.quickFilterProperty().set("6999");
        assertThat(model.shown())
                .extracting(Row::name)
                .hasSize(17) // 6999, 16999 ... 66999 (7) and 69990 ... 69999 (10)
                .containsExactlyInAnyOrderElementsOf(rows.stream()
                        .map(Row::name)
                        .filter(n -> n.contains("6999"))
                        .toList());
        assertThat(model.filterChoices("group")).hasSize(7);
    }
}
