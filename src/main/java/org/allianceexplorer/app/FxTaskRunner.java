package org.allianceexplorer.app;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs jobs on one background thread, in order; results come back on the FX thread. */
public final class FxTaskRunner extends AbstractTaskRunner implements AutoCloseable {

    /** Jobs waiting, in order; {@link #executeFirst} puts one at the front. */
    private final LinkedBlockingDeque<Runnable> queue = new LinkedBlockingDeque<>();

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, queue, r -> {
        Thread t = new Thread(r, "alliance-explorer-worker");
        t.setDaemon(true);
        return t;
    });

    public FxTaskRunner() {
        executor.prestartAllCoreThreads(); // the worker takes from the queue, whichever end a job went in
    }

    @Override
    protected boolean execute(Job<?> job) {
        if (executor.isShutdown()) {
            // the window has closed: nobody is left to show the result
            return false;
        }
        try {
            executor.execute(job::runWork);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    protected boolean executeFirst(Job<?> job) {
        if (executor.isShutdown()) {
            return false;
        }
        queue.offerFirst(job::runWork);
        return true;
    }

    @Override
    protected void deliver(Runnable onFxThread) {
        Platform.runLater(onFxThread);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
