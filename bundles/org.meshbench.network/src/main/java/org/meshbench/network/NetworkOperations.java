package org.meshbench.network;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Requests to every sink of a {@link SinkSelection} at once. The sinks are looked up in the model
 * at each call, so gateways that came or went since are taken into account. Thread-safe.
 */
@ProviderType
public interface NetworkOperations {

    /** @return the sinks the selection includes now, sorted */
    List<Sink> sinks();

    /**
     * Sends the same packet through every selected sink, in parallel.
     *
     * @param packet the packet
     * @return one result per sink, in {@link #sinks()} order; completes when all are settled
     */
    CompletableFuture<List<SinkResult<Void>>> sendData(OutgoingPacket packet);
}
