package org.allianceexplorer.app;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.allianceexplorer.data.Cancellation;

/**
 * What every task runner shares, written once: jobs with handles, "latest wins" per key, dropping the
 * callbacks of cancelled jobs, and the busy and message properties. A runner only decides where work runs
 * ({@link #execute}) and how its result reaches the FX thread ({@link #deliver}). Keys and properties are
 * touched on the FX thread only.
 */
public abstract class AbstractTaskRunner implements TaskRunner {

    /** {@code -Dae.trace.tasks=true}: each job's work and how long it took, on stderr (for measuring). */
    private static final boolean TRACE = Boolean.getBoolean("ae.trace.tasks");

    private final Map<Object, Job<?>> latest = new HashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Handle> cancellable = new ReadOnlyObjectWrapper<>();
    private int pending;
    /** The job whose work runs now (on the worker), or null. */
    private volatile Job<?> running;

    /** A job: its work, its callbacks, its cancellation token. */
    protected final class Job<T> implements Handle {
        private final Object key;
        private final String title;
        private final Callable<T> work;
        private final Consumer<T> onSuccess;
        private final Consumer<Exception> onFailure;
        private Runnable onCancelled;
        /** Cancels the work running now; a preempted job gets a new one for its next run. Guarded by this. */
        private Cancellation token = new Cancellation();
        /** The work ran to its end (its outcome is on the way to the FX thread). Guarded by this. */
        private boolean ran;
        /** Stopped for a job that goes first, and queued again after it. Guarded by this. */
        private boolean requeued;

        private boolean finished;

        Job(Object key, String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            this.key = key;
            this.title = title;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        public String title() {
            return title;
        }

        @Override
        public synchronized void cancel() {
            token.cancel();
        }

        @Override
        public synchronized boolean isCancelled() {
            return token.isCancelled();
        }

        /**
         * Stops the work running now so that a job the user waits for can go first; the job runs again from the
         * start after it (it must be a read that can be repeated: a latest-wins load). False when it had ended.
         */
        synchronized boolean preempt() {
            if (ran || token.isCancelled()) {
                return false;
            }
            Cancellation stopped = token;
            token = new Cancellation();
            requeued = true;
            stopped.cancel();
            return true;
        }

        /** Runs the work (on whatever thread the runner chose) and hands the outcome to {@link #deliver}. */
        public void runWork() {
            Cancellation mine;
            synchronized (this) {
                if (ran) {
                    return; // preempted too late: this run's outcome was delivered already
                }
                mine = token;
                requeued = false;
            }
            if (mine.isCancelled()) {
                synchronized (this) {
                    ran = true;
                }
                deliver(() -> {
                    finish();
                    tellCancelled();
                });
                return;
            }
            running = this;
            T result;
            long started = TRACE ? System.nanoTime() : 0;
            try {
                result = Cancellation.runWith(mine, work);
                if (TRACE) {
                    System.err.printf(Locale.ROOT, "task %.0f ms: %s%n", (System.nanoTime() - started) / 1e6, title);
                }
            } catch (Exception e) {
                synchronized (this) {
                    if (requeued) {
                        return; // preempted: it runs again from the queue, after the job that went first
                    }
                    ran = true;
                }
                deliver(() -> fail(e));
                return;
            } finally {
                running = null;
            }
            synchronized (this) {
                ran = true;
            }
            deliver(() -> succeed(result));
        }

        private void succeed(T result) {
            finish();
            // a job the user may cancel that still ran to its end did its work (Cancel came after its last
            // check, e.g. while the imported file was being moved into place): say what happened
            if (!token.isCancelled() || onCancelled != null) {
                onSuccess.accept(result);
            } else {
                tellCancelled();
            }
        }

        private void fail(Exception e) {
            finish();
            if (!token.isCancelled() && !(e instanceof CancellationException)) {
                onFailure.accept(e);
            } else {
                tellCancelled();
            }
        }

        /** A job the user may cancel says it was (the others end silently: a newer one replaced them). */
        private void tellCancelled() {
            if (onCancelled != null) {
                onCancelled.run();
            }
        }

        private void finish() {
            if (finished) {
                return;
            }
            finished = true;
            if (cancellable.get() == this) {
                cancellable.set(null);
            }
            if (key != null && latest.get(key) == this) {
                latest.remove(key);
            }
            // a job without a title (a quiet check, e.g. for others' changes) never showed as busy
            if (title != null && --pending == 0) {
                busy.set(false);
                message.set("");
            }
        }
    }

    @Override
    public final <T> Handle run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        return run(null, title, work, onSuccess, onFailure);
    }

    @Override
    public final <T> Handle run(
            Object key, String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Job<T> job = new Job<>(key, title, work, onSuccess, onFailure);
        if (key != null) {
            Job<?> older = latest.put(key, job);
            if (older != null) {
                older.cancel();
            }
        }
        submit(job);
        return job;
    }

    private void submit(Job<?> job) {
        submit(job, false);
    }

    private void submit(Job<?> job, boolean first) {
        if (job.title() != null) {
            pending++;
            busy.set(true);
            message.set(job.title());
        }
        if (!(first ? executeFirst(job) : execute(job))) {
            job.cancel();
            job.finish();
        }
    }

    @Override
    public final <T> Handle runFirst(
            String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Job<T> job = new Job<>(null, title, work, onSuccess, onFailure);
        Job<?> now = running;
        // a load running now stops and runs again after this job (its owner still gets its result)
        if (now != null && now.key != null && now.preempt() && !executeFirst(now)) {
            now.cancel();
        }
        submit(job, true);
        return job;
    }

    @Override
    public final <T> Handle runCancellable(
            String title,
            Callable<T> work,
            Consumer<T> onSuccess,
            Consumer<Exception> onFailure,
            Runnable onCancelled) {
        Job<T> job = new Job<>(null, title, work, onSuccess, onFailure);
        job.onCancelled = onCancelled;
        cancellable.set(job);
        submit(job);
        return job;
    }

    @Override
    public ReadOnlyObjectProperty<Handle> cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    @Override
    public void progress(String text) {
        Cancellation.check();
        deliver(() -> message.set(text));
    }

    /** Starts the job's {@link Job#runWork()} where this runner runs work; false when it cannot any more. */
    protected abstract boolean execute(Job<?> job);

    /** Like {@link #execute}, before every job waiting (for {@link #runFirst}); in order by default. */
    protected boolean executeFirst(Job<?> job) {
        return execute(job);
    }

    /** Runs {@code onFxThread} on the FX thread (or, for tests, where the runner's callbacks run). */
    protected abstract void deliver(Runnable onFxThread);

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
