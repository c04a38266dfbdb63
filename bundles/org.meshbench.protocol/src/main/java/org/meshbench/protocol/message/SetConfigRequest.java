package org.meshbench.protocol.message;

import java.util.Objects;
import org.meshbench.protocol.value.SinkNewConfig;

/**
 * Changes the configuration of one sink ({@code SetConfigReq}).
 *
 * @param header the header (not null)
 * @param config the fields to change (not null)
 */
public record SetConfigRequest(RequestHeader header, SinkNewConfig config) implements Request {

    /** Checks the components. */
    public SetConfigRequest {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(config, "config");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.SET_CONFIG_REQUEST;
    }
}
