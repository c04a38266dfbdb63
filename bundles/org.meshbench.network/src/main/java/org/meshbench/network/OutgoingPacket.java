package org.meshbench.network;

import java.util.Objects;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.Uint32;

/**
 * A packet to send into the mesh through a sink. Immutable; start from {@link #to(long, long, long, Bytes)}
 * and change the optional parts with the {@code with…} methods.
 *
 * @param destinationAddress destination node, or {@link #BROADCAST} (uint32)
 * @param sourceEndpoint source endpoint (uint32)
 * @param destinationEndpoint destination endpoint (uint32)
 * @param payload the application payload
 * @param qos Wirepas quality of service
 * @param initialDelayMs delay before the sink sends it, in milliseconds (uint32)
 * @param unackCsmaCa whether to send it unacknowledged with CSMA-CA (for low-latency targets only)
 * @param hopLimit largest number of hops, 0 for no limit, at most {@value #MAX_HOP_LIMIT}
 */
public record OutgoingPacket(long destinationAddress, long sourceEndpoint, long destinationEndpoint, Bytes payload,
        DataQos qos, long initialDelayMs, boolean unackCsmaCa, int hopLimit) {

    /** Destination address that reaches every node. */
    public static final long BROADCAST = 0xFFFF_FFFFL;
    /** Largest hop limit a gateway accepts. */
    public static final int MAX_HOP_LIMIT = 15;

    /** Checks the ranges. */
    public OutgoingPacket {
        Uint32.require("destination address", destinationAddress);
        Uint32.require("source endpoint", sourceEndpoint);
        Uint32.require("destination endpoint", destinationEndpoint);
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(qos, "qos");
        Uint32.require("initial delay", initialDelayMs);
        if (hopLimit < 0 || hopLimit > MAX_HOP_LIMIT) {
            throw new IllegalArgumentException("hop limit must be 0.." + MAX_HOP_LIMIT + ", got " + hopLimit);
        }
    }

    /**
     * @param destination destination node, or {@link #BROADCAST}
     * @param sourceEndpoint source endpoint
     * @param destinationEndpoint destination endpoint
     * @param payload the payload
     * @return a normal-priority packet without delay, CSMA-CA or hop limit
     */
    public static OutgoingPacket to(long destination, long sourceEndpoint, long destinationEndpoint, Bytes payload) {
        return new OutgoingPacket(destination, sourceEndpoint, destinationEndpoint, payload, DataQos.NORMAL, 0,
                false, 0);
    }

    /**
     * @param value Wirepas quality of service
     * @return a copy with it
     */
    public OutgoingPacket withQos(DataQos value) {
        return new OutgoingPacket(destinationAddress, sourceEndpoint, destinationEndpoint, payload, value,
                initialDelayMs, unackCsmaCa, hopLimit);
    }

    /**
     * @param delayMs delay before sending, in milliseconds
     * @return a copy with it
     */
    public OutgoingPacket withInitialDelayMs(long delayMs) {
        return new OutgoingPacket(destinationAddress, sourceEndpoint, destinationEndpoint, payload, qos, delayMs,
                unackCsmaCa, hopLimit);
    }

    /**
     * @param value whether to send unacknowledged with CSMA-CA
     * @return a copy with it
     */
    public OutgoingPacket withUnackCsmaCa(boolean value) {
        return new OutgoingPacket(destinationAddress, sourceEndpoint, destinationEndpoint, payload, qos,
                initialDelayMs, value, hopLimit);
    }

    /**
     * @param limit largest number of hops, 0..15
     * @return a copy with it
     */
    public OutgoingPacket withHopLimit(int limit) {
        return new OutgoingPacket(destinationAddress, sourceEndpoint, destinationEndpoint, payload, qos,
                initialDelayMs, unackCsmaCa, limit);
    }
}
