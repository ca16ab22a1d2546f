package org.allianceexplorer.timeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.domain.ClaimCount;
import org.allianceexplorer.domain.PartialDate;
import org.junit.jupiter.api.Test;

/** A density band's bars at each zoom: the day counts summed into days, weeks, months or years, none lost. */
class DensityBinsTest {

    private static TimelineItem day(String iso, long n) {
        return TimelineItems.density(new ClaimCount("NA", PartialDate.parse(iso), n));
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private static final List<TimelineItem> BINS = List.of(
            day("2024-01-30", 3),
            day("2024-02-01", 4), // Thursday
            day("2024-02-04", 5), // Sunday: same week as the 1st
            day("2024-02-05", 7), // Monday: a new week
            TimelineItems.density(new ClaimCount("NA", PartialDate.parse("2024-02"), 10)),
            day("2024-03-01", 1));

    @Test
    void theUnitIsTheFinestWhoseBarsAreWideEnough() {
        assertThat(DensityBins.unit(10)).isEqualTo(DensityBins.Unit.DAY);
        assertThat(DensityBins.unit(1)).isEqualTo(DensityBins.Unit.WEEK);
        assertThat(DensityBins.unit(0.5)).isEqualTo(DensityBins.Unit.MONTH);
        assertThat(DensityBins.unit(0.001)).isEqualTo(DensityBins.Unit.YEAR);
    }

    @Test
    void weeksStartOnMondayAndAMonthDatedCountKeepsItsOwnBar() {
        List<TimelineItem> weeks = DensityBins.bars(sorted(), DensityBins.Unit.WEEK, "NA");
        List<String> shown = new ArrayList<>();
        for (TimelineItem b : weeks) {
            shown.add(LocalDate.ofEpochDay(b.start()) + "/" + LocalDate.ofEpochDay(b.end()) + "=" + b.count());
        }
        assertThat(shown)
                .containsExactly(
                        "2024-01-29/2024-02-04=12",
                        "2024-02-01/2024-02-29=10",
                        "2024-02-05/2024-02-11=7",
                        "2024-02-26/2024-03-03=1");
        assertThat(weeks.get(0).tooltip()).startsWith("NA: 12 seat-deal claims in the week of 29 Jan 2024");
    }

    @Test
    void monthsAndYearsSumEveryClaimOnce() {
        List<TimelineItem> months = DensityBins.bars(sorted(), DensityBins.Unit.MONTH, "NA");
        assertThat(months).extracting(TimelineItem::count).containsExactly(3L, 26L, 1L);
        assertThat(months.get(1).start()).isEqualTo(day("2024-02-01"));
        assertThat(months.get(1).end()).isEqualTo(day("2024-02-29"));
        assertThat(months.get(1).label()).isEqualTo("26");
        List<TimelineItem> years = DensityBins.bars(sorted(), DensityBins.Unit.YEAR, "NA");
        assertThat(years).extracting(TimelineItem::count).containsExactly(30L);
        assertThat(DensityBins.densest(sorted(), DensityBins.Unit.MONTH)).isEqualTo(26);
        assertThat(DensityBins.densest(sorted(), DensityBins.Unit.DAY)).isEqualTo(10);
    }

    private static List<TimelineItem> sorted() {
        List<TimelineItem> l = new ArrayList<>(BINS);
        l.sort(java.util.Comparator.comparingLong(TimelineItem::start));
        return l;
    }
}
