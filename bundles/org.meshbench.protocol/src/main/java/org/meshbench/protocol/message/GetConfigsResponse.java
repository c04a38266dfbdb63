package org.meshbench.protocol.message;

import java.util.List;
import java.util.Objects;
import org.meshbench.protocol.value.SinkReadConfig;

/**
 * The configuration of all sinks of a gateway ({@code GetConfigsResp}).
 *
 * @param header the header (not null)
 * @param configs one configuration per sink, in wire order (copied)
 */
public record GetConfigsResponse(ResponseHeader header, List<SinkReadConfig> configs) implements Response {

    /** Checks the components and copies the lists. */
    public GetConfigsResponse {
        Objects.requireNonNull(header, "header");
        configs = List.copyOf(configs);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.GET_CONFIGS_RESPONSE;
    }
}
