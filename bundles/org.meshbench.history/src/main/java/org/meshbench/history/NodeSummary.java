package org.meshbench.history;

/**
 * What the stored packets tell about one sending node within a query's range.
 *
 * @param networkAddress the node's network
 * @param nodeAddress the node address
 * @param packets how many packets it sent
 * @param firstRxMs reception time of its first packet
 * @param lastRxMs reception time of its last packet
 * @param meanTravelTimeMs mean travel time of its packets
 * @param maxHopCount the largest hop count reported, 0 when none was
 * @since 0.1
 */
public record NodeSummary(long networkAddress, long nodeAddress, long packets, long firstRxMs, long lastRxMs,
        double meanTravelTimeMs, int maxHopCount) {
}
