package org.meshbench.ui.internal.network;

import java.util.List;
import java.util.OptionalLong;
import org.meshbench.network.Gateway;

/**
 * A gateway under one of its networks, with its sinks in that network.
 *
 * @param networkAddress the network of the parent row
 * @param gateway        the gateway's snapshot
 * @param sinks          its sinks in that network, by id
 */
public record GatewayRow(OptionalLong networkAddress, Gateway gateway, List<SinkRow> sinks) implements TreeRow {

    /** Copies the list. */
    public GatewayRow {
        sinks = List.copyOf(sinks);
    }

    @Override
    public String key() {
        return NetworkRow.keyOf(networkAddress) + " / gateway " + gateway.id();
    }
}
