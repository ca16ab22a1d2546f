package org.allianceexplorer.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic.Coalition;
import org.allianceexplorer.domain.analysis.CoalitionArithmetic.Seats;
import org.junit.jupiter.api.Test;

/** Minimal winning coalitions: every member needed, each coalition once, checked against a brute force. */
class CoalitionArithmeticTest {

    private static final List<Seats> FOUR =
            List.of(new Seats("A", 40), new Seats("B", 30), new Seats("C", 20), new Seats("D", 10));

    private static List<String> names(List<Coalition> cs) {
        return cs.stream().map(c -> String.join("+", c.parties())).toList();
    }

    @Test
    void aSmallAssembly() {
        // 100 seats, majority 51: A+D has 50; A+C+D wins without D; fewest seats first, then fewest parties
        List<Coalition> cs = CoalitionArithmetic.minimalWinning(FOUR, 51, Map.of(), null, 1000);
        assertThat(names(cs)).containsExactly("A+C", "B+C+D", "A+B");
        assertThat(cs).extracting(Coalition::seats).containsExactly(60, 60, 70);
        assertThat(cs).extracting(Coalition::surplus).containsExactly(9, 9, 19);
    }

    @Test
    void rivalsApartAndARequiredParty() {
        List<Coalition> apart = CoalitionArithmetic.minimalWinning(FOUR, 51, Map.of("A", Set.of("C")), null, 1000);
        assertThat(names(apart)).doesNotContain("A+C").contains("A+B", "B+C+D");
        List<Coalition> withD = CoalitionArithmetic.minimalWinning(FOUR, 51, Map.of(), "D", 1000);
        assertThat(withD).allSatisfy(c -> assertThat(c.parties()).contains("D"));
        assertThat(names(withD)).containsExactly("B+C+D");
    }

    @Test
    void noneWinsWhenAllTogetherFallShort() {
        assertThat(CoalitionArithmetic.minimalWinning(FOUR, 101, Map.of(), null, 1000))
                .isEmpty();
        assertThatThrownBy(() -> CoalitionArithmetic.minimalWinning(FOUR, 0, Map.of(), null, 1000))
                .hasMessageContaining("majority");
    }

    @Test
    void tooManyAreRefusedWithAMessage() {
        List<Seats> equal = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            equal.add(new Seats("P" + i, 1));
        }
        // C(20, 11) = 167,960 coalitions of 11 single seats
        assertThat(CoalitionArithmetic.minimalWinning(equal, 11, Map.of(), null, 200_000))
                .hasSize(167_960);
        assertThatThrownBy(() -> CoalitionArithmetic.minimalWinning(equal, 11, Map.of(), null, 1000))
                .hasMessageContaining("more than 1000");
    }

    @Test
    void theFirstFewOfMillionsAreKeptAndAllAreCounted() {
        List<Seats> equal = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            equal.add(new Seats("P" + i, 1 + i % 3));
        }
        List<Coalition> all = CoalitionArithmetic.minimalWinning(equal, 21, Map.of(), null, 1 << 22);
        CoalitionArithmetic.Found top = CoalitionArithmetic.best(equal, 21, Map.of(), null, 25);
        assertThat(top.total()).isEqualTo(all.size()).isGreaterThan(25);
        assertThat(top.coalitions()).containsExactlyElementsOf(all.subList(0, 25));
        assertThatThrownBy(() -> CoalitionArithmetic.best(equal, 21, Map.of(), null, 0))
                .hasMessageContaining("--top");
    }

    @Test
    void theSameAsEveryMinimalWinningSubsetByBruteForce() {
        Random r = new Random(11);
        for (int round = 0; round < 40; round++) {
            int n = 3 + r.nextInt(10);
            List<Seats> seats = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < n; i++) {
                int s = 1 + r.nextInt(r.nextBoolean() ? 60 : 6);
                seats.add(new Seats("P" + i, s));
                total += s;
            }
            int majority = total / 2 + 1;
            Set<Set<String>> expected = new HashSet<>();
            for (int mask = 1; mask < 1 << n; mask++) {
                int sum = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        sum += seats.get(i).seats();
                    }
                }
                boolean minimal = sum >= majority;
                for (int i = 0; i < n && minimal; i++) {
                    if ((mask & 1 << i) != 0 && sum - seats.get(i).seats() >= majority) {
                        minimal = false;
                    }
                }
                if (minimal) {
                    Set<String> c = new HashSet<>();
                    for (int i = 0; i < n; i++) {
                        if ((mask & 1 << i) != 0) {
                            c.add(seats.get(i).party());
                        }
                    }
                    expected.add(c);
                }
            }
            List<Coalition> found = CoalitionArithmetic.minimalWinning(seats, majority, Map.of(), null, 1 << 20);
            Set<Set<String>> got = new HashSet<>();
            for (Coalition c : found) {
                got.add(new HashSet<>(c.parties()));
                assertThat(c.seats()).isGreaterThanOrEqualTo(majority);
                assertThat(c.surplus()).isEqualTo(c.seats() - majority);
            }
            assertThat(got).as("round " + round).isEqualTo(expected);
            assertThat(found).hasSize(expected.size());
            // fewest seats first
            for (int i = 1; i < found.size(); i++) {
                assertThat(found.get(i).seats())
                        .isGreaterThanOrEqualTo(found.get(i - 1).seats());
            }
        }
    }
}
