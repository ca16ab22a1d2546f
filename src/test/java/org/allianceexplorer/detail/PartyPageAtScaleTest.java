package org.allianceexplorer.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.DealBalance;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.PartyDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A party's page lists at most {@link ActorPages#SEATS_LISTED} seats with a partner in each direction, those in
 * force first, then says how many more: on a large database a party has thousands of deals with one partner, and
 * a link for each froze the window while the page was laid out.
 */
class PartyPageAtScaleTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private static List<DetailPage.Span> spansOfLine(DetailPage page, String startsWith) {
        return page.sections().stream()
                .filter(s -> s.id().equals("balance"))
                .flatMap(s -> s.lines().stream())
                .filter(l -> !l.spans().isEmpty() && l.spans().get(0).text().startsWith(startsWith))
                .findFirst()
                .orElseThrow()
                .spans();
    }

    @Test
    void aPartnerWithManyDealsListsTheFirstSeatsThenHowManyMore() {
        long anp = bundled.repositories().parties().party("ANP").orElseThrow().id();
        PartyDetail real = (PartyDetail) bundled.session()
                .repositories()
                .details()
                .detail(new RecordRef(RecordKind.PARTIES, anp, "ANP"), null)
                .orElseThrow();
        DealLine template = real.balances().stream()
                .flatMap(b -> b.given().stream())
                .filter(DealLine::inForce)
                .findFirst()
                .orElseThrow();
        RecordRef partner = template.receiver();
        // 40 seats in force, 5 denied: as a party of a million-deal database has with one partner
        List<DealLine> given = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            given.add(new DealLine(
                    new RecordRef(RecordKind.DEALS, 1000 + i, "deal " + i),
                    template.election(),
                    new RecordRef(RecordKind.CONSTITUENCIES, 5000 + i, "XX-" + i),
                    template.assembly(),
                    template.giver(),
                    partner,
                    template.candidate(),
                    i <= 40 ? ClaimStatus.CONFIRMED : ClaimStatus.DENIED,
                    template.statusDate(),
                    null));
        }
        PartyDetail many = new PartyDetail(
                real.ref(),
                real.party(),
                real.memberships(),
                real.deals(),
                List.of(new DealBalance(partner, given, List.of())),
                real.relations(),
                real.events(),
                real.people(),
                real.sources());
        DetailPage page = ActorPages.party(many, null);
        List<DetailPage.Span> seats = spansOfLine(page, "ANP gave ");
        assertThat(seats.stream().filter(s -> s.link() != null)).hasSize(ActorPages.SEATS_LISTED);
        assertThat(seats.stream().filter(s -> s.link() != null).map(DetailPage.Span::text))
                .as("those in force first, in order")
                .startsWith("XX-1", "XX-2", "XX-3")
                .doesNotContain("XX-41");
        assertThat(seats.get(seats.size() - 1).text()).isEqualTo(" \u2026 and 21 more");
        // the totals stay those of every deal: 40 in force given
        assertThat(page.sections().stream()
                        .filter(s -> s.id().equals("balance"))
                        .flatMap(s -> s.lines().stream())
                        .flatMap(l -> l.spans().stream())
                        .map(DetailPage.Span::text))
                .anySatisfy(t -> assertThat(t).contains("ANP gave 40"));
    }

    @Test
    void theFoundingCasesShortListsAreWhole() {
        long anp = bundled.repositories().parties().party("ANP").orElseThrow().id();
        RecordDetail d = bundled.session()
                .repositories()
                .details()
                .detail(new RecordRef(RecordKind.PARTIES, anp, "ANP"), null)
                .orElseThrow();
        DetailPage page = ActorPages.party((PartyDetail) d, null);
        assertThat(page.sections().stream()
                        .flatMap(s -> s.lines().stream())
                        .flatMap(l -> l.spans().stream())
                        .map(DetailPage.Span::text))
                .noneSatisfy(t -> assertThat(t).contains("more"));
    }
}
