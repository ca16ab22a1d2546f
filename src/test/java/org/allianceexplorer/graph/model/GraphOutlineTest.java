package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph reads the deals' names and the claims' deal, date, status and outlet only (the outlines): on every day
 * it derives exactly the graph that the deals and claims read whole give.
 */
class GraphOutlineTest {

    @TempDir
    Path dir;

    /** The graph's data as read before the outlines: every deal with its state, every claim with every column. */
    private static GraphData whole(Repositories r) {
        GraphData outline = GraphData.load(r, r.relationships());
        List<SeatDeal> deals = new ArrayList<>();
        r.deals().forEachDeal(RecordFilter.ALL, deals::add);
        List<DealClaim> claims = new ArrayList<>();
        r.deals().forEachClaim(RecordFilter.ALL, claims::add);
        return new GraphData(
                outline.parties(),
                outline.alliances(),
                outline.memberships(),
                outline.relations(),
                deals,
                claims,
                outline.elections(),
                outline.seats(),
                outline.outlets(),
                outline.allianceElections());
    }

    private static void sameGraphs(Repositories r, List<LocalDate> days) {
        GraphData outline = GraphData.load(r, r.relationships());
        GraphData whole = whole(r);
        assertThat(outline.deals()).hasSameSizeAs(whole.deals()).isNotEmpty();
        assertThat(outline.claims()).hasSameSizeAs(whole.claims());
        assertThat(outline.latestDay()).isEqualTo(whole.latestDay());
        for (LocalDate day : days) {
            PartyGraph a = EdgeDerivation.derive(outline, GraphQuery.asOf(day));
            PartyGraph b = EdgeDerivation.derive(whole, GraphQuery.asOf(day));
            assertThat(a).as("graph on %s", day).isEqualTo(b);
        }
    }

    @Test
    void theFoundingCaseGraphIsTheSameOnEveryDayOfTheCampaign() {
        try (Database db = BundledDb.open()) {
            Repositories r = Repositories.of(db);
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2023, 12, 1); d.isBefore(LocalDate.of(2024, 3, 1)); d = d.plusDays(3)) {
                days.add(d);
            }
            days.add(LocalDate.of(2008, 2, 18));
            sameGraphs(r, days);
            // the founding case: the ANP-MQM-P deal is an edge on 10 February 2024
            PartyGraph g = EdgeDerivation.derive(
                    GraphData.load(r, r.relationships()), GraphQuery.asOf(LocalDate.of(2024, 2, 10)));
            assertThat(g.edges())
                    .anySatisfy(e ->
                            assertThat(e.type() + " " + e.from() + ">" + e.to()).isEqualTo("SEAT_DEAL ANP>MQM-P"));
        }
    }

    @Test
    void aGeneratedDatabaseGivesTheSameGraphs() throws Exception {
        Path file = dir.resolve("gen.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(15, 4_000, 4, 6_000), 11);
        try (Database db = Database.openReadOnly(file)) {
            Repositories r = Repositories.of(db);
            GraphData d = GraphData.load(r, r.relationships());
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate x = d.earliestDay(); !x.isAfter(d.latestDay()); x = x.plusDays(97)) {
                days.add(x);
            }
            days.add(d.latestDay());
            sameGraphs(r, days);
        }
    }
}
