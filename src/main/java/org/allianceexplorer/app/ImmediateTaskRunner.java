package org.allianceexplorer.app;

/** Runs jobs synchronously on the caller's thread, callbacks included (tests). */
final class ImmediateTaskRunner extends AbstractTaskRunner {

    @Override
    protected boolean execute(Job<?> job) {
        job.runWork();
        return true;
    }

    @Override
    protected void deliver(Runnable onFxThread) {
        onFxThread.run();
    }
}
