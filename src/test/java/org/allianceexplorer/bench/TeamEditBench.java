package org.allianceexplorer.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.testing.PartyCounters;
import org.allianceexplorer.testing.TestServer;

/**
 * Several editors on one team database (issue 17): CLIENTS sessions (threads, each its own connection) make EDITS
 * acknowledged edits each on a copy of the bundled dataset on the server. Each edit reads a random party, adds one
 * to the counter in its name and saves it from what it read; a save over another's change is refused (stale) and
 * tried again on another party. At the end the counters must add up to every acknowledged edit: no lost update.
 * Prints the commit time of the acknowledged edits (p50, p95, p99, max) and the refusals. Not a test:
 * {@code bench/team-edit-benchmark.sh} runs it. Needs AE_TEST_POSTGRES and PGPASSWORD
 * ({@code scripts/test-postgres.sh start}). Arguments: [CLIENTS] [EDITS].
 */
public final class TeamEditBench {

    private TeamEditBench() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int each = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        ServerAddress server = TestServer.newCopy(EditFixture.bundledFile());
        PartyCounters counters = PartyCounters.prepare(server, Integer.MAX_VALUE);
        List<Long> parties = counters.parties();
        System.out.printf(
                Locale.ROOT, "%s: %d clients x %d edits over %d parties%n", server, clients, each, parties.size());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            results.add(pool.submit(() -> {
                Random random = new Random(seed);
                long refused = 0;
                try (Editing mine = Editing.of(Database.openServer(server, null, false), Clock.systemUTC())) {
                    for (int done = 0; done < each; ) {
                        long party = parties.get(random.nextInt(parties.size()));
                        Map<String, String> seen = counters.read(mine.edits(), party);
                        long start = System.nanoTime();
                        try {
                            counters.bump(mine.edits(), party, seen, "client" + seed);
                            times.add((System.nanoTime() - start) / 1e6);
                            done++;
                        } catch (EditRejected stale) {
                            refused++;
                        }
                    }
                }
                return new long[] {refused};
            }));
        }
        long refused = 0;
        for (Future<long[]> f : results) {
            refused += f.get()[0];
        }
        pool.shutdown();
        double wall = (System.nanoTime() - t0) / 1e9;
        long sum;
        try (Database check = Database.openServer(server, null, true)) {
            sum = PartyCounters.sum(check.connection());
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "acknowledged %d edits in %.1f s (%.0f/s); refused as stale and retried: %d%n",
                sorted.size(),
                wall,
                sorted.size() / wall,
                refused);
        System.out.printf(
                Locale.ROOT,
                "commit ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                pct(sorted, 0.50),
                pct(sorted, 0.95),
                pct(sorted, 0.99),
                sorted.get(sorted.size() - 1));
        System.out.printf(
                Locale.ROOT,
                "counters add up to %d of %d acknowledged: %s%n",
                sum,
                (long) clients * each,
                sum == (long) clients * each ? "no lost update" : "LOST UPDATES");
        if (sum != (long) clients * each) {
            System.exit(1);
        }
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
