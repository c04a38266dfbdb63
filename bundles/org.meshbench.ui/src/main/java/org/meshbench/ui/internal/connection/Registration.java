package org.meshbench.ui.internal.connection;

/** A registered listener; closing it removes the listener. */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    /** Removes the listener; later calls do nothing. */
    @Override
    void close();
}
