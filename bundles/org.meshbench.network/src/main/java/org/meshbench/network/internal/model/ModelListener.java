package org.meshbench.network.internal.model;

import org.meshbench.network.Gateway;
import org.meshbench.network.GatewayChange;

/** Told of model changes, under the model's lock: implementations must only queue. */
public interface ModelListener {

    /** @param change a status event was applied, or a gateway removed */
    void statusReceived(GatewayChange change);

    /** @param change a gateway's content (state, attributes or sinks) changed */
    void configChanged(GatewayChange change);

    /** @param evicted a gateway dropped because the model was full (told after its removal's changes) */
    void gatewayEvicted(Gateway evicted);
}
