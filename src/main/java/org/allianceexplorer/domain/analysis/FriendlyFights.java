package org.allianceexplorer.domain.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Friendly fights: seats where two parties that were allies on polling day (members of one electoral alliance or
 * pact in force, or partners in a seat deal elsewhere in that election) both fielded candidates. For each, the
 * allies' votes, the winner, and whether their votes together exceeded the winner's (the split cost them the
 * seat: neither of them won, and together they had more). Pure: the candidates and the ties are given.
 */
public final class FriendlyFights {

    /**
     * A candidate at a seat: the seat's province and district (where known), the party (abbreviation, else the
     * label printed) and the votes shown.
     */
    public record Candidate(String seat, String province, String district, String party, long votes, boolean won) {}

    /**
     * What made two parties allies: its name, and where it holds ({@code region}: a province for a provincial
     * alliance, a city or district for a city one, {@code null} for a national alliance or a seat deal).
     */
    public record Tie(String name, String region) {

        /** Whether the tie holds at a seat of this province and district. */
        boolean covers(String province, String district) {
            if (region == null || region.isBlank()) {
                return true;
            }
            String r = region.strip().toLowerCase(java.util.Locale.ROOT);
            return province != null && province.strip().equalsIgnoreCase(r)
                    || district != null
                            && district.toLowerCase(java.util.Locale.ROOT).contains(r);
        }
    }

    /** One friendly fight at one seat, the two allies in the order of their votes. */
    public record Fight(
            String seat,
            String tie,
            String partyA,
            long votesA,
            String partyB,
            long votesB,
            String winner,
            long winnerVotes) {

        /** Neither ally won, and their votes together were more than the winner's. */
        public boolean splitCostSeat() {
            return !winner.equals(partyA) && !winner.equals(partyB) && votesA + votesB > winnerVotes;
        }
    }

    private FriendlyFights() {}

    /** The key of a pair of parties, the same either way round. */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /**
     * The friendly fights among {@code candidates} (of one election), in the order of the seats; {@code ties}: the
     * allied pairs ({@link #pair}) and what made them allies (an alliance, "seat deal at NA-242"), the first that
     * holds at the seat counting. A party with several candidates at a seat counts its best one.
     */
    public static List<Fight> find(List<Candidate> candidates, Map<String, List<Tie>> ties) {
        Map<String, Map<String, Candidate>> bySeat = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.party() == null) {
                continue;
            }
            bySeat.computeIfAbsent(c.seat(), k -> new TreeMap<>())
                    .merge(c.party(), c, (a, b) -> a.votes() >= b.votes() ? a : b);
        }
        List<Fight> out = new ArrayList<>();
        Map<String, Candidate> winners = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.won()) {
                winners.put(c.seat(), c);
            }
        }
        for (Map.Entry<String, Map<String, Candidate>> seat : bySeat.entrySet()) {
            Candidate winner = winners.get(seat.getKey());
            if (winner == null) {
                continue;
            }
            List<Candidate> parties = new ArrayList<>(seat.getValue().values());
            parties.sort(Comparator.comparingLong(Candidate::votes).reversed().thenComparing(Candidate::party));
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    Candidate a = parties.get(i);
                    Candidate b = parties.get(j);
                    String tie = ties.getOrDefault(pair(a.party(), b.party()), List.of()).stream()
                            .filter(t -> t.covers(a.province(), a.district()))
                            .map(Tie::name)
                            .findFirst()
                            .orElse(null);
                    if (tie != null) {
                        out.add(new Fight(
                                seat.getKey(),
                                tie,
                                a.party(),
                                a.votes(),
                                b.party(),
                                b.votes(),
                                winner.party() == null ? "" : winner.party(),
                                winner.votes()));
                    }
                }
            }
        }
        return out;
    }
}
