package org.sverka.workbench;

import java.util.Objects;
import java.util.function.Supplier;

/** A value built the first time it is asked for, then kept. Thread-safe. */
final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    OnFirstUse(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(factory.get(), "factory result");
                    value = v;
                }
            }
        }
        return v;
    }
}
