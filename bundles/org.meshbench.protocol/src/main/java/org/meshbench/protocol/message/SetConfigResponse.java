package org.meshbench.protocol.message;

import java.util.Objects;
import org.meshbench.protocol.value.SinkReadConfig;

/**
 * Result of a set_config request with the sink's configuration read back afterwards ({@code
 * SetConfigResp}); also sent unprompted (request id 0) when a sink's configuration changes.
 *
 * @param header the header (not null)
 * @param config the configuration read back (not null)
 */
public record SetConfigResponse(ResponseHeader header, SinkReadConfig config) implements Response {

    /** Checks the components. */
    public SetConfigResponse {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(config, "config");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.SET_CONFIG_RESPONSE;
    }
}
