package org.allianceexplorer.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.allianceexplorer.domain.analysis.FriendlyFights.Candidate;
import org.allianceexplorer.domain.analysis.FriendlyFights.Fight;
import org.allianceexplorer.domain.analysis.FriendlyFights.Tie;
import org.junit.jupiter.api.Test;

/** Seats where allies both stood, and whether splitting their votes cost them the seat. */
class FriendlyFightsTest {

    private static Candidate c(String seat, String province, String party, long votes, boolean won) {
        return new Candidate(seat, province, null, party, votes, won);
    }

    @Test
    void alliesWhoTogetherOutpolledTheWinnerLostTheSeatToTheSplit() {
        List<Candidate> cs = List.of(
                c("S-1", "Punjab", "IND", 100, true),
                c("S-1", "Punjab", "A", 80, false),
                c("S-1", "Punjab", "B", 30, false),
                c("S-2", "Punjab", "A", 90, true),
                c("S-2", "Punjab", "B", 50, false),
                c("S-3", "Punjab", "IND", 100, true),
                c("S-3", "Punjab", "A", 60, false),
                c("S-3", "Punjab", "B", 30, false),
                c("S-3", "Punjab", "C", 20, false));
        Map<String, List<Tie>> ties = Map.of(FriendlyFights.pair("B", "A"), List.of(new Tie("Front", null)));
        List<Fight> fights = FriendlyFights.find(cs, ties);
        assertThat(fights).extracting(Fight::seat).containsExactly("S-1", "S-2", "S-3");
        Fight s1 = fights.get(0);
        assertThat(s1.partyA()).isEqualTo("A");
        assertThat(s1.votesA()).isEqualTo(80);
        assertThat(s1.partyB()).isEqualTo("B");
        assertThat(s1.winner()).isEqualTo("IND");
        assertThat(s1.tie()).isEqualTo("Front");
        assertThat(s1.splitCostSeat()).as("80 + 30 > 100").isTrue();
        assertThat(fights.get(1).splitCostSeat()).as("one of them won").isFalse();
        assertThat(fights.get(2).splitCostSeat()).as("60 + 30 < 100").isFalse();
    }

    @Test
    void aProvincialAllianceHoldsInItsProvinceOnlyAndAPartysBestCandidateCounts() {
        List<Candidate> cs = List.of(
                c("S-1", "Sindh", "X", 100, true),
                c("S-1", "Sindh", "A", 40, false),
                c("S-1", "Sindh", "A", 45, false),
                c("S-1", "Sindh", "B", 30, false),
                c("K-1", "Khyber Pakhtunkhwa", "X", 100, true),
                c("K-1", "Khyber Pakhtunkhwa", "A", 60, false),
                c("K-1", "Khyber Pakhtunkhwa", "B", 50, false));
        Map<String, List<Tie>> ties = Map.of(FriendlyFights.pair("A", "B"), List.of(new Tie("Sindh front", "Sindh")));
        List<Fight> fights = FriendlyFights.find(cs, ties);
        assertThat(fights).singleElement().satisfies(f -> {
            assertThat(f.seat()).isEqualTo("S-1");
            assertThat(f.votesA()).isEqualTo(45);
        });
        // a city alliance holds where the seat's district names the city
        Candidate k1 = new Candidate("NA-242", "Sindh", "Karachi Keamari", "A", 10, false);
        Candidate k2 = new Candidate("NA-242", "Sindh", "Karachi Keamari", "B", 20, false);
        Candidate w = new Candidate("NA-242", "Sindh", "Karachi Keamari", "X", 30, true);
        assertThat(FriendlyFights.find(
                        List.of(w, k1, k2), Map.of(FriendlyFights.pair("A", "B"), List.of(new Tie("Pact", "Karachi")))))
                .singleElement()
                .satisfies(f -> assertThat(f.splitCostSeat()).isFalse());
    }

    @Test
    void noTieNoFight() {
        List<Candidate> cs = List.of(c("S-1", null, "X", 100, true), c("S-1", null, "A", 80, false));
        assertThat(FriendlyFights.find(cs, Map.of())).isEmpty();
    }
}
