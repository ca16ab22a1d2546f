package org.allianceexplorer.timeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.domain.ClaimCount;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timeline at scale: a database with more claims than {@link TimelineData#CLAIMS_DRAWN} is read as claims counted
 * by assembly and date (in SQL), drawn as one density band per assembly; the counts are the claims', filtered by
 * party and assembly as the claim lanes are.
 */
class DensityBandsTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @TempDir
    Path dir;

    /** The claims counted in Java, claim by claim: what the SQL must agree with. */
    private static Map<String, Long> byHand(List<DealClaim> claims, Set<String> parties) {
        Map<String, Long> out = new HashMap<>();
        for (DealClaim c : claims) {
            if (!parties.isEmpty() && !parties.contains(c.giver()) && !parties.contains(c.receiver())) {
                continue;
            }
            out.merge(TimelineModel.assemblyOf(c.seat()) + " " + c.date(), 1L, Long::sum);
        }
        return out;
    }

    private static Map<String, Long> bySql(List<ClaimCount> counts) {
        Map<String, Long> out = new HashMap<>();
        for (ClaimCount c : counts) {
            out.put(c.assembly() + " " + c.period(), c.claims());
        }
        return out;
    }

    @Test
    void theCountsAreTheClaimsCountedByAssemblyAndMonth() {
        Repositories.DealRepository deals = bundled.repositories().deals();
        List<DealClaim> claims = deals.claims(RecordFilter.ALL);
        assertThat(deals.claimCount()).isEqualTo(claims.size()).isPositive();
        assertThat(bySql(deals.claimCounts(Set.of()))).isEqualTo(byHand(claims, Set.of()));
        // the founding case's parties: their deals only, given or received
        Set<String> founding = new LinkedHashSet<>(List.of("MQM-P", "ANP"));
        Map<String, Long> mqmAnp = bySql(deals.claimCounts(founding));
        assertThat(mqmAnp).isEqualTo(byHand(claims, founding)).containsKey("NA 2024-02-14");
    }

    @Test
    void aSmallDatabaseIsReadClaimByClaim() throws Exception {
        TimelineData data = TimelineData.load(bundled.repositories());
        assertThat(data.counter()).isNull();
        assertThat(data.claims()).hasSize((int) data.claimTotal());
        TimelineModel m = TimelineModel.build(data, TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of());
        assertThat(m.lanes()).extracting(Lane::kind).contains(Lane.Kind.SEAT).doesNotContain(Lane.Kind.DENSITY);
    }

    @Test
    void aLargeDatabaseIsDrawnAsDensityBandsThatFollowTheFilters() throws Exception {
        Path file = dir.resolve("large.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(12, 12_000, 3, 8_000), 5);
        try (Database db = Database.openReadOnly(file, "large")) {
            Repositories r = Repositories.of(db);
            TimelineData data = TimelineData.load(r);
            assertThat(data.claimTotal()).isGreaterThan(TimelineData.CLAIMS_DRAWN);
            assertThat(data.claims()).as("not read claim by claim").isEmpty();
            assertThat(data.counter()).isNotNull();

            TimelineModel m = TimelineModel.build(data, TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of());
            assertThat(m.lanes()).extracting(Lane::kind).doesNotContain(Lane.Kind.SEAT);
            List<Integer> bands = new ArrayList<>();
            for (int i = 0; i < m.lanes().size(); i++) {
                if (m.lanes().get(i).kind() == Lane.Kind.DENSITY) {
                    bands.add(i);
                }
            }
            assertThat(bands).isNotEmpty();
            Lane group = m.lanes().get(bands.get(0) - 1);
            assertThat(group.kind()).isEqualTo(Lane.Kind.GROUP);
            long total = 0;
            Set<String> assemblies = new LinkedHashSet<>();
            for (int i : bands) {
                assemblies.add(m.lanes().get(i).label());
                for (TimelineItem it : m.items(i)) {
                    assertThat(it.kind()).isEqualTo(TimelineItem.Kind.DENSITY);
                    assertThat(it.label()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", it.count()));
                    // a bin spans its date (a day, or the month or year of a claim known only to that)
                    PartialDate p = it.from();
                    assertThat(it.start()).isEqualTo(p.earliest().toEpochDay());
                    assertThat(it.end()).isEqualTo(p.latest().toEpochDay());
                    total += it.count();
                }
            }
            assertThat(total).as("every claim counted once").isEqualTo(data.claimTotal());
            assertThat(group.label()).contains(String.format(java.util.Locale.ROOT, "%,d", total));

            // a party filter counts that party's deals' claims in SQL, exactly as claim by claim
            String party = data.parties().get(0).abbreviation();
            TimelineModel one = TimelineModel.build(
                    data, TimelineFilter.ALL.withParties(Set.of(party)), LaneMode.BY_ALLIANCE, Set.of());
            Map<String, Long> shown = new HashMap<>();
            for (int i = 0; i < one.lanes().size(); i++) {
                if (one.lanes().get(i).kind() == Lane.Kind.DENSITY) {
                    for (TimelineItem it : one.items(i)) {
                        shown.put(one.lanes().get(i).label() + " " + it.from(), it.count());
                    }
                }
            }
            assertThat(shown).isNotEmpty().isEqualTo(byHand(r.deals().claims(RecordFilter.ALL), Set.of(party)));

            // an assembly filter keeps its band only; folding the group hides the bands
            String first = assemblies.iterator().next();
            TimelineModel narrowed = TimelineModel.build(
                    data, TimelineFilter.ALL.withAssemblies(Set.of(first)), LaneMode.BY_ALLIANCE, Set.of());
            assertThat(narrowed.lanes().stream()
                            .filter(l -> l.kind() == Lane.Kind.DENSITY)
                            .map(Lane::label))
                    .containsExactly(first);
            TimelineModel folded =
                    TimelineModel.build(data, TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of(TimelineModel.SEATS));
            assertThat(folded.lanes()).extracting(Lane::kind).doesNotContain(Lane.Kind.DENSITY);
        }
    }
}
