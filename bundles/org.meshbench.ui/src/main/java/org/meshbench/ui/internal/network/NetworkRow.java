package org.meshbench.ui.internal.network;

import java.util.List;
import java.util.OptionalLong;

/**
 * A network address and the gateways with a sink in it; gateways whose sinks report no network address come under
 * a row without address.
 *
 * @param address   the network address, empty for sinks without one
 * @param nodeCount nodes seen sending in this network
 * @param gateways  the gateways, by id
 */
public record NetworkRow(OptionalLong address, int nodeCount, List<GatewayRow> gateways) implements TreeRow {

    /** Copies the list. */
    public NetworkRow {
        gateways = List.copyOf(gateways);
    }

    @Override
    public String key() {
        return keyOf(address);
    }

    /** @return the number of sinks of all gateways in this network */
    public int sinkCount() {
        return gateways.stream().mapToInt(gateway -> gateway.sinks().size()).sum();
    }

    static String keyOf(OptionalLong address) {
        return address.isPresent() ? "network " + Long.toUnsignedString(address.getAsLong()) : "no network";
    }
}
