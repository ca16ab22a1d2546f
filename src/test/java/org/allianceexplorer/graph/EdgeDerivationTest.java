package org.allianceexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.RelationshipRepository;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.load.BundledDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which ties hold on a day: the founding case on the bundled dataset. */
class EdgeDerivationTest {

    private static Database db;
    private static GraphData data;

    @BeforeAll
    static void open() {
        db = BundledDataset.open();
        Repositories r = Repositories.sqlite(db);
        data = GraphData.load(r, RelationshipRepository.of(r));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static PartyGraph on(String day) {
        return EdgeDerivation.derive(data, GraphQuery.asOf(LocalDate.parse(day)));
    }

    private static List<PartyEdge> between(PartyGraph g, EdgeType type, String a, String b) {
        return g.between(a, b).stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void onTenFebruary2024SeatDealsRunBothWaysWithTheirSeats() {
        PartyGraph g = on("2024-02-10");
        List<PartyEdge> deals = between(g, EdgeType.SEAT_DEAL, "ANP", "MQM-P");
        assertThat(deals).hasSize(2);
        PartyEdge anpToMqm = deals.stream().filter(e -> e.from().equals("ANP")).findFirst().orElseThrow();
        assertThat(anpToMqm.to()).isEqualTo("MQM-P");
        assertThat(anpToMqm.reasons()).containsExactly("NA-240", "NA-241", "NA-242", "PS-108", "PS-109", "PS-110");
        assertThat(anpToMqm.weight()).isEqualTo(6);
        PartyEdge mqmToAnp = deals.stream().filter(e -> e.from().equals("MQM-P")).findFirst().orElseThrow();
        assertThat(mqmToAnp.reasons()).containsExactly("PS-88");
        assertThat(mqmToAnp.weight()).isEqualTo(1);
        // the NA-242 deals with PML-N were denied or switched by then
        assertThat(between(g, EdgeType.SEAT_DEAL, "ANP", "PML-N")).isEmpty();
        assertThat(between(g, EdgeType.SEAT_DEAL, "MQM-P", "PML-N")).isEmpty();
    }

    @Test
    void onTenFebruary2024ThePactIsTheCooperationTieAndTheSindhGroupingHolds() {
        PartyGraph g = on("2024-02-10");
        List<PartyEdge> coop = between(g, EdgeType.COOPERATION, "ANP", "MQM-P");
        assertThat(coop).hasSize(1);
        assertThat(coop.get(0).reasons()).singleElement().asString().contains("seat adjustment");
        for (String p : List.of("PML-N", "GDA", "JUI-F")) {
            assertThat(between(g, EdgeType.ALLIANCE, "MQM-P", p)).as("MQM-P and " + p)
                    .singleElement().satisfies(e -> assertThat(e.reasons()).anyMatch(r -> r.contains("Anti-PPP")));
        }
        assertThat(g.sizedBy()).contains("seats won").contains("2024");
        assertThat(g.node("MQM-P").seats()).isPositive();
    }

    @Test
    void onFourteenFebruary2024TheCooperationAgreementHolds() {
        PartyGraph g = on("2024-02-14");
        List<PartyEdge> coop = between(g, EdgeType.COOPERATION, "ANP", "MQM-P");
        assertThat(coop).singleElement().satisfies(e -> assertThat(e.reasons())
                .anyMatch(r -> r.contains("cooperation for Karachi")).anyMatch(r -> r.startsWith("cooperation since")));
        assertThat(on("2024-02-15").between("ANP", "MQM-P")).noneMatch(e -> e.type() == EdgeType.RIVALRY);
    }

    @Test
    void onFirstDecember2023TheRivalryShowsInstead() {
        PartyGraph g = on("2023-12-01");
        assertThat(between(g, EdgeType.RIVALRY, "ANP", "MQM-P")).hasSize(1);
        assertThat(g.between("ANP", "MQM-P")).allMatch(e -> e.type() == EdgeType.RIVALRY);
        assertThat(g.sizedBy()).isEqualTo("number of ties");
    }

    @Test
    void lineageRunsFromTheNewerPartyToTheOlder() {
        PartyGraph g = on("2024-02-10");
        assertThat(between(g, EdgeType.LINEAGE, "MQM-P", "MQM")).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo("MQM-P"));
    }

    @Test
    void filtersNarrowTheGraph() {
        GraphQuery q = GraphQuery.asOf(LocalDate.parse("2024-02-10"));
        PartyGraph ego = EdgeDerivation.derive(data, q.withEgo("ANP", 1));
        assertThat(ego.nodes()).extracting(PartyNode::abbreviation).contains("ANP", "MQM-P", "PML-N").doesNotContain("PPP");
        assertThat(ego.edges()).allMatch(e -> ego.node(e.from()) != null && ego.node(e.to()) != null);
        PartyGraph ego2 = EdgeDerivation.derive(data, q.withEgo("ANP", 2));
        assertThat(ego2.nodes().size()).isGreaterThan(ego.nodes().size());

        PartyGraph ps = EdgeDerivation.derive(data, q.withAssembly("PS"));
        assertThat(ps.edges()).filteredOn(e -> e.type() == EdgeType.SEAT_DEAL)
                .allMatch(e -> e.reasons().stream().allMatch(s -> s.startsWith("PS-")));

        PartyGraph sindh = EdgeDerivation.derive(data, q.withScope(null, "Sindh"));
        assertThat(sindh.edges()).filteredOn(e -> e.type() == EdgeType.ALLIANCE)
                .allMatch(e -> e.reasons().stream().allMatch(r -> r.contains("Sindh")));

        PartyGraph dealsOnly = EdgeDerivation.derive(data, q.withTypes(java.util.Set.of(EdgeType.SEAT_DEAL)));
        assertThat(dealsOnly.edges()).isNotEmpty().allMatch(e -> e.type() == EdgeType.SEAT_DEAL);
        assertThat(dealsOnly.nodes()).extracting(PartyNode::abbreviation).containsExactlyInAnyOrder("ANP", "JUI-F", "MQM-P");
    }
}
