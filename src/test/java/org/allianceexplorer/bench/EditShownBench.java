package org.allianceexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.deals.DealsViewModel;
import org.allianceexplorer.detail.DetailViewModel;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.table.RecordTableViewModel;
import org.allianceexplorer.table.TestDialogs;

/**
 * How long after an edit commits the open views show it (issue 12: within 200 ms on the 1,000,000-deal
 * database), not a unit test. The window's path without the window: a database open for editing, the Seat deals
 * table loaded and the detail pane on a deal among its visible rows, with the window's own {@code FxTaskRunner}
 * (one worker thread, results on the FX thread); then, per run, a claim added to that deal through
 * {@code EditCommands.apply} (the path the forms and New claim use), timed from the commit to: the table's
 * visible rows showing the deal with one claim more, the detail pane showing it, and the rest of the table
 * reloaded behind them. Run under a display ({@code xvfb-run}).
 *
 * <pre>xvfb-run -a java -Xmx4g -cp CP org.allianceexplorer.bench.EditShownBench GENERATED_FILE [RUNS]</pre>
 */
public final class EditShownBench {

    private EditShownBench() {}

    public static void main(String[] args) throws Exception {
        Path generated = Path.of(args.length > 0 ? args[0] : "/tmp/ae-edit-bench/generated-p1000-d1000000-s1.sqlite");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = generated.resolveSibling("shown.sqlite");
        Files.deleteIfExists(generated.resolveSibling("shown.sqlite-wal"));
        Files.deleteIfExists(generated.resolveSibling("shown.sqlite-shm"));
        Files.copy(generated, work, StandardCopyOption.REPLACE_EXISTING);

        Platform.startup(() -> {});
        FxTaskRunner tasks = new FxTaskRunner();
        TestDialogs dialogs = new TestDialogs();
        AppState state = new AppState();
        EditCommands edits = new EditCommands(state, tasks, dialogs);
        DealsViewModel[] deals = new DealsViewModel[1];
        DetailViewModel[] detail = new DetailViewModel[1];
        long t0 = System.nanoTime();
        fx(() -> {
            deals[0] = new DealsViewModel(state, tasks, dialogs);
            detail[0] = new DetailViewModel(state, tasks, dialogs);
            state.sessionProperty().set(Session.of(Database.openReadOnly(work)));
        });
        RecordTableViewModel<SeatDeal> table = deals[0].table();
        waitUntil(() -> !table.loadingProperty().get() && table.shown().size() == table.total());
        System.out.printf(
                Locale.ROOT,
                "%s: %,d deals in the table, loaded in %.1f s%n",
                generated,
                table.total(),
                (System.nanoTime() - t0) / 1e9);
        // what a window showing the table reports: its first 30 rows are in view (a paged table reads those)
        fx(() -> table.inView(0, 29));
        waitUntil(() -> table.shown().get(29) != null);
        fx(edits::startEditing);
        waitUntil(
                () -> state.getSession().editable() && !table.loadingProperty().get());

        // the moments the views show the watched deal with one claim more (set on the FX thread)
        long[] visible = {0};
        long[] shownInDetail = {0};
        long[] watched = {-1};
        int[] expected = {0};
        fx(() -> {
            table.shown().addListener((ListChangeListener<SeatDeal>) c -> {
                if (visible[0] == 0 && watched[0] >= 0) {
                    for (int i = 0; i < Math.min(40, table.shown().size()); i++) {
                        SeatDeal d = table.shown().get(i);
                        if (d != null && d.id() == watched[0] && d.claims() == expected[0]) {
                            visible[0] = System.nanoTime();
                            return;
                        }
                    }
                }
            });
            detail[0].pageProperty().addListener((o, a, page) -> {
                if (shownInDetail[0] == 0
                        && page != null
                        && page.ref().id() == watched[0]
                        && page.section("claims").map(x -> x.lines().size()).orElse(0) >= expected[0]) {
                    shownInDetail[0] = System.nanoTime();
                }
            });
        });
        List<double[]> rows = new ArrayList<>();
        for (int run = -2; run < runs; run++) {
            int at = Math.floorMod(run, 20);
            waitUntil(() -> table.shown().get(at) != null);
            SeatDeal deal = onFx(() -> table.shown().get(at)); // among the rows a window shows
            fx(() -> state.navigation().go(new RecordRef(RecordKind.DEALS, deal.id(), deal.seat())));
            waitUntil(() ->
                    detail[0].getPage() != null && detail[0].getPage().ref().id() == deal.id());
            watched[0] = deal.id();
            expected[0] = deal.claims() + 1;
            visible[0] = 0;
            shownInDetail[0] = 0;
            long[] committed = {0};
            long start = System.nanoTime();
            fx(() -> edits.apply(
                    "bench",
                    r -> {
                        Edit e = r.add(
                                EditKind.CLAIM,
                                java.util.Map.of(
                                        "deal_id",
                                        Long.toString(deal.id()),
                                        "date",
                                        "1984-11-15",
                                        "status",
                                        ClaimStatus.CONFIRMED.code(),
                                        "source_id",
                                        "1"),
                                (Cite) null,
                                "bench");
                        committed[0] = System.nanoTime();
                        return e;
                    },
                    e -> {}));
            waitUntil(() -> visible[0] != 0 && shownInDetail[0] != 0);
            // a second edit at once, while the rest of the table still reloads behind: how long until it commits
            long[] second = {0};
            long secondStart = System.nanoTime();
            fx(() -> edits.apply(
                    "bench 2",
                    r -> {
                        Edit e = r.change(
                                EditKind.DEAL,
                                deal.id(),
                                java.util.Map.of("note", "bench " + System.nanoTime()),
                                Cite.source(1),
                                "bench");
                        second[0] = System.nanoTime();
                        return e;
                    },
                    e -> {}));
            waitUntil(() -> second[0] != 0);
            waitUntil(() -> !table.loadingProperty().get() && table.shown().size() == table.total());
            long all = System.nanoTime();
            if (!dialogs.errors.isEmpty()) {
                throw new IllegalStateException("run " + run + ": " + dialogs.errors);
            }
            if (run >= 0) {
                rows.add(new double[] {
                    ms(committed[0] - start),
                    ms(visible[0] - committed[0]),
                    ms(shownInDetail[0] - committed[0]),
                    ms(all - committed[0]),
                    ms(second[0] - secondStart)
                });
            }
        }
        System.out.println("| step | runs | median ms | min ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        String[] names = {
            "commit (the edit service, from the call)",
            "the table's visible rows show it (after the commit)",
            "the detail pane shows it (after the commit)",
            "the rest of the table's 1,000,000 rows reloaded behind (after the commit)",
            "a second edit made at once, while the rest reloads: from the call to its commit"
        };
        for (int i = 0; i < names.length; i++) {
            List<Double> v = new ArrayList<>();
            for (double[] r : rows) {
                v.add(r[i]);
            }
            v.sort(null);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %.0f |%n",
                    names[i],
                    v.size(),
                    v.get(v.size() / 2),
                    v.get(0),
                    v.get(v.size() - 1));
        }
        fx(() -> state.getSession().database().close());
        tasks.close();
        Platform.exit();
        Files.deleteIfExists(work);
    }

    /** {@code f}'s value, worked out on the FX thread (where the table's rows are read). */
    private static <T> T onFx(java.util.function.Supplier<T> f) throws InterruptedException {
        List<T> out = new ArrayList<>(1);
        fx(() -> out.add(f.get()));
        return out.get(0);
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** Polls a condition on the FX thread every 2 ms (up to five minutes). */
    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + 300_000_000_000L;
        boolean[] ok = {false};
        while (System.nanoTime() < end) {
            fx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("timed out");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
