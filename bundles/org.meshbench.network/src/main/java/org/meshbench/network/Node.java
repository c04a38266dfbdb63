package org.meshbench.network;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.meshbench.mesh.EndpointPair;

/**
 * Snapshot of a node seen as the source of received data. Immutable.
 *
 * @param networkAddress the network the node sent in (unsigned)
 * @param address the node address (uint32)
 * @param firstSeen when this client first received a packet from it
 * @param lastSeen when this client last received a packet from it
 * @param hopCount hop count of the last packet
 * @param travelTimeMs travel time of the last packet, in milliseconds
 * @param averageTravelTimeMs mean travel time over all its packets, in milliseconds
 * @param packetCount packets received from it (duplicates excluded)
 * @param packetsPerEndpoints packets per endpoint pair (unmodifiable); only the first
 *            {@value #MAX_TRACKED_ENDPOINT_PAIRS} pairs a node uses are counted separately, so
 *            the values may sum to less than {@code packetCount} (as they do when a gateway reports an
 *            endpoint above {@value EndpointPair#MAX_ENDPOINT})
 * @param lastSink the sink that received the last packet
 */
public record Node(long networkAddress, long address, Instant firstSeen, Instant lastSeen, int hopCount,
        long travelTimeMs, long averageTravelTimeMs, long packetCount,
        Map<EndpointPair, Long> packetsPerEndpoints, SinkRef lastSink) {

    /** How many distinct endpoint pairs are counted per node. */
    public static final int MAX_TRACKED_ENDPOINT_PAIRS = 16;

    /** Checks for nulls and copies the map. */
    public Node {
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        packetsPerEndpoints = Map.copyOf(packetsPerEndpoints);
        Objects.requireNonNull(lastSink, "lastSink");
    }
}
