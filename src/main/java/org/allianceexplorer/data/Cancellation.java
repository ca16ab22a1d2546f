package org.allianceexplorer.data;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Whether the job running on this thread is still wanted. The task runner sets one per job
 * ({@link #runWith}); the repositories register their running statement ({@link #onCancel}), so cancelling
 * a job interrupts its SQL at once, and long loops ask {@link #check()}. Work with no token is never cancelled.
 */
public final class Cancellation {

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    /** The token of the job running on this thread, or {@code null} when none was set. */
    public static Cancellation current() {
        return CURRENT.get();
    }

    /** Runs {@code work} on this thread with {@code token} as the current one. */
    public static <T> T runWith(Cancellation token, Callable<T> work) throws Exception {
        Cancellation before = CURRENT.get();
        CURRENT.set(token);
        try {
            return work.call();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** Throws {@link CancellationException} when the current job was cancelled; cheap enough for every row. */
    public static void check() {
        Cancellation c = CURRENT.get();
        if (c != null && c.cancelled) {
            throw new CancellationException("cancelled: a newer request replaced this one");
        }
    }

    /** True when the current thread's job was cancelled. */
    public static boolean currentCancelled() {
        Cancellation c = CURRENT.get();
        return c != null && c.cancelled;
    }

    /** Cancels: marks the job and runs the registered interrupts (from any thread). */
    public void cancel() {
        cancelled = true;
        for (Runnable r : hooks) {
            r.run();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Registers what interrupts the work in progress (e.g. {@code Statement.cancel}) until the returned
     * registration is closed; runs it at once when the job is already cancelled.
     */
    public Registration onCancel(Runnable interrupt) {
        hooks.add(interrupt);
        if (cancelled) {
            interrupt.run();
        }
        return () -> hooks.remove(interrupt);
    }

    /** An interrupt registered with {@link #onCancel}; closing it unregisters it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
