package org.allianceexplorer.charts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.data.ChartRepository;
import org.allianceexplorer.data.ChartRepository.SeatCount;
import org.allianceexplorer.domain.DealEffect;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.analysis.FriendlyFights.Fight;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each chart's numbers against the bundled dataset (the founding case: MQM-P and ANP in Karachi, 2024). */
class ChartModelsTest {

    private static final LocalDate MARDAN_HOUSE = LocalDate.of(2024, 2, 14);

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private static ChartRepository charts;

    @BeforeAll
    static void open() {
        charts = bundled.repositories().charts();
    }

    private static ChartRequest q(LocalDate asOf, String election, String... parties) {
        return new ChartRequest(asOf, List.of(parties), election, null);
    }

    @Test
    void theMqmpAnpLedgerOf2024IsOneSeatGivenAndSixReceived() {
        for (LocalDate day : new LocalDate[] {MARDAN_HOUSE, null}) {
            LedgerModel m = LedgerModel.load(bundled.repositories(), q(day, "pk-2024", "MQM-P", "ANP"));
            assertThat(m.rows()).hasSize(1);
            LedgerModel.Row row = m.rows().get(0);
            assertThat(row.first()).isEqualTo("MQM-P");
            assertThat(row.second()).isEqualTo("ANP");
            assertThat(row.election()).isEqualTo("Pakistan general election 2024");
            assertThat(row.firstGave()).containsExactly("PS-88");
            assertThat(row.secondGave()).containsExactly("NA-240", "NA-241", "NA-242", "PS-108", "PS-109", "PS-110");
            assertThat(m.outlets()).contains("ARY News", "The Nation");
        }
        // the pair asked the other way round names ANP first: its six on the left
        LedgerModel anp = LedgerModel.load(bundled.repositories(), q(MARDAN_HOUSE, null, "anp", "mqm-p"));
        assertThat(anp.rows().get(0).firstGave()).hasSize(6);
        assertThat(anp.rows().get(0).secondGave()).containsExactly("PS-88");
    }

    @Test
    void theLedgerCountsOnlyDealsInForceOnTheDay() {
        // 4 Feb: MQM-P's support at PS-88 announced, ANP's withdrawals not yet
        LedgerModel early = LedgerModel.load(bundled.repositories(), q(LocalDate.of(2024, 2, 4), null, "MQM-P", "ANP"));
        assertThat(early.rows()).singleElement().satisfies(row -> {
            assertThat(row.firstGave()).containsExactly("PS-88");
            assertThat(row.secondGave()).isEmpty();
        });
        // 15 Jan: ANP had withdrawn at NA-242 for PML-N's Shehbaz Sharif on the 12th, but he withdrew the same day,
        // and MQM-P had denied its NA-242 deal with PML-N: neither deal is in force, neither is in the ledger
        // (MQM-P's deals for PML-N at other seats, NA-229 and NA-230, are in force then)
        LedgerModel jan = LedgerModel.load(bundled.repositories(), q(LocalDate.of(2024, 1, 15), null));
        assertThat(jan.row("Pakistan general election 2024", "ANP", "PML-N")).isNull();
        assertThat(gave(jan.row("Pakistan general election 2024", "MQM-P", "PML-N")))
                .doesNotContain("NA-242");
        // 11 Jan, before both: the ledger has no NA-242 deal for PML-N either (MQM-P's was denied on the 10th)
        LedgerModel jan11 = LedgerModel.load(bundled.repositories(), q(LocalDate.of(2024, 1, 11), null));
        assertThat(gave(jan11.row("Pakistan general election 2024", "MQM-P", "PML-N")))
                .doesNotContain("NA-242");
        assertThat(gave(LedgerModel.load(bundled.repositories(), q(LocalDate.of(2024, 1, 9), null))
                        .row("Pakistan general election 2024", "MQM-P", "PML-N")))
                .as("before MQM-P denied it on the 10th, the NA-242 deal was in force")
                .contains("NA-242");
        // later the ANP-PML-N deal was switched to MQM-P: gone from the ledger
        LedgerModel latest = LedgerModel.load(bundled.repositories(), q(null, null));
        assertThat(latest.row("Pakistan general election 2024", "ANP", "PML-N")).isNull();
        assertThat(latest.row("Pakistan general election 2024", "JUI-F", "MQM-P"))
                .isNotNull();
        // one party: that party is named first in every row
        LedgerModel mqm = LedgerModel.load(bundled.repositories(), q(MARDAN_HOUSE, null, "MQM-P"));
        assertThat(mqm.rows()).allSatisfy(row -> assertThat(row.first()).isEqualTo("MQM-P"));
        assertThat(mqm.rows()).extracting(LedgerModel.Row::second).contains("ANP", "JUI-F");
    }

    @Test
    void unknownPartiesAndElectionsAreUserErrors() {
        assertThatThrownBy(() -> LedgerModel.load(bundled.repositories(), q(null, null, "NOPE")))
                .hasMessageContaining("no party 'NOPE'");
        assertThatThrownBy(() -> LedgerModel.load(bundled.repositories(), q(null, "pk-1900")))
                .hasMessageContaining("no election 'pk-1900'")
                .hasMessageContaining("pk-2024");
        assertThatThrownBy(() -> ResultsModel.load(bundled.repositories(), charts, q(null, "pk-1977")))
                .hasMessageContaining("no results");
    }

    @Test
    void coalitionsPutTheGoverningCoalitionFirstThenTheSmallestMinimalOnes() {
        CoalitionsModel m =
                CoalitionsModel.load(bundled.repositories(), charts, q(LocalDate.of(2024, 3, 15), "pk-2024"));
        CoalitionsModel.Inputs in = m.inputs();
        assertThat(in.majority()).isEqualTo(169);
        assertThat(in.total()).isEqualTo(336);
        // positions after the reserved seats, and the general seats won at the polls beside them
        assertThat(in.splitsWon()).isTrue();
        assertThat(in.seats().get(0).party()).isEqualTo("PML-N");
        assertThat(in.seats().get(0).seats()).isEqualTo(123);
        assertThat(in.won()).containsEntry("PML-N", 75).containsEntry("PPP", 54);
        assertThat(m.count()).isEqualTo(46);
        CoalitionsModel.Row gov = m.shown().get(0);
        assertThat(gov.governing()).isTrue();
        assertThat(gov.coalition().seats()).isEqualTo(228);
        assertThat(gov.coalition().surplus()).isEqualTo(59);
        // PML-N and PPP together (196) need none of the others: not a minimal winning coalition
        assertThat(gov.rank()).isZero();
        assertThat(m.shown()).hasSize(1 + CoalitionsModel.SHOWN);
        assertThat(m.shown().subList(1, m.shown().size()))
                .extracting(r -> r.coalition().seats())
                .isSorted()
                .allSatisfy(seats -> assertThat(seats).isGreaterThanOrEqualTo(169));
        List<List<String>> rows = new CoalitionsFigure(m).rows();
        assertThat(rows.get(0)).startsWith("", "PML-N;PPP;MQM-P;PML-Q;IPP;BAP", "6", "228", "169", "59", "yes", "153");
        assertThat(rows.get(1).get(0)).isEqualTo("1");

        // with a party: only coalitions with it
        CoalitionsModel mqm = CoalitionsModel.load(
                bundled.repositories(),
                charts,
                new ChartRequest(LocalDate.of(2024, 3, 15), List.of("MQM-P"), "pk-2024", "NA"));
        assertThat(mqm.shown())
                .allSatisfy(r -> assertThat(r.coalition().parties()).contains("MQM-P"));
    }

    @Test
    void friendlyFightsCountThePairsAndTheSeatsTheSplitCost() {
        FriendlyFightsModel m = FriendlyFightsModel.load(bundled.repositories(), charts, q(null, "pk-2024"));
        assertThat(m.fights()).hasSize(304);
        assertThat(m.costly()).hasSize(8);
        // the pairs add up to the fights, most fights first
        assertThat(m.pairs().stream().mapToInt(FriendlyFightsModel.Pair::seats).sum())
                .isEqualTo(304);
        assertThat(m.pairs().stream().mapToInt(FriendlyFightsModel.Pair::lost).sum())
                .isEqualTo(8);
        assertThat(m.pairs()).extracting(FriendlyFightsModel.Pair::seats).isSortedAccordingTo((a, b) -> b - a);
        Fight na15 = m.costly().stream()
                .filter(f -> f.seat().equals("NA-15"))
                .findFirst()
                .orElseThrow();
        assertThat(FriendlyFightsFigure.costText(na15))
                .isEqualTo("PML-N 80,382 + JUI-F 29,938 = 110,320 > 105,249 (Independent)");
        // one party's fights only
        FriendlyFightsModel ipp = FriendlyFightsModel.load(bundled.repositories(), charts, q(null, "pk-2024", "IPP"));
        assertThat(ipp.fights())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(List.of(f.partyA(), f.partyB())).contains("IPP"));
    }

    @Test
    void outcomesSetTheMarginBesideTheVotesTheWithdrawingPartyStillTook() {
        OutcomesModel m =
                OutcomesModel.load(bundled.repositories(), charts, q(MARDAN_HOUSE, "pk-2024", "MQM-P", "ANP"));
        OutcomesModel.Deal na242 = m.deal("NA-242", "ANP");
        Outcome o = na242.outcome();
        assertThat(o.won()).isTrue();
        // on the Form-47 (71,767 to 53,759), not the later transcription (71,727 to 53,770)
        assertThat(o.margin()).isEqualTo(18_008);
        assertThat(o.receiverVotes()).isEqualTo(71_767);
        assertThat(o.basis()).isEqualTo("Form-47");
        assertThat(o.giverVotes()).isEqualTo(725L);
        assertThat(o.giverCouldDecide()).isFalse();
        assertThat(o.effect()).isEqualTo(DealEffect.NOT_NEEDED);
        assertThat(OutcomesFigure.marginText(o)).isEqualTo("won by 18,008 votes (Form-47): not needed");
        assertThat(OutcomesFigure.giverText("ANP", o)).isEqualTo("ANP still took 725: fewer than the margin");

        OutcomesModel.Deal na241 = m.deal("NA-241", "ANP");
        assertThat(na241.outcome().won()).isFalse();
        assertThat(na241.outcome().margin()).isEqualTo(511 - 52_456);
        assertThat(m.deal("NA-240", "ANP").outcome().giverVotes()).isNull();

        OutcomesModel.Group mqm = m.groups().stream()
                .filter(g -> g.receiver().equals("MQM-P"))
                .findFirst()
                .orElseThrow();
        assertThat(mqm.won()).isEqualTo(2);
        assertThat(mqm.lost()).isEqualTo(1);
        // NA-240: ANP stood down there and the bundled data has no earlier results for the seat: no estimate
        assertThat(OutcomesFigure.tally(mqm)).isEqualTo("2 won (1 not needed, 1 unknown), 1 lost (failed)");
        assertThat(mqm.withoutResults())
                .extracting(OutcomesModel.Deal::seat)
                .containsExactly("PS-108", "PS-109", "PS-110");
        assertThat(m.resultOutlets()).singleElement().asString().startsWith("Aiwan-e-Jamhoor");
        assertThat(new OutcomesFigure(m).info().credits())
                .anySatisfy(c -> assertThat(c).startsWith("Results: Aiwan-e-Jamhoor"));

        // before polling day there are no results to judge a deal by
        OutcomesModel before =
                OutcomesModel.load(bundled.repositories(), charts, q(LocalDate.of(2024, 2, 6), null, "MQM-P"));
        assertThat(before.groups()).allSatisfy(g -> assertThat(g.withResults()).isEmpty());
    }

    @Test
    void resultsShowTheNationalAssemblyWithItsMajorityAndTheCoalition() {
        ResultsModel m = ResultsModel.load(bundled.repositories(), charts, q(MARDAN_HOUSE, null));
        assertThat(m.coverage().election()).isEqualTo("pk-2024");
        assertThat(m.assembly().code()).isEqualTo("NA");
        assertThat(m.assembly().majority()).isEqualTo(169);
        assertThat(m.totalSeats()).isEqualTo(266);
        // seats won on the Form-47 where a seat has one (the commonly cited tally: PML-N 75, independents 101-102),
        // the later transcription elsewhere (it has PML-N 78, independents 99)
        assertThat(m.seatsOf("PML-N")).isEqualTo(75);
        assertThat(m.seatsOf("PPP")).isEqualTo(54);
        assertThat(m.seatsOf("Independent")).isEqualTo(102);
        assertThat(m.seats().get(0).label()).isEqualTo("Independent");
        // on 14 Feb the PML-N-led coalition (formed 13 Feb) is in force; its seats are its members' seats
        ResultsModel.AllianceSeats govt = m.alliances().stream()
                .filter(a -> a.alliance().code().equals("govt-2024"))
                .findFirst()
                .orElseThrow();
        assertThat(govt.members())
                .extracting(SeatCount::label)
                .contains("PML-N", "PPP", "MQM-P", "PML-Q", "IPP", "BAP");
        assertThat(govt.seats())
                .isEqualTo(govt.members().stream()
                        .mapToInt(s -> m.seatsOf(s.label()))
                        .sum())
                .isLessThan(169);
        assertThat(m.lettersOf("PML-N")).contains(govt.letter());
        assertThat(m.lettersOf("Independent")).isEmpty();
        ResultsFigure f = new ResultsFigure(m);
        assertThat(f.info().subtitle()).contains("266 seats of 336", "266 general seats only", "majority, 169 of 336");
        assertThat(f.info().credits().get(0)).startsWith("Results: Aiwan-e-Jamhoor");
        // on 10 Feb the coalition did not exist yet
        ResultsModel before = ResultsModel.load(bundled.repositories(), charts, q(LocalDate.of(2024, 2, 10), null));
        assertThat(before.alliances()).noneMatch(a -> a.alliance().code().equals("govt-2024"));
        // before polling day there are no results yet
        assertThat(ResultsModel.load(bundled.repositories(), charts, q(LocalDate.of(2024, 1, 1), null))
                        .coverage())
                .isNull();
    }

    @Test
    void membershipCountsPartiesThatHeldOnAnyDayOfTheYear() {
        MembershipModel m = MembershipModel.load(bundled.repositories(), charts, q(null, null));
        assertThat(m.lastYear()).isEqualTo(2024);
        assertThat(m.count("PNA", 1977)).isEqualTo(8); // issue 13: the eight parties the sources name
        assertThat(m.count("MRD", 1982)).isEqualTo(5); // TeI in the MRD from 1981
        assertThat(m.count("MRD", 1983)).isEqualTo(5);
        // PPP and ANP left the PDM in April 2021: counted in 2021, not in 2022; the PDM ended in Sep 2023
        assertThat(m.count("PDM", 2020)).isEqualTo(8);
        assertThat(m.count("PDM", 2021)).isEqualTo(8);
        assertThat(m.count("PDM", 2022)).isEqualTo(6);
        assertThat(m.count("PDM", 2023)).isEqualTo(6);
        assertThat(m.count("PDM", 2024)).isZero();
        assertThat(m.count("govt-2024", 2024)).isEqualTo(6);
        assertThat(m.count("govt-2024", 2023)).isZero();

        MembershipModel anp =
                MembershipModel.load(bundled.repositories(), charts, q(LocalDate.of(2021, 6, 1), null, "ANP"));
        assertThat(anp.lastYear()).isEqualTo(2021);
        assertThat(anp.lanes())
                .extracting(l -> l.alliance().code())
                .contains("pdm", "ard", "apdm")
                .doesNotContain("pna", "govt-2024");
        assertThat(new MembershipFigure(m).info().subtitle()).contains("any day of that year");
    }

    /** The seats the first party gave in a ledger row; none when there is no row. */
    private static List<String> gave(LedgerModel.Row row) {
        return row == null ? List.of() : row.firstGave();
    }
}
