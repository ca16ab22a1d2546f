package org.allianceexplorer.app;

import java.util.ArrayList;
import java.util.List;

/**
 * A runner for view-model tests that runs jobs only when told, in any order: what a background thread
 * might do. Each job's work and callbacks run on the calling thread when it is run.
 */
public final class DeferredTaskRunner extends AbstractTaskRunner {

    private final List<Job<?>> waiting = new ArrayList<>();
    private final List<String> worked = new ArrayList<>();

    @Override
    protected boolean execute(Job<?> job) {
        waiting.add(job);
        return true;
    }

    @Override
    protected boolean executeFirst(Job<?> job) {
        waiting.add(0, job);
        return true;
    }

    @Override
    protected void deliver(Runnable onFxThread) {
        onFxThread.run();
    }

    /** The jobs handed in and not yet run, oldest first. */
    public List<TaskRunner.Handle> waiting() {
        return List.copyOf(waiting);
    }

    /** Titles of the jobs whose work ran (a cancelled job that had not started does not run its work). */
    public List<String> worked() {
        return List.copyOf(worked);
    }

    /** Runs the waiting job at this position (0: oldest). */
    public void run(int index) {
        Job<?> job = waiting.remove(index);
        if (!job.isCancelled()) {
            worked.add(job.title());
        }
        job.runWork();
    }

    /** Runs every waiting job, oldest first, including those the runs hand in. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            run(0);
        }
    }

    /** Runs the waiting jobs newest first (answers arriving out of order). */
    public void runNewestFirst() {
        while (!waiting.isEmpty()) {
            run(waiting.size() - 1);
        }
    }
}
