package org.allianceexplorer.data.imports.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.imports.ImportProblem;
import org.junit.jupiter.api.Test;

/** Votes as a results file writes them: plain digits (read without a pattern), grouped digits, and what is not. */
class ResultCellsTest {

    private final ResultsReport report = new ResultsReport(100);
    private final ResultCells cells = new ResultCells(report, "r.csv", plan());

    private static ColumnPlan plan() {
        List<ImportProblem> problems = new ArrayList<>();
        ColumnPlan p = ColumnPlan.bind(
                ResultsMapping.none(), List.of("seat", "candidate", "party", "votes"), "r.csv", problems);
        assertThat(problems).isEmpty();
        return p;
    }

    @Test
    void votesOfDigitsGroupedDigitsAndLongNumbersAreRead() {
        assertThat(cells.votes("0", 2, 3)).isZero();
        assertThat(cells.votes("007", 2, 3)).isEqualTo(7L);
        assertThat(cells.votes("24267", 2, 3)).isEqualTo(24_267L);
        assertThat(cells.votes("1,234,567", 2, 3)).isEqualTo(1_234_567L);
        assertThat(cells.votes("999999999999999999", 2, 3)).isEqualTo(999_999_999_999_999_999L);
        assertThat(cells.votes("1000000000000000000", 2, 3)).isEqualTo(1_000_000_000_000_000_000L);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void votesThatAreNotAWholeNumberAreEachAProblem() {
        for (String bad : new String[] {"-3", "+3", "3.0", "1,23", "ten", " 1", "99999999999999999999"}) {
            assertThat(cells.votes(bad, 7, 3)).as(bad).isNull();
        }
        assertThat(report.problems())
                .extracting(ImportProblem::toString)
                .hasSize(7)
                .allSatisfy(p -> assertThat(p)
                        .startsWith("r.csv line 7: column D (votes): '")
                        .endsWith("' is not a whole number of votes (0 or more)"));
    }
}
