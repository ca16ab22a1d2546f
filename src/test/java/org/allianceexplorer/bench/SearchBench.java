package org.allianceexplorer.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SearchHit;

/**
 * Times global search (and, for comparison, a plain SQL LIKE over the deals, and the detail pane) on a
 * database, e.g. one made by {@code generate --parties 1000 --deals 1000000}. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:<deps> org.allianceexplorer.bench.SearchBench FILE}.
 */
public final class SearchBench {

    private static final List<String> QUERIES = List.of(
            "kamal",
            "KAMAL",
            "khan",
            "siddiqui",
            "rana",
            "NA-1",
            "ps-99",
            "karachi",
            "the nation",
            "synthetic report 12",
            "alliance",
            "zzqxw",
            "a",
            "sattar",
            "uzma akhtar",
            "balochistan district 1");
    private static final int ROUNDS = 21;

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/big.sqlite");
        try (Database db = Database.openReadOnly(file)) {
            Repositories r = Repositories.of(db);
            System.out.printf(
                    Locale.ROOT,
                    "database: %s, %,d deals%n",
                    file,
                    r.statistics().counts().get(RecordKind.DEALS));
            long t0 = System.nanoTime();
            r.search().prepare();
            System.out.printf(Locale.ROOT, "index build (once per database, in the background): %.0f ms%n", ms(t0));

            List<Double> all = new ArrayList<>();
            System.out.println("| query | hits | median ms | max ms |");
            System.out.println("|---|---:|---:|---:|");
            for (String q : QUERIES) {
                r.search().search(q, 8); // warm-up
                double[] times = new double[ROUNDS];
                int hits = 0;
                for (int i = 0; i < ROUNDS; i++) {
                    long t = System.nanoTime();
                    List<SearchHit> h = r.search().search(q, 8);
                    times[i] = ms(t);
                    hits = h.size();
                    all.add(times[i]);
                }
                Arrays.sort(times);
                System.out.printf(
                        Locale.ROOT, "| `%s` | %d | %.2f | %.2f |%n", q, hits, times[ROUNDS / 2], times[ROUNDS - 1]);
            }
            double[] a = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "all %d searches: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    a.length,
                    a[a.length / 2],
                    a[(int) (a.length * 0.95)],
                    a[a.length - 1]);

            // for comparison: what a LIKE over the deals' candidate names costs without the index
            for (String q : List.of("kamal", "zzqxw")) {
                double[] times = new double[5];
                for (int i = 0; i < times.length; i++) {
                    long t = System.nanoTime();
                    try (PreparedStatement ps = db.connection()
                            .prepareStatement("SELECT id FROM seat_deal WHERE candidate_name LIKE ? LIMIT 8")) {
                        ps.setString(1, "%" + q + "%");
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getLong(1);
                            }
                        }
                    }
                    times[i] = ms(t);
                }
                Arrays.sort(times);
                System.out.printf(
                        Locale.ROOT, "plain SQL LIKE '%%%s%%' over seat_deal, LIMIT 8: median %.1f ms%n", q, times[2]);
            }

            // the detail pane on the same database: a busy party, a seat, a deal
            for (RecordKind k : List.of(
                    RecordKind.PARTIES,
                    RecordKind.CONSTITUENCIES,
                    RecordKind.DEALS,
                    RecordKind.PEOPLE,
                    RecordKind.SOURCES)) {
                double[] times = new double[5];
                for (int i = 0; i < times.length; i++) {
                    long t = System.nanoTime();
                    RecordDetail d = r.details()
                            .detail(new RecordRef(k, 1 + i, null), null)
                            .orElseThrow();
                    times[i] = ms(t);
                    if (d.ref() == null) {
                        throw new AssertionError();
                    }
                }
                Arrays.sort(times);
                System.out.printf(
                        Locale.ROOT,
                        "detail of %s (ids 1-5): median %.1f ms, max %.1f ms%n",
                        k.code(),
                        times[2],
                        times[4]);
            }
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
