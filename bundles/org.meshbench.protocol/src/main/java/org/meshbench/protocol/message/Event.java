package org.meshbench.protocol.message;

/** A message a gateway publishes on a {@code gw-event/…} topic. */
public sealed interface Event extends GatewayMessage permits StatusEvent, ReceivedDataEvent {

    /** @return the event header */
    EventHeader header();
}
