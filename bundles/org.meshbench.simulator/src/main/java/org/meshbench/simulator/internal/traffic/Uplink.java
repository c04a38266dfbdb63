package org.meshbench.simulator.internal.traffic;

import org.meshbench.protocol.value.Bytes;

/**
 * One packet a node sends to its sink.
 *
 * @param sourceAddress       the sending node
 * @param sourceEndpoint      source endpoint
 * @param destinationEndpoint destination endpoint
 * @param payload             the APDU
 * @param hopCount            hops the packet took
 * @param travelTimeMs        time it spent in the mesh
 * @param qos                 Wirepas QoS: 0 normal, 1 high
 */
public record Uplink(long sourceAddress, int sourceEndpoint, int destinationEndpoint, Bytes payload, int hopCount,
        long travelTimeMs, int qos) {
}
