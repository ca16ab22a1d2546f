package org.allianceexplorer.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.deals.DealsViewModel;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.table.RecordTableViewModel;
import org.allianceexplorer.table.TestDialogs;

/**
 * Times the seat deals table on a large database (not a unit test): time to the first rows and to all rows
 * after the database is chosen, heap held, and column filter, quick filter and sort times (median, p95).
 *
 * <pre>java -Xmx4g -cp CLASSPATH org.allianceexplorer.bench.TableBench /tmp/big.sqlite</pre>
 */
public final class TableBench {

    private TableBench() {}

    public static void main(String[] args) {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/big.sqlite");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        System.out.printf(
                Locale.ROOT,
                "database %s, %d runs per measure, %d cores, max heap %,d MB%n",
                db,
                runs,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long before = usedHeap();

        long t0 = System.nanoTime();
        Session session = Session.of(Database.openReadOnly(db));
        long opened = System.nanoTime();
        AppState state = new AppState();
        RecordTableViewModel<SeatDeal> table =
                new DealsViewModel(state, TaskRunner.immediate(), new TestDialogs()).table();
        long[] firstRows = {0};
        table.shown().addListener((ListChangeListener<SeatDeal>) c -> {
            if (firstRows[0] == 0 && !table.shown().isEmpty()) {
                firstRows[0] = System.nanoTime();
            }
        });
        state.sessionProperty().set(session); // first page, then everything (immediate runner: in sequence)
        long all = System.nanoTime();
        System.out.printf(Locale.ROOT, "open + count: %.0f ms%n", ms(opened - t0));
        System.out.printf(
                Locale.ROOT, "first rows shown: %.0f ms after the database was chosen%n", ms(firstRows[0] - t0));
        System.out.printf(
                Locale.ROOT,
                "all %,d rows shown: %.1f s after the database was chosen%n",
                table.total(),
                (all - t0) / 1e9);
        System.out.printf(
                Locale.ROOT,
                "heap held by the table (after GC): %,d MB; process peak RSS %s, heap committed %,d MB%n",
                (usedHeap() - before) >> 20,
                peakRss(),
                Runtime.getRuntime().totalMemory() >> 20);

        Random rnd = new Random(42);
        List<String> givers = table.filterChoices("giver").stream()
                .map(RecordTableViewModel.FilterChoice::text)
                .toList();
        time("column filter: giver = one party", runs, () -> {
            table.setColumnFilter("giver", Set.of(givers.get(rnd.nextInt(givers.size()))));
            return table.shown().size();
        });
        table.setColumnFilter("giver", null);
        String[][] statuses = {{"confirmed", "denied"}, {"reported"}, {"switched", "collapsed"}};
        time("column filter: status in a set (many rows shown)", runs, () -> {
            table.setColumnFilter("status", Set.of(statuses[rnd.nextInt(statuses.length)]));
            return table.shown().size();
        });
        table.clearFilters();
        String[] words = {"P0042", "khan", "confirmed", "na-1", "ali p01", "won"};
        time("quick filter: one or two words", runs, () -> {
            table.quickFilterProperty().set(words[rnd.nextInt(words.length)]);
            return table.shown().size();
        });
        for (String w : words) {
            table.clearFilters();
            time("  quick filter '" + w + "'", Math.max(5, runs / 3), () -> {
                table.quickFilterProperty()
                        .set(table.quickFilterProperty().get().equals(w) ? w + " " : w);
                return table.shown().size();
            });
        }
        table.clearFilters();
        time(
                "quick filter: typing 'p0123' letter by letter (per keystroke)",
                runs,
                () -> {
                    String w = "p0123";
                    int n = 0;
                    for (int i = 1; i <= w.length(); i++) {
                        table.quickFilterProperty().set(w.substring(0, i));
                        n = table.shown().size();
                    }
                    return n;
                },
                5);
        table.clearFilters();
        time("sort all rows by seat", runs, () -> {
            table.sort(List.of(new RecordTableViewModel.SortKey("seat", rnd.nextBoolean())));
            return table.shown().size();
        });
        time("sort all rows by outcome (margin)", runs, () -> {
            table.sort(List.of(new RecordTableViewModel.SortKey("outcome", rnd.nextBoolean())));
            return table.shown().size();
        });
        table.sort(List.of());
        // a window shows about 30 rows: what a new day brings up to date first (with a screenful either side)
        table.inView(0, 29);
        List<Long> ids = table.rowsInView().stream().map(SeatDeal::id).toList();
        LocalDate[] days = {
            LocalDate.of(2001, 3, 1), LocalDate.of(2009, 1, 10), LocalDate.of(2017, 10, 1), LocalDate.of(2021, 3, 1)
        };
        time("as-of change: the rows in view updated", runs, () -> {
            RecordFilter f = RecordFilter.ALL.withAsOf(days[rnd.nextInt(days.length)]);
            List<SeatDeal> fresh = new ArrayList<>();
            session.repositories().deals().forEachDeal(f, ids, fresh::add);
            table.updateInView(fresh);
            return fresh.size();
        });
        long[] inView = {0};
        table.shown().addListener((ListChangeListener<SeatDeal>) c -> {
            while (c.next()) {
                if (c.wasUpdated() && inView[0] == 0) {
                    inView[0] = System.nanoTime();
                }
            }
        });
        long r0 = System.nanoTime();
        state.setAsOf(LocalDate.of(2018, 7, 1));
        System.out.printf(
                Locale.ROOT,
                "as-of change (2018-07-01): rows in view updated after %.0f ms; every row reloaded after %.1f s, %,d rows%n",
                ms(inView[0] - r0),
                (System.nanoTime() - r0) / 1e9,
                table.total());
        session.database().close();
    }

    private static void time(String what, int runs, Supplier<Integer> op) {
        time(what, runs, op, 1);
    }

    private static void time(String what, int runs, Supplier<Integer> op, int perRun) {
        for (int i = 0; i < 3; i++) {
            op.get();
        }
        double[] t = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            rows = op.get();
            t[i] = ms(System.nanoTime() - s) / perRun;
        }
        Arrays.sort(t);
        System.out.printf(
                Locale.ROOT,
                "%-62s median %6.1f ms, p95 %6.1f ms (last: %,d rows)%n",
                what,
                t[runs / 2],
                t[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)],
                rows);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The process's peak resident memory ({@code VmHWM} of /proc/self/status), or "?" off Linux. */
    private static String peakRss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.format(Locale.ROOT, "%,d MB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (java.io.IOException e) {
            // not Linux
        }
        return "?";
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
