package org.allianceexplorer.domain.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coalition arithmetic: the minimal winning coalitions of an assembly. A coalition wins when its seats reach the
 * majority; it is minimal when every member is needed (without any one of them it no longer wins). Pure: the seats,
 * the majority and the pairs that will not sit together are given.
 *
 * <p>The parties are taken largest first and a coalition grows only while it has not won yet: the party that
 * makes it win is then its smallest member, and a coalition that wins only by its smallest member wins by none
 * less, so every coalition reached that way is minimal and each is reached once. A branch that cannot win with
 * every smaller party added is cut.
 */
public final class CoalitionArithmetic {

    /** A party and its seats. */
    public record Seats(String party, int seats) {}

    /**
     * A minimal winning coalition: its parties (largest first), seats, and surplus over the majority (how many
     * seats it could lose and still win).
     */
    public record Coalition(List<String> parties, int seats, int majority) {
        public Coalition {
            parties = List.copyOf(parties);
        }

        public int surplus() {
            return seats - majority;
        }

        public int size() {
            return parties.size();
        }
    }

    /** The coalitions kept (the first {@code top} by rank, or all) and how many there are in all. */
    public record Found(List<Coalition> coalitions, long total) {
        public Found {
            coalitions = List.copyOf(coalitions);
        }
    }

    /** The order of the results: fewest seats first, then fewest parties, then by the parties' names. */
    public static final Comparator<Coalition> RANK = Comparator.comparingInt(Coalition::seats)
            .thenComparingInt(Coalition::size)
            .thenComparing(c -> String.join(",", c.parties()));

    private CoalitionArithmetic() {}

    /**
     * The first {@code top} minimal winning coalitions by {@link #RANK} and the count of all, keeping no more than
     * {@code top} in memory however many there are (an assembly of 30 parties with a long tail of small ones has
     * millions).
     */
    public static Found best(
            List<Seats> seats, int majority, Map<String, Set<String>> apart, String required, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be 1 or more: " + top);
        }
        java.util.PriorityQueue<Coalition> kept = new java.util.PriorityQueue<>(RANK.reversed());
        long[] total = {0};
        search(seats, majority, apart, required, (members, sum) -> {
            total[0]++;
            Coalition worst = kept.size() < top ? null : kept.peek();
            // most of millions rank below the kept ones by seats or size alone: no copy of their members is made
            if (worst != null && (sum > worst.seats() || sum == worst.seats() && members.size() > worst.size())) {
                return;
            }
            Coalition c = new Coalition(members, sum, majority);
            if (worst == null) {
                kept.add(c);
            } else if (RANK.compare(c, worst) < 0) {
                kept.poll();
                kept.add(c);
            }
        });
        List<Coalition> out = new ArrayList<>(kept);
        out.sort(RANK);
        return new Found(out, total[0]);
    }

    /**
     * Every minimal winning coalition, fewest seats first (then fewest parties, then by name). {@code apart}: pairs of
     * parties that will not sit together (each pair both ways or either way); {@code required}: a party every
     * coalition must have ({@code null} for none). Refused with a message when {@code limit} coalitions are exceeded.
     */
    public static List<Coalition> minimalWinning(
            List<Seats> seats, int majority, Map<String, Set<String>> apart, String required, int limit) {
        List<Coalition> out = new ArrayList<>();
        search(seats, majority, apart, required, (members, sum) -> {
            if (out.size() >= limit) {
                throw new IllegalArgumentException("more than " + limit
                        + " minimal winning coalitions; narrow them with --with or --exclude-rivals, or keep the first"
                        + " with --top N");
            }
            out.add(new Coalition(members, sum, majority));
        });
        out.sort(RANK);
        return out;
    }

    /** Receives a minimal winning coalition as found: its members (a list reused for the next) and seats. */
    private interface Sink {
        void accept(List<String> members, int seats);
    }

    /** Hands each minimal winning coalition to {@code sink}, in the order they are found. */
    private static void search(
            List<Seats> seats, int majority, Map<String, Set<String>> apart, String required, Sink sink) {
        if (majority <= 0) {
            throw new IllegalArgumentException("the majority must be at least 1 seat: " + majority);
        }
        List<Seats> parties = seats.stream()
                .filter(s -> s.seats() > 0)
                .sorted(Comparator.comparingInt(Seats::seats).reversed().thenComparing(Seats::party))
                .toList();
        int n = parties.size();
        int[] after = new int[n + 1]; // seats of the parties from i on
        for (int i = n - 1; i >= 0; i--) {
            after[i] = after[i + 1] + parties.get(i).seats();
        }
        grow(parties, after, majority, apart, required, 0, 0, new ArrayList<>(), sink);
    }

    private static void grow(
            List<Seats> parties,
            int[] after,
            int majority,
            Map<String, Set<String>> apart,
            String required,
            int from,
            int sum,
            List<String> members,
            Sink sink) {
        for (int i = from; i < parties.size(); i++) {
            if (sum + after[i] < majority) {
                return; // not even every smaller party would make it win
            }
            Seats p = parties.get(i);
            if (clashes(p.party(), members, apart)) {
                continue;
            }
            members.add(p.party());
            int total = sum + p.seats();
            if (total >= majority) {
                if (required == null || members.contains(required)) {
                    sink.accept(members, total);
                }
            } else {
                grow(parties, after, majority, apart, required, i + 1, total, members, sink);
            }
            members.remove(members.size() - 1);
        }
    }

    private static boolean clashes(String party, List<String> members, Map<String, Set<String>> apart) {
        for (String m : members) {
            if (apart.getOrDefault(party, Set.of()).contains(m)
                    || apart.getOrDefault(m, Set.of()).contains(party)) {
                return true;
            }
        }
        return false;
    }
}
