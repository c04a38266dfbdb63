package org.meshbench.network;

import org.meshbench.protocol.value.Uint32;

/**
 * Source and destination endpoint of a packet, the key under which applications exchange data.
 *
 * @param source source endpoint (uint32)
 * @param destination destination endpoint (uint32)
 */
public record EndpointPair(long source, long destination) {

    /** Checks the ranges. */
    public EndpointPair {
        Uint32.require("source endpoint", source);
        Uint32.require("destination endpoint", destination);
    }

    /** @return {@code source→destination} */
    @Override
    public String toString() {
        return source + "→" + destination;
    }
}
