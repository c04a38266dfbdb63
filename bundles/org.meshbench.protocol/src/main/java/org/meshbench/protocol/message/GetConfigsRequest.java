package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Asks a gateway for the configuration of all its sinks ({@code GetConfigsReq}, topic {@code gw-
 * request/get_configs/<gw>}).
 *
 * @param header the header (not null)
 */
public record GetConfigsRequest(RequestHeader header) implements Request {

    /** Checks the components. */
    public GetConfigsRequest {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.GET_CONFIGS_REQUEST;
    }
}
