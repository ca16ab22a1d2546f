package org.allianceexplorer.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way background work is done: every database call and every long job. {@code work} runs off
 * the FX thread, one job at a time (a database connection serves one thread); {@code onSuccess} and
 * {@code onFailure} run on the FX thread. Every job hands back a {@link Handle} to cancel it; a job run with
 * a key replaces the job of the same key still waiting or running ("latest wins"), so view-models never
 * count generations by hand. Tests use {@link #immediate()} or a deferred runner.
 */
public interface TaskRunner {

    /** A job that was handed to the runner. */
    interface Handle {
        /**
         * Cancels the job: if it has not started, its work never runs; if it runs, its SQL statement is
         * interrupted (see {@code data.Cancellation}); either way neither callback is called.
         */
        void cancel();

        /** True once {@link #cancel()} was called (by the caller or by a newer job of the same key). */
        boolean isCancelled();
    }

    /** Runs a job; nothing else cancels it. */
    <T> Handle run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /**
     * Runs a job and cancels the earlier job of the same {@code key} (any object, compared by identity and
     * equality; e.g. the view-model and what it loads), so only the latest request's result is delivered. A
     * {@code null} title makes a quiet job: it never shows in the status bar (a check run every few seconds).
     */
    <T> Handle run(Object key, String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /**
     * Runs a job the user waits for (an edit) before every job waiting, and stops the latest-wins load running
     * now (a table's million rows) to run it again after this one: a write never waits behind a long read.
     */
    <T> Handle runFirst(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /**
     * Runs a long job the user may cancel (an import, an export): {@link #cancellableProperty()} holds it until it
     * ends, for a Cancel button. A cancelled job calls neither callback but {@code onCancelled} (on the FX thread);
     * its work stops where it next calls {@link #progress} or runs a statement (see {@code data.Cancellation}).
     */
    <T> Handle runCancellable(
            String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure, Runnable onCancelled);

    /** The running job the user may cancel ({@link #runCancellable}), or null. */
    ReadOnlyObjectProperty<Handle> cancellableProperty();

    /**
     * From a job's work: how far it got, shown as the status message; throws {@link
     * java.util.concurrent.CancellationException} when the job was cancelled, so that the work stops there.
     */
    void progress(String message);

    /** True while a job runs; bind a progress indicator to it. */
    ReadOnlyBooleanProperty busyProperty();

    /** The title of the running job, empty when idle; bind a status label to it. */
    ReadOnlyStringProperty messageProperty();

    /** Runs every job at once on the calling thread: for view-model tests. */
    static TaskRunner immediate() {
        return new ImmediateTaskRunner();
    }
}
