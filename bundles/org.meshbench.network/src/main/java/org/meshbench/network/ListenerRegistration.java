package org.meshbench.network;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A registered listener. Its events wait in a bounded queue and are delivered one at a time, in
 * order, on the client's worker pool; when the queue is full, new events for this listener are
 * dropped and counted. Thread-safe.
 */
@ProviderType
public interface ListenerRegistration extends AutoCloseable {

    /** @return how many events were dropped because this listener's queue was full */
    long dropped();

    /** Removes the listener; events still queued for it are discarded. */
    @Override
    void close();
}
