package org.allianceexplorer.charts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A ledger of thousands of pairs (a large database's whole network) draws the first {@link LedgerFigure#MAX_ROWS}
 * pairs and counts the rest beneath them; its data (the bundle's CSV) keeps every pair. Its credits read the claims'
 * outlines, with the same outlets as the claims read whole.
 */
class LedgerAtScaleTest {

    @Test
    void theFirstPairsAreDrawnAndTheRestCounted() {
        List<LedgerModel.Row> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new LedgerModel.Row(
                    "Synthetic general election 2021",
                    "P" + (1000 + i),
                    "Q" + (1000 + i),
                    List.of("NA-" + (i + 1), "NA-" + (i + 200)),
                    List.of("PS-" + (i + 1))));
        }
        LedgerModel model = new LedgerModel(null, List.of(), null, rows, Map.of(), List.of(), List.of());
        LedgerFigure figure = new LedgerFigure(model);
        List<String> texts =
                figure.layout(1200).texts().stream().map(Sketch.Text::text).toList();
        assertThat(texts.stream().filter(t -> t.contains(" and Q1") && t.contains("\u00b7 Synthetic")))
                .hasSize(LedgerFigure.MAX_ROWS);
        assertThat(texts).contains("P1000 and Q1000 \u00b7 Synthetic general election 2021");
        assertThat(texts).noneMatch(t -> t.startsWith("P1040 and Q1040"));
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("\u2026 and 60 more pairs (100 in all)"));
        assertThat(figure.rows()).as("the data keeps every pair, both ways").hasSize(200);
    }

    @Test
    void aLedgerThatFitsHasNoNote() {
        List<LedgerModel.Row> rows = List.of(new LedgerModel.Row("E", "A", "B", List.of("NA-1"), List.of()));
        LedgerFigure figure =
                new LedgerFigure(new LedgerModel(null, List.of(), null, rows, Map.of(), List.of(), List.of()));
        assertThat(figure.layout(1200).texts().stream().map(Sketch.Text::text))
                .noneMatch(t -> t.contains("more pairs"));
    }

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    /** The outlets of these deals' claims made by the day, read from the claims whole and filtered in SQL. */
    private static List<String> outletsReadWhole(Repositories r, LocalDate asOf, Set<Long> deals) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        r.deals().forEachClaim(new RecordFilter(asOf, null), c -> {
            if (deals.contains(c.dealId()) && c.outlet() != null) {
                out.add(c.outlet());
            }
        });
        return List.copyOf(out);
    }

    @Test
    void theOutletsOfTheCountedDealsAreThoseOfTheirClaimsMadeByTheDay() {
        Repositories r = bundled.repositories();
        Set<Long> all = new HashSet<>();
        r.deals().forEachDeal(RecordFilter.ALL, d -> all.add(d.id()));
        for (LocalDate day : new LocalDate[] {
            null,
            LocalDate.of(2024, 1, 11),
            LocalDate.of(2024, 2, 4),
            LocalDate.of(2024, 2, 5),
            LocalDate.of(2024, 2, 14)
        }) {
            assertThat(ChartQueries.claimOutlets(r, day, all))
                    .as("outlets as of %s", day)
                    .isNotEmpty()
                    .isEqualTo(outletsReadWhole(r, day, all));
        }
    }
}
