package org.allianceexplorer.app;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made when it is first asked for, then kept: a screen's view-model, built when the screen is first shown
 * rather than with the window (the window's first frame waits for none of them). Not thread-safe: the FX thread's.
 */
public final class Lazy<T> implements Supplier<T> {

    private Supplier<? extends T> make;
    private T value;

    private Lazy(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make);
    }

    public static <T> Lazy<T> of(Supplier<? extends T> make) {
        return new Lazy<>(make);
    }

    /** The value, made now if this is the first time it is asked for. */
    @Override
    public T get() {
        if (make != null) {
            value = Objects.requireNonNull(make.get(), "made nothing");
            make = null;
        }
        return value;
    }

    /** True once the value has been made. */
    public boolean isMade() {
        return make == null;
    }
}
