package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.Cancellation;
import org.junit.jupiter.api.Test;

/** The task runner's handles: cancel, latest wins per key, callbacks of cancelled jobs dropped. */
class TaskRunnerTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void theImmediateRunnerRunsAtOnceAndHandsBackADoneHandle() {
        TaskRunner tasks = TaskRunner.immediate();
        TaskRunner.Handle h = tasks.run("one", () -> "a", calls::add, e -> calls.add("failed"));
        assertThat(calls).containsExactly("a");
        assertThat(h.isCancelled()).isFalse();
        h.cancel();
        assertThat(calls).containsExactly("a");
        assertThat(tasks.busyProperty().get()).isFalse();
        assertThat(tasks.messageProperty().get()).isEmpty();
    }

    @Test
    void theImmediateRunnerReportsFailures() {
        TaskRunner.immediate()
                .run(
                        "boom",
                        () -> {
                            throw new IllegalStateException("no");
                        },
                        x -> calls.add("ok"),
                        e -> calls.add(e.getMessage()));
        assertThat(calls).containsExactly("no");
    }

    @Test
    void aCancelledJobThatHadNotStartedNeverRunsItsWorkNorItsCallbacks() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        TaskRunner.Handle h = tasks.run(
                "slow",
                () -> {
                    calls.add("worked");
                    return "x";
                },
                calls::add,
                e -> calls.add("failed"));
        assertThat(tasks.busyProperty().get()).isTrue();
        assertThat(tasks.messageProperty().get()).isEqualTo("slow");
        h.cancel();
        tasks.runAll();
        assertThat(calls).isEmpty();
        assertThat(tasks.worked()).isEmpty();
        assertThat(tasks.busyProperty().get()).isFalse();
    }

    @Test
    void latestWinsPerKey() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        Object key = new Object();
        TaskRunner.Handle first = tasks.run(key, "load", () -> "first", calls::add, e -> calls.add("failed"));
        TaskRunner.Handle other = tasks.run(new Object(), "other", () -> "other", calls::add, e -> calls.add("failed"));
        TaskRunner.Handle unkeyed = tasks.run("plain", () -> "plain", calls::add, e -> calls.add("failed"));
        TaskRunner.Handle second = tasks.run(key, "load", () -> "second", calls::add, e -> calls.add("failed"));
        assertThat(first.isCancelled()).isTrue();
        assertThat(List.of(other.isCancelled(), unkeyed.isCancelled(), second.isCancelled()))
                .containsOnly(false);
        tasks.runNewestFirst();
        assertThat(calls).containsExactly("second", "plain", "other");
        // the key is free again once its latest job is done: a new job of that key runs
        tasks.run(key, "load", () -> "third", calls::add, e -> calls.add("failed"));
        tasks.runAll();
        assertThat(calls).endsWith("third");
    }

    @Test
    void aJobReplacedWhileRunningHasItsResultDropped() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        Object key = new Object();
        List<TaskRunner.Handle> handles = new ArrayList<>();
        // the first job's work starts a newer job of its key while it runs, as a user's next click would
        handles.add(tasks.run(
                key,
                "first",
                () -> {
                    handles.add(tasks.run(key, "second", () -> "second", calls::add, e -> calls.add("failed")));
                    return "first";
                },
                calls::add,
                e -> calls.add("failed")));
        tasks.run(0);
        assertThat(calls).isEmpty();
        tasks.runAll();
        assertThat(calls).containsExactly("second");
    }

    @Test
    void theWorkSeesItsCancellationAndAStoppedWorkIsNotAFailure() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        Object key = new Object();
        List<TaskRunner.Handle> self = new ArrayList<>();
        self.add(tasks.run(
                key,
                "rows",
                () -> {
                    for (int i = 0; ; i++) {
                        if (i == 3) {
                            self.get(0).cancel(); // as the FX thread would, mid-way
                        }
                        Cancellation.check();
                    }
                },
                x -> calls.add("ok"),
                e -> calls.add("failed: " + e)));
        tasks.runAll();
        assertThat(calls).isEmpty();
        assertThat(Cancellation.current()).as("no token left on the thread").isNull();
    }

    /** A job the user may cancel is held for the Cancel button until it ends; cancelled, it says so and nothing else. */
    @Test
    void aCancellableJobIsHeldWhileItRunsAndCancellingItCallsOnlyOnCancelled() {
        TaskRunner tasks = TaskRunner.immediate();
        List<String> calls = new ArrayList<>();
        tasks.runCancellable(
                "Importing",
                () -> {
                    assertThat(tasks.cancellableProperty().get()).isNotNull();
                    tasks.progress("file 1 of 2");
                    assertThat(tasks.messageProperty().get()).isEqualTo("file 1 of 2");
                    tasks.cancellableProperty().get().cancel(); // the user presses Cancel
                    tasks.progress("file 2 of 2");
                    calls.add("work went on after the cancel");
                    return "done";
                },
                r -> calls.add("success"),
                e -> calls.add("failure"),
                () -> calls.add("cancelled"));
        assertThat(calls).containsExactly("cancelled");
        assertThat(tasks.cancellableProperty().get()).isNull();
        assertThat(tasks.busyProperty().get()).isFalse();

        calls.clear();
        tasks.runCancellable(
                "Exporting", () -> "ok", r -> calls.add(r), e -> calls.add("failure"), () -> calls.add("x"));
        assertThat(calls).containsExactly("ok");
        assertThat(tasks.cancellableProperty().get()).isNull();
    }

    /** Cancelled before it started (it waited behind another job), the job never runs and says it was cancelled. */
    @Test
    void aCancellableJobCancelledWhileWaitingNeverRuns() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        List<String> calls = new ArrayList<>();
        TaskRunner.Handle h = tasks.runCancellable(
                "Importing",
                () -> {
                    calls.add("worked");
                    return 1;
                },
                r -> calls.add("success"),
                e -> calls.add("failure"),
                () -> calls.add("cancelled"));
        assertThat(tasks.cancellableProperty().get()).isSameAs(h);
        h.cancel();
        tasks.runAll();
        assertThat(calls).containsExactly("cancelled");
        assertThat(tasks.cancellableProperty().get()).isNull();
    }

    /**
     * Cancel pressed after the work's last check (the file already moved into place) cannot undo it: the job
     * reports its result, not "cancelled", so the window never says "nothing was written" of a written file.
     */
    @Test
    void aCancellableJobThatRanToItsEndReportsItsResultEvenWhenCancelLate() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        List<String> calls = new ArrayList<>();
        TaskRunner.Handle[] handle = new TaskRunner.Handle[1];
        handle[0] = tasks.runCancellable(
                "Importing",
                () -> {
                    tasks.progress("moving the file into place");
                    handle[0].cancel(); // the user presses Cancel after the last check
                    return "written";
                },
                r -> calls.add(r),
                e -> calls.add("failure"),
                () -> calls.add("cancelled"));
        tasks.runAll();
        assertThat(calls).containsExactly("written");
        assertThat(tasks.cancellableProperty().get()).isNull();

        // a keyed job replaced by a newer one still drops its result (latest wins)
        calls.clear();
        tasks.run("key", "Loading", () -> "old", calls::add, e -> calls.add("failure"));
        tasks.run("key", "Loading", () -> "new", calls::add, e -> calls.add("failure"));
        tasks.runAll();
        assertThat(calls).containsExactly("new");
    }

    /** A job without a title (the check for others' changes, every two seconds) never shows as busy. */
    @Test
    void aQuietJobNeverShowsAsBusy() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        List<String> calls = new ArrayList<>();
        tasks.run("poll", null, () -> "v1", calls::add, e -> calls.add("failure"));
        assertThat(tasks.busyProperty().get()).isFalse();
        assertThat(tasks.messageProperty().get()).isEmpty();
        tasks.run("Loading", () -> "rows", calls::add, e -> calls.add("failure"));
        assertThat(tasks.busyProperty().get()).isTrue();
        tasks.runAll();
        assertThat(calls).containsExactly("v1", "rows");
        assertThat(tasks.busyProperty().get()).isFalse();
        assertThat(tasks.messageProperty().get()).isEmpty();
    }

    @Test
    void aJobRunFirstGoesBeforeTheWaitingOnes() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        List<String> done = new ArrayList<>();
        tasks.run("load", "table", () -> "rows", done::add, e -> done.add("failed"));
        tasks.run("detail", () -> "page", done::add, e -> done.add("failed"));
        tasks.runFirst("edit", () -> "saved", done::add, e -> done.add("failed"));
        tasks.runAll();
        assertThat(done).containsExactly("saved", "rows", "page");
    }

    @Test
    void aLoadRunningWhenAJobIsRunFirstStopsAndRunsAgainAfterItDeliveringOnce() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        List<String> done = new ArrayList<>();
        int[] runs = {0};
        tasks.run(
                "deals",
                "table",
                () -> {
                    runs[0]++;
                    if (runs[0] == 1) {
                        // the user saves an edit while the million rows load
                        tasks.runFirst("edit", () -> "saved", done::add, e -> done.add("edit failed"));
                        Cancellation.check(); // where the load next checks (a statement, a batch of rows)
                        done.add("the first run went on");
                    }
                    return "rows of run " + runs[0];
                },
                done::add,
                e -> done.add("load failed: " + e));
        tasks.runAll();
        assertThat(done).containsExactly("saved", "rows of run 2");
        assertThat(tasks.busyProperty().get()).isFalse();
    }

    @Test
    void aJobRunFirstDoesNotStopAJobThatIsNotALoad() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        List<String> done = new ArrayList<>();
        tasks.run(
                "import",
                () -> {
                    tasks.runFirst("edit", () -> "saved", done::add, e -> done.add("edit failed"));
                    Cancellation.check();
                    return "imported";
                },
                done::add,
                e -> done.add("import failed"));
        tasks.runAll();
        assertThat(done).containsExactly("imported", "saved");
    }
}
