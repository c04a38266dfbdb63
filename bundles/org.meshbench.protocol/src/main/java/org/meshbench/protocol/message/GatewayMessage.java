package org.meshbench.protocol.message;

/**
 * Any typed message of the API: a {@link Request}, a {@link Response} or an {@link Event}.
 * Implementations are immutable records and thread-safe.
 */
public sealed interface GatewayMessage permits Request, Response, Event {

    /** @return this message's payload kind */
    MessageKind kind();
}
