package org.allianceexplorer.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;

/** Runs jobs on one background thread, in order; results come back on the FX thread. */
public final class FxTaskRunner extends AbstractTaskRunner implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alliance-explorer-worker");
        t.setDaemon(true);
        return t;
    });

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
    protected void deliver(Runnable onFxThread) {
        Platform.runLater(onFxThread);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
