package org.meshbench.network.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.meshbench.network.ListenerRegistration;

/** The registered listeners of one kind; delivery runs on the caller's thread. */
final class Listeners<T> {

    private final List<Consumer<T>> registered = new CopyOnWriteArrayList<>();

    ListenerRegistration add(Consumer<T> listener) {
        Consumer<T> entry = listener::accept; // a new object, so that one listener may register twice
        registered.add(entry);
        return new ListenerRegistration() {
            @Override
            public long dropped() {
                return 0;
            }

            @Override
            public void close() {
                registered.remove(entry);
            }
        };
    }

    int count() {
        return registered.size();
    }

    void deliver(T event) {
        registered.forEach(listener -> listener.accept(event));
    }
}
