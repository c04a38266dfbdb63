package org.meshbench.network;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sinks that serve one network address, across all online gateways. Immutable.
 *
 * @param address the network address (unsigned)
 * @param sinks the sinks, sorted by gateway and sink id (unmodifiable)
 */
public record Network(long address, List<Sink> sinks) {

    /** Copies the list. */
    public Network {
        sinks = List.copyOf(sinks);
    }

    /** @return the ids of the gateways that have a sink in this network, sorted */
    public Set<String> gatewayIds() {
        Set<String> ids = new TreeSet<>();
        sinks.forEach(sink -> ids.add(sink.gatewayId()));
        return ids;
    }
}
