package org.allianceexplorer.timeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.timeline.TimelineFixtures;
import org.junit.jupiter.api.Test;

/** Lanes, items, partial dates and range queries, on the bundled dataset. */
class TimelineModelTest {

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    private static TimelineModel model(TimelineFilter f, LaneMode mode, Set<String> collapsed) throws Exception {
        return TimelineModel.build(TimelineFixtures.bundled(), f, mode, collapsed);
    }

    @Test
    void allianceLanesNestTheirMemberPartiesAndFold() throws Exception {
        TimelineModel m = model(TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of());
        int pdm = indexOf(m, Lane.Kind.ALLIANCE, "PDM");
        assertThat(pdm).isNotNegative();
        List<String> members = new ArrayList<>();
        for (int i = pdm + 1; i < m.lanes().size() && m.lanes().get(i).depth() == 1; i++) {
            members.add(m.lanes().get(i).label());
        }
        assertThat(members).contains("PML-N", "PPP", "JUI-F");
        assertThat(m.lanes().get(pdm).collapsible()).isTrue();

        TimelineModel folded = model(
                TimelineFilter.ALL,
                LaneMode.BY_ALLIANCE,
                Set.of(m.lanes().get(pdm).key()));
        int p2 = indexOf(folded, Lane.Kind.ALLIANCE, "PDM");
        assertThat(folded.lanes().get(p2).collapsed()).isTrue();
        assertThat(folded.lanes().get(p2 + 1).depth()).isZero();
        assertThat(folded.lanes()).hasSize(m.lanes().size() - members.size());
        // lanes are stacked without gaps
        for (int i = 1; i < m.lanes().size(); i++) {
            assertThat(m.lanes().get(i).y()).isEqualTo(m.lanes().get(i - 1).bottom());
        }
        assertThat(m.height()).isEqualTo(m.lanes().get(m.lanes().size() - 1).bottom());
    }

    @Test
    void partyModeHasOneLanePerPartyWithOverlappingMembershipsOnTracks() throws Exception {
        TimelineModel m = model(TimelineFilter.ALL, LaneMode.BY_PARTY, Set.of());
        int ppp = indexOf(m, Lane.Kind.PARTY, "PPP");
        Lane lane = m.lanes().get(ppp);
        List<TimelineItem> items = m.items(ppp);
        assertThat(items).extracting(TimelineItem::label).contains("MRD", "ARD", "PDM");
        assertThat(lane.nativeLabel()).isEqualTo("پاکستان پیپلز پارٹی");
        // items on one track never overlap
        for (TimelineItem a : items) {
            for (TimelineItem b : items) {
                if (a != b && a.track() == b.track()) {
                    assertThat(a.end() < b.start() || b.end() < a.start())
                            .as(a.label() + " / " + b.label())
                            .isTrue();
                }
            }
        }
        // PML-N was in ARD (2000-2008) and APDM (2007-2008) at once: two tracks, neither overlapping itself
        int pmln = indexOf(m, Lane.Kind.PARTY, "PML-N");
        List<TimelineItem> pmlnItems = m.items(pmln);
        assertThat(pmlnItems).extracting(TimelineItem::label).contains("ARD", "APDM");
        for (TimelineItem a : pmlnItems) {
            for (TimelineItem b : pmlnItems) {
                if (a != b && a.track() == b.track()) {
                    assertThat(a.end() < b.start() || b.end() < a.start())
                            .as(a.label() + " / " + b.label())
                            .isTrue();
                }
            }
        }
        assertThat(m.lanes().get(pmln).tracks()).isGreaterThanOrEqualTo(2);
        assertThat(m.lanes()).noneMatch(l -> l.kind() == Lane.Kind.ALLIANCE);
    }

    @Test
    void na242HasOneTrackPerDealWithTheClaimsFrom9JanTo14Feb() throws Exception {
        TimelineModel m = model(TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of());
        int na242 = m.lane("seat:NA-242");
        Lane lane = m.lanes().get(na242);
        assertThat(lane.trackLabels()).containsExactly("MQM-P for PML-N", "ANP for PML-N", "ANP for MQM-P");
        List<TimelineItem> claims = m.items(na242);
        assertThat(claims)
                .extracting(TimelineItem::start)
                .contains(
                        day(2024, 1, 9),
                        day(2024, 1, 10),
                        day(2024, 1, 11),
                        day(2024, 1, 12),
                        day(2024, 2, 5),
                        day(2024, 2, 14));
        assertThat(claims)
                .extracting(TimelineItem::status)
                .contains(ClaimStatus.REPORTED, ClaimStatus.DENIED, ClaimStatus.SWITCHED, ClaimStatus.CONFIRMED);
        assertThat(claims).allMatch(c -> c.ref().kind() == RecordKind.CLAIMS);
        // seat lanes come in order of their first claim: those first claimed before 9 Jan 2024 (deals of 2013, 2018
        // and early January 2024) above NA-242, the later ones below it
        int group = m.lane(TimelineModel.SEATS);
        long first242 = day(2024, 1, 9);
        for (int i = group + 1; i < m.lanes().size() && m.lanes().get(i).kind() == Lane.Kind.SEAT; i++) {
            long first =
                    m.items(i).stream().mapToLong(TimelineItem::start).min().orElseThrow();
            if (i < na242) {
                assertThat(first).as(m.lanes().get(i).label()).isLessThanOrEqualTo(first242);
            } else if (i > na242) {
                assertThat(first).as(m.lanes().get(i).label()).isGreaterThanOrEqualTo(first242);
            }
        }
    }

    @Test
    void partialDatesKeepTheirPrecision() throws Exception {
        TimelineModel m = model(TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of());
        // PDA: 1990 to 1990, known only to the year: it spans the whole year
        TimelineItem pda = m.items(indexOf(m, Lane.Kind.ALLIANCE, "PDA")).get(0);
        assertThat(pda.from().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(pda.start()).isEqualTo(day(1990, 1, 1));
        assertThat(pda.end()).isEqualTo(day(1990, 12, 31));
        // the event "ANP withdraws ... Karachi South" is dated 2024-02: a month, not a day
        TimelineItem ev = m.items(m.lane(TimelineModel.EVENTS)).stream()
                .filter(e -> e.label().startsWith("ANP withdraws for MQM-P in five"))
                .findFirst()
                .orElseThrow();
        assertThat(ev.from().precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(ev.start()).isEqualTo(day(2024, 2, 1));
        assertThat(ev.end()).isEqualTo(day(2024, 2, 29));
        // open-ended spans stay open; a membership without end ends with its alliance
        TimelineItem gda = m.items(indexOf(m, Lane.Kind.ALLIANCE, "GDA")).get(0);
        assertThat(gda.openEnd()).isTrue();
        // ARD's end is known only to the year (2008): it runs to the last day of 2008, not beyond
        TimelineItem ard = m.items(indexOf(m, Lane.Kind.ALLIANCE, "ARD")).get(0);
        assertThat(ard.openEnd()).isFalse();
        assertThat(ard.end()).isEqualTo(day(2008, 12, 31));
        int mrd = indexOf(m, Lane.Kind.ALLIANCE, "MRD");
        long mrdEnd = m.items(mrd).get(0).end();
        assertThat(m.items(mrd + 1)).allMatch(it -> it.end() <= mrdEnd);
    }

    @Test
    void filtersByPartyKindLevelAndAssembly() throws Exception {
        TimelineModel anp = model(TimelineFilter.parties(List.of("ANP")), LaneMode.BY_ALLIANCE, Set.of());
        assertThat(anp.lanes())
                .filteredOn(l -> l.kind() == Lane.Kind.MEMBER)
                .extracting(Lane::label)
                .containsOnly("ANP");
        assertThat(anp.lanes())
                .filteredOn(l -> l.kind() == Lane.Kind.SEAT)
                .extracting(Lane::label)
                .contains("NA-242", "PS-88")
                .doesNotContain("PS-99");
        TimelineModel city = model(TimelineFilter.ALL.withLevels(List.of(Level.CITY)), LaneMode.BY_ALLIANCE, Set.of());
        long cityAlliances = TimelineFixtures.bundled().alliances().stream()
                .filter(a -> a.level() == Level.CITY)
                .count();
        assertThat(city.lanes())
                .filteredOn(l -> l.kind() == Lane.Kind.ALLIANCE)
                .hasSize((int) cityAlliances)
                .extracting(Lane::label)
                .contains(
                        "MQM-P\u2013ANP seat adjustment, Karachi (General Elections 2024)",
                        "MQM-P\u2013ANP agreement on political cooperation for Karachi");
        assertThat(cityAlliances)
                .isLessThan(TimelineFixtures.bundled().alliances().size());
        TimelineModel pacts = model(
                TimelineFilter.ALL.withKinds(List.of(AllianceKind.SEAT_ADJUSTMENT_PACT)),
                LaneMode.BY_ALLIANCE,
                Set.of());
        long pactCount = TimelineFixtures.bundled().alliances().stream()
                .filter(a -> a.kind() == AllianceKind.SEAT_ADJUSTMENT_PACT)
                .count();
        assertThat(pacts.lanes())
                .filteredOn(l -> l.kind() == Lane.Kind.ALLIANCE)
                .hasSize((int) pactCount)
                .extracting(Lane::label)
                .contains("MQM-P\u2013ANP seat adjustment, Karachi (General Elections 2024)")
                .doesNotContain("MQM-P\u2013ANP agreement on political cooperation for Karachi");
        TimelineModel ps = model(TimelineFilter.ALL.withAssemblies(List.of("ps")), LaneMode.BY_ALLIANCE, Set.of());
        assertThat(ps.lanes())
                .filteredOn(l -> l.kind() == Lane.Kind.SEAT)
                .extracting(Lane::label)
                .allMatch(s -> s.startsWith("PS-"));
    }

    @Test
    void theIntervalIndexFindsExactlyWhatABruteForceScanFinds() {
        Random r = new Random(7);
        int n = 5000;
        long[] s = new long[n];
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextInt(20000);
            e[i] = s[i] + (r.nextInt(10) == 0 ? r.nextInt(5000) : r.nextInt(30));
        }
        IntervalIndex idx = new IntervalIndex(s, e);
        for (int q = 0; q < 300; q++) {
            long a = r.nextInt(21000) - 500;
            long b = a + r.nextInt(2000);
            List<Integer> got = new ArrayList<>();
            idx.query(a, b, got::add);
            List<Integer> want = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (s[i] <= b && e[i] >= a) {
                    want.add(i);
                }
            }
            assertThat(got).containsExactlyInAnyOrderElementsOf(want);
            assertThat(idx.any(a, b)).isEqualTo(!want.isEmpty());
            for (int k = 1; k < got.size(); k++) {
                assertThat(s[got.get(k)]).isGreaterThanOrEqualTo(s[got.get(k - 1)]);
            }
        }
    }

    @Test
    void fullRangeCoversEverythingDated() throws Exception {
        TimelineModel m = model(TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of());
        assertThat(m.extentStart()).isBeforeOrEqualTo(LocalDate.of(1977, 3, 7));
        assertThat(m.extentEnd()).isAfterOrEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(m.fullRange().from()).isLessThan(m.extentStart().toEpochDay());
    }

    private static int indexOf(TimelineModel m, Lane.Kind kind, String label) {
        for (int i = 0; i < m.lanes().size(); i++) {
            if (m.lanes().get(i).kind() == kind && m.lanes().get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }
}
