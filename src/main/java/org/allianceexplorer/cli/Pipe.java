package org.allianceexplorer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands rows from the thread that reads them (SQLite and mapping) to a thread that writes them (CSV
 * formatting and output), in batches through a bounded queue, so a long listing uses both cores. A
 * failure on either side stops both and is rethrown to the reader.
 */
final class Pipe<T> implements AutoCloseable {

    /** Writes one row. */
    @FunctionalInterface
    interface RowSink<T> {
        void accept(T row) throws IOException;
    }

    private static final int BATCH = 2048;
    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(16);
    private final Thread writer;
    private volatile Throwable failure;
    private List<T> batch = new ArrayList<>(BATCH);

    Pipe(RowSink<T> sink) {
        writer = new Thread(
                () -> {
                    try {
                        while (true) {
                            List<T> b = queue.take();
                            if (b == (Object) END) {
                                return;
                            }
                            for (T row : b) {
                                sink.accept(row);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (IOException | RuntimeException | Error e) {
                        failure = e;
                        queue.clear();
                    }
                },
                "alliance-explorer-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a row (called by the reading thread). */
    void add(T row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Sends the rest and waits until everything is written. */
    void finish() throws IOException {
        put(batch);
        put(end());
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        }
        rethrow();
    }

    @SuppressWarnings("unchecked")
    private List<T> end() {
        return (List<T>) (Object) END;
    }

    private void put(List<T> b) {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                rethrowUnchecked();
                if (!writer.isAlive()) {
                    throw new IllegalStateException("the output writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while writing", e));
        }
        rethrowUnchecked();
    }

    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        rethrowUnchecked();
    }

    private void rethrowUnchecked() {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw new UncheckedIOException("cannot write the output (" + io.getMessage() + ")", io);
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    @Override
    public void close() {
        writer.interrupt();
    }
}
