package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.DealBalance;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.DealDetail;
import org.allianceexplorer.domain.RecordDetail.PartyDetail;
import org.allianceexplorer.domain.RecordDetail.SeatDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.testing.BundledDb;
import org.allianceexplorer.testing.Engine;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The detail of records of the bundled dataset: the founding case, seat by seat and source by source. */
@ParameterizedClass
@EnumSource(Engine.class)
class DetailRepositoryTest {

    @Parameter
    Engine engine;

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private long id(String sql) {
        try (var st = bundled.db(engine).connection().prepareStatement(sql);
                var rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long partyId(String abbreviation) {
        return id("SELECT id FROM party WHERE abbreviation = '" + abbreviation + "'");
    }

    private long seatId(String code) {
        return id("SELECT id FROM constituency WHERE code = '" + code + "'");
    }

    private long dealId(String code) {
        return id("SELECT id FROM seat_deal WHERE code = '" + code + "'");
    }

    private static List<String> seats(List<DealLine> deals) {
        return deals.stream()
                .filter(DealLine::inForce)
                .map(d -> d.seat().label())
                .sorted()
                .toList();
    }

    @Test
    void mqmpGaveAnpOneSeatAndReceivedSix() {
        DealBalance anp = bundled.repositories(engine).details().balances(partyId("MQM-P"), null).stream()
                .filter(b -> b.partner().label().equals("ANP"))
                .findFirst()
                .orElseThrow();
        assertThat(anp.givenInForce()).isEqualTo(1);
        assertThat(anp.receivedInForce()).isEqualTo(6);
        assertThat(seats(anp.given())).containsExactly("PS-88");
        assertThat(seats(anp.received())).containsExactly("NA-240", "NA-241", "NA-242", "PS-108", "PS-109", "PS-110");
        assertThat(anp.partner().kind()).isEqualTo(RecordKind.PARTIES);
    }

    @Test
    void thePartyPageHoldsTheWholeStory() {
        PartyDetail p = (PartyDetail) bundled.repositories(engine)
                .details()
                .detail(new RecordRef(RecordKind.PARTIES, partyId("MQM-P"), null), null)
                .orElseThrow();
        assertThat(p.party().nativeName()).isNotBlank();
        // JUI-F stood down for MQM-P at PS-99 (the founding case) and at nine other Karachi seats
        assertThat(p.balanceWith("JUI-F").orElseThrow().receivedInForce()).isEqualTo(10);
        assertThat(seats(p.balanceWith("JUI-F").orElseThrow().received())).contains("PS-99");
        // the NA-242 offer to PML-N was denied, then ended when Shehbaz Sharif withdrew: listed, but not counted
        // (MQM-P's deals for PML-N at NA-229 and NA-230 are)
        DealBalance pmln = p.balanceWith("PML-N").orElseThrow();
        assertThat(pmln.given())
                .filteredOn(d -> d.seat().label().equals("NA-242"))
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(ClaimStatus.COLLAPSED));
        assertThat(pmln.givenInForce()).isEqualTo(2);
        assertThat(p.relations())
                .extracting(t -> t.role() + " " + t.target().label())
                .contains("split from MQM", "rival of ANP", "cooperates with ANP");
        assertThat(p.memberships()).isNotEmpty();
        assertThat(p.events()).isNotEmpty();
        assertThat(p.people()).extracting(t -> t.target().label()).contains("Syed Mustafa Kamal");
        assertThat(p.sources().shown()).extracting(Source::code).contains("fc-ary-2024-02-14", "fc-ary-2024-02-05");
    }

    @Test
    void asOfTheTwentiethOfJanuaryItsNa242DealWithPmlnHadEndedAndItHadNotYetDealtWithAnp() {
        LocalDate day = LocalDate.of(2024, 1, 20);
        PartyDetail p = (PartyDetail) bundled.repositories(engine)
                .details()
                .detail(new RecordRef(RecordKind.PARTIES, partyId("MQM-P"), null), day)
                .orElseThrow();
        assertThat(p.balanceWith("ANP")).isEmpty();
        // denied on 10 and 11 January, collapsed on the 12th when Shehbaz Sharif withdrew from NA-242
        assertThat(p.balanceWith("PML-N").orElseThrow().given())
                .filteredOn(d -> d.seat().label().equals("NA-242"))
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(ClaimStatus.COLLAPSED));
        assertThat(p.sources().shown())
                .allSatisfy(s -> assertThat(s.published() == null
                                || !s.published().earliest().isAfter(day))
                        .isTrue());
    }

    @Test
    void theNa242DealCitesTheAryArticleOfTheFifthOfFebruary() {
        RecordRef deal = new RecordRef(RecordKind.DEALS, dealId("pk2024-na242-anp-mqmp"), null);
        assertThat(bundled.repositories(engine).details().sources(deal, null).shown())
                .extracting(Source::code, Source::outlet)
                .contains(Tuple.tuple("fc-ary-2024-02-05", "ARY News"));
        DealDetail d = (DealDetail)
                bundled.repositories(engine).details().detail(deal, null).orElseThrow();
        assertThat(d.deal().summary()).isEqualTo("ANP \u2192 MQM-P at NA-242");
        assertThat(d.deal().candidate()).isEqualTo("Syed Mustafa Kamal");
        assertThat(d.deal().status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(d.deal().outcome().won()).isTrue();
        // on the Form-47 (71,767 to 53,759), not the later transcription (71,727 to 53,770)
        assertThat(d.deal().outcome().receiverVotes()).isEqualTo(71_767);
        assertThat(d.deal().outcome().margin()).isEqualTo(71_767 - 53_759);
        assertThat(d.deal().outcome().basis()).isEqualTo("Form-47");
        assertThat(d.deal().outcome().giverVotes()).isEqualTo(725);
        assertThat(d.deal().outcome().giverCouldDecide()).isFalse();
        assertThat(d.alliance()).isNotNull();
        assertThat(d.claims())
                .extracting(c -> c.date().iso() + " " + c.status().code() + " "
                        + c.source().outlet())
                .containsExactly("2024-02-05 reported ARY News", "2024-02-14 confirmed ARY News");
        assertThat(d.claims().get(0).source().url()).startsWith("https://arynews.tv/");
    }

    @Test
    void asOfTheTwentiethOfJanuaryAnpsNa242DealForShehbazSharifHadCollapsed() {
        DealDetail d = (DealDetail) bundled.repositories(engine)
                .details()
                .detail(
                        new RecordRef(RecordKind.DEALS, dealId("pk2024-na242-anp-pmln"), null),
                        LocalDate.of(2024, 1, 20))
                .orElseThrow();
        // reported on 12 January, and collapsed the same day: the candidate, Shehbaz Sharif, withdrew
        assertThat(d.deal().status()).isEqualTo(ClaimStatus.COLLAPSED);
        assertThat(d.deal().outcome()).as("polling was on 8 Feb").isNull();
        DealDetail later = (DealDetail)
                bundled.repositories(engine).details().detail(d.ref(), null).orElseThrow();
        assertThat(later.deal().status()).isEqualTo(ClaimStatus.SWITCHED);
    }

    @Test
    void seatNa242Has29CandidatesAndThreeDeals() {
        SeatDetail s = (SeatDetail) bundled.repositories(engine)
                .details()
                .detail(new RecordRef(RecordKind.CONSTITUENCIES, seatId("NA-242"), null), null)
                .orElseThrow();
        assertThat(s.seat().assembly()).isEqualTo("NA");
        assertThat(s.seat().province()).isEqualTo("Sindh");
        assertThat(s.results()).hasSize(29);
        assertThat(s.results().get(0).candidate()).isEqualTo("Syed Mustafa Kamal");
        assertThat(s.results().get(0).person()).isNotNull();
        assertThat(SeatDetail.margin(s.results())).isEqualTo(71_767 - 53_759);
        assertThat(s.count("Pakistan general election 2024").orElseThrow().margin())
                .isEqualTo(18_008);
        assertThat(s.deals())
                .hasSize(3)
                .extracting(d -> d.giver().label() + ">" + d.receiver().label())
                .containsExactlyInAnyOrder("ANP>MQM-P", "MQM-P>PML-N", "ANP>PML-N");
        assertThat(s.sources().total()).isGreaterThan(1);
    }

    @Test
    void everyKindHasADetailAndUnknownIdsHaveNone() {
        for (RecordKind kind : RecordKind.values()) {
            long any = id("SELECT min(id) FROM " + SqlStatisticsRepository.table(kind));
            assertThat(bundled.repositories(engine).details().detail(new RecordRef(kind, any, null), null))
                    .as(kind.code())
                    .isPresent();
            assertThat(bundled.repositories(engine).details().detail(new RecordRef(kind, 987_654_321L, null), null))
                    .as(kind.code())
                    .isEmpty();
        }
    }

    @Test
    void aSourceListsTheRecordsThatCiteIt() {
        long ary = id("SELECT id FROM source WHERE code = 'fc-ary-2024-02-05'");
        RecordDetail.SourceDetail s = (RecordDetail.SourceDetail) bundled.repositories(engine)
                .details()
                .detail(new RecordRef(RecordKind.SOURCES, ary, null), null)
                .orElseThrow();
        assertThat(s.source().outlet()).isEqualTo("ARY News");
        assertThat(s.citedBy())
                .extracting(RecordRef::kind)
                .contains(RecordKind.DEALS, RecordKind.CLAIMS, RecordKind.PEOPLE);
        assertThat(s.citedBy())
                .extracting(RecordRef::label)
                .contains("ANP \u2192 MQM-P at NA-242", "Syed Mustafa Kamal");
        assertThat(s.citedByTotal()).isGreaterThanOrEqualTo(s.citedBy().size());
    }

    @Test
    void aPersonHasTheirCandidaciesAndTheDealsMadeForThem() {
        long kamal = id("SELECT id FROM person WHERE code = 'mustafa-kamal'");
        RecordDetail.PersonDetail p = (RecordDetail.PersonDetail) bundled.repositories(engine)
                .details()
                .detail(new RecordRef(RecordKind.PEOPLE, kamal, null), null)
                .orElseThrow();
        assertThat(p.candidacies()).extracting(c -> c.seat().label()).contains("NA-242");
        assertThat(p.deals()).extracting(DealLine::summary).contains("ANP \u2192 MQM-P at NA-242");
        assertThat(p.affiliations()).extracting(t -> t.target().label()).contains("MQM-P");
        assertThat(p.events()).isNotEmpty();
    }
}
