package org.meshbench.network;

import java.time.Instant;
import java.util.Objects;
import org.meshbench.protocol.message.ReceivedDataEvent;

/**
 * A packet received from the mesh, after duplicates were dropped. Immutable.
 *
 * @param sink the gateway and sink that received it
 * @param networkAddress the network address, from the payload or else from the topic
 * @param event the decoded event with every field the gateway sent
 * @param receivedAt when this client received it
 */
public record ReceivedPacket(SinkRef sink, long networkAddress, ReceivedDataEvent event, Instant receivedAt) {

    /** Checks for nulls. */
    public ReceivedPacket {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** @return the source node address */
    public long sourceAddress() {
        return event.sourceAddress();
    }
}
