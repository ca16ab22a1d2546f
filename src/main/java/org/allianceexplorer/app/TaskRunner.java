package org.allianceexplorer.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way background work is done: every database call and every long job. {@code work} runs off
 * the FX thread, one job at a time (a database connection serves one thread); {@code onSuccess} and
 * {@code onFailure} run on the FX thread. Tests use {@link #immediate()}.
 */
public interface TaskRunner {

    <T> void run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** True while a job runs; bind a progress indicator to it. */
    ReadOnlyBooleanProperty busyProperty();

    /** The title of the running job, empty when idle; bind a status label to it. */
    ReadOnlyStringProperty messageProperty();

    /** Runs every job at once on the calling thread: for view-model tests. */
    static TaskRunner immediate() {
        return new ImmediateTaskRunner();
    }
}
