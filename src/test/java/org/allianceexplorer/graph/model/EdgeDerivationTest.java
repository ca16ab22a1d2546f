package org.allianceexplorer.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which ties hold on a day: the founding case on the bundled dataset. */
class EdgeDerivationTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private static GraphData data;

    @BeforeAll
    static void open() {
        Repositories r = bundled.repositories();
        data = GraphData.load(r, r.relationships());
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
        PartyEdge anpToMqm =
                deals.stream().filter(e -> e.from().equals("ANP")).findFirst().orElseThrow();
        assertThat(anpToMqm.to()).isEqualTo("MQM-P");
        assertThat(anpToMqm.reasons()).containsExactly("NA-240", "NA-241", "NA-242", "PS-108", "PS-109", "PS-110");
        assertThat(anpToMqm.weight()).isEqualTo(6);
        PartyEdge mqmToAnp =
                deals.stream().filter(e -> e.from().equals("MQM-P")).findFirst().orElseThrow();
        assertThat(mqmToAnp.reasons()).containsExactly("PS-88");
        assertThat(mqmToAnp.weight()).isEqualTo(1);
        // the NA-242 deals with PML-N were denied or switched by then
        assertThat(between(g, EdgeType.SEAT_DEAL, "ANP", "PML-N")).isEmpty();
        assertThat(between(g, EdgeType.SEAT_DEAL, "MQM-P", "PML-N"))
                .allSatisfy(
                        e -> assertThat(e.reasons()).doesNotContain("NA-242").containsExactly("NA-229", "NA-230"));
    }

    @Test
    void onTenFebruary2024ThePactIsTheCooperationTieAndTheSindhGroupingHolds() {
        PartyGraph g = on("2024-02-10");
        List<PartyEdge> coop = between(g, EdgeType.COOPERATION, "ANP", "MQM-P");
        assertThat(coop).hasSize(1);
        assertThat(coop.get(0).reasons()).singleElement().asString().contains("seat adjustment");
        for (String p : List.of("PML-N", "GDA", "JUI-F")) {
            assertThat(between(g, EdgeType.ALLIANCE, "MQM-P", p))
                    .as("MQM-P and " + p)
                    .singleElement()
                    .satisfies(e -> assertThat(e.reasons()).anyMatch(r -> r.contains("Anti-PPP")));
        }
        assertThat(g.sizedBy()).contains("seats won").contains("2024");
        assertThat(g.node("MQM-P").seats()).isPositive();
    }

    @Test
    void onFourteenFebruary2024TheCooperationAgreementHolds() {
        PartyGraph g = on("2024-02-14");
        List<PartyEdge> coop = between(g, EdgeType.COOPERATION, "ANP", "MQM-P");
        assertThat(coop)
                .singleElement()
                .satisfies(e -> assertThat(e.reasons())
                        .anyMatch(r -> r.contains("cooperation for Karachi"))
                        .anyMatch(r -> r.startsWith("cooperation since")));
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
        assertThat(between(g, EdgeType.LINEAGE, "MQM-P", "MQM"))
                .singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo("MQM-P"));
    }

    @Test
    void filtersNarrowTheGraph() {
        GraphQuery q = GraphQuery.asOf(LocalDate.parse("2024-02-10"));
        PartyGraph ego = EdgeDerivation.derive(data, q.withEgo("ANP", 1));
        assertThat(ego.nodes())
                .extracting(PartyNode::abbreviation)
                .contains("ANP", "MQM-P", "PML-N")
                .doesNotContain("PPP");
        assertThat(ego.edges()).allMatch(e -> ego.node(e.from()) != null && ego.node(e.to()) != null);
        PartyGraph ego2 = EdgeDerivation.derive(data, q.withEgo("ANP", 2));
        assertThat(ego2.nodes().size()).isGreaterThan(ego.nodes().size());

        PartyGraph ps = EdgeDerivation.derive(data, q.withAssembly("PS"));
        assertThat(ps.edges())
                .filteredOn(e -> e.type() == EdgeType.SEAT_DEAL)
                .allMatch(e -> e.reasons().stream().allMatch(s -> s.startsWith("PS-")));

        PartyGraph sindh = EdgeDerivation.derive(data, q.withScope(null, "Sindh"));
        assertThat(sindh.edges())
                .filteredOn(e -> e.type() == EdgeType.ALLIANCE)
                .allMatch(e -> e.reasons().stream().allMatch(r -> r.contains("Sindh")));

        PartyGraph dealsOnly = EdgeDerivation.derive(data, q.withTypes(Set.of(EdgeType.SEAT_DEAL)));
        assertThat(dealsOnly.edges()).isNotEmpty().allMatch(e -> e.type() == EdgeType.SEAT_DEAL);
        // the deals of 2024 only: those of 2013 and 2018 lapsed when the next election was held (AML, JUI-N and
        // NPP had deals only then)
        assertThat(dealsOnly.nodes())
                .extracting(PartyNode::abbreviation)
                .contains("ANP", "JUI-F", "MQM-P", "PML-N", "IPP")
                .doesNotContain("AML", "JUI-N", "NPP");
        assertThat(dealsOnly.edges())
                .allSatisfy(e -> assertThat(e.records())
                        .allSatisfy(r ->
                                assertThat(r.label()).doesNotContain("(2018)").doesNotContain("(2002)")));
    }

    @Test
    void aSeatDealLapsesWhenTheNextElectionIsHeld() {
        // PTI left NA-62 to Sheikh Rashid's AML for the 2018 election: a tie from then, gone once 2024 was polled
        assertThat(between(on("2018-07-20"), EdgeType.SEAT_DEAL, "PTI", "AML")).isNotEmpty();
        assertThat(between(on("2024-02-07"), EdgeType.SEAT_DEAL, "PTI", "AML")).isNotEmpty();
        assertThat(between(on("2024-02-08"), EdgeType.SEAT_DEAL, "PTI", "AML")).isEmpty();
    }

    @Test
    void aPactMadeForOneElectionLapsesWithItsDealsWhenNoEndIsKnown() {
        // the ten-party alliance against the PPP and MQM in Sindh (2013): its deals are all of 2013, no end is given
        PartyGraph before = on("2018-07-24");
        PartyGraph after = on("2018-07-25");
        assertThat(before.edges()).anySatisfy(e -> assertThat(e.reasons()).anyMatch(r -> r.startsWith("10-party")));
        assertThat(after.edges()).noneSatisfy(e -> assertThat(e.reasons()).anyMatch(r -> r.startsWith("10-party")));
        // a coalition follows its own dates: the PML-N-led government of 2013 ended with its term on 31 May 2018
        assertThat(on("2018-05-31").edges())
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EdgeType.COALITION));
        // the founding case's pact of 2024 holds after its election: the next one has not been held
        assertThat(on("2026-01-01").edges())
                .anySatisfy(e -> assertThat(e.reasons()).anyMatch(r -> r.startsWith("MQM-P\u2013ANP seat adjustment")));
    }

    @Test
    void noPartyIsDrawnBeforeItsFoundingSoTheRivalryWithNoStartWaitsForBoth() {
        // MQM-P was founded on 23 Aug 2016 and ANP in 1986; their rivalry has no start date
        for (String day : List.of("1978-06-01", "1985-12-31", "2016-08-22")) {
            PartyGraph g = on(day);
            assertThat(g.node("MQM-P")).as("MQM-P on " + day).isNull();
            assertThat(g.edges()).as("ties on " + day).noneMatch(e -> e.touches("MQM-P"));
        }
        PartyGraph in1978 = on("1978-06-01");
        assertThat(in1978.node("ANP")).isNull();
        assertThat(in1978.edges()).noneMatch(e -> e.touches("ANP"));
        PartyGraph withIsolated = EdgeDerivation.derive(
                data, GraphQuery.asOf(LocalDate.parse("1978-06-01")).withShowIsolated(true));
        assertThat(withIsolated.nodes())
                .extracting(PartyNode::abbreviation)
                .doesNotContain("MQM-P", "ANP", "PML-N")
                .contains("PPP");
        // from the day both exist, the rivalry holds
        assertThat(between(on("2016-08-23"), EdgeType.RIVALRY, "ANP", "MQM-P")).hasSize(1);
    }

    @Test
    void noPartyIsDrawnAfterItsDissolution() {
        // NDP merged into ANP in 1986 and was dissolved that year; TeI was dissolved in 2012
        assertThat(between(on("1986-06-01"), EdgeType.LINEAGE, "ANP", "NDP")).hasSize(1);
        PartyGraph g = EdgeDerivation.derive(
                data, GraphQuery.asOf(LocalDate.parse("2024-02-10")).withShowIsolated(true));
        assertThat(g.nodes())
                .extracting(PartyNode::abbreviation)
                .doesNotContain("NDP", "TeI")
                .contains("ANP", "PTI");
        assertThat(g.edges()).noneMatch(e -> e.touches("NDP") || e.touches("TeI"));
    }

    @Test
    void theSqlAsOfRuleForPartiesAndRelationsAgreesWithTheGraphs() {
        Repositories r = bundled.repositories();
        Map<String, Party> parties = EdgeDerivation.parties(data);
        for (String day : List.of(
                "1970-01-01",
                "1978-06-01",
                "1986-06-01",
                "1987-01-01",
                "2012-12-31",
                "2013-01-01",
                "2016-08-22",
                "2016-08-23",
                "2023-12-01",
                "2024-02-10",
                "2024-02-14",
                "2024-02-15")) {
            LocalDate d = LocalDate.parse(day);
            RecordFilter f = RecordFilter.ALL.withAsOf(d);
            assertThat(r.parties().relations(f))
                    .as("relations on " + day)
                    .containsExactlyInAnyOrderElementsOf(data.relations().stream()
                            .filter(x -> EdgeDerivation.relationHolds(x, parties, d))
                            .toList());
            assertThat(r.parties().parties(f))
                    .as("parties on " + day)
                    .containsExactlyInAnyOrderElementsOf(
                            data.parties().stream().filter(p -> p.existsOn(d)).toList());
        }
        assertThat(r.parties().relations(RecordFilter.ALL.withAsOf(LocalDate.parse("1978-06-01"))))
                .noneMatch(x -> x.partyA().equals("MQM-P") || x.partyB().equals("MQM-P"));
    }
}
