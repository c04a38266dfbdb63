package org.meshbench.protocol.message;

import java.util.Objects;
import org.meshbench.protocol.value.GatewayInfo;

/**
 * A gateway's description of itself ({@code GetGwInfoResp}).
 *
 * @param header the header (not null)
 * @param info the description (not null)
 */
public record GetGatewayInfoResponse(ResponseHeader header, GatewayInfo info) implements Response {

    /** Checks the components. */
    public GetGatewayInfoResponse {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(info, "info");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.GET_GATEWAY_INFO_RESPONSE;
    }
}
