package org.meshbench.ui.internal.network;

import org.meshbench.network.Sink;

/**
 * A sink of a gateway.
 *
 * @param sink          the sink's snapshot
 * @param gatewayOnline whether its gateway is online; an offline gateway's sinks show what they last reported
 */
public record SinkRow(Sink sink, boolean gatewayOnline) implements TreeRow {

    @Override
    public String key() {
        return "sink " + sink.ref();
    }
}
