package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Asks a gateway to describe itself ({@code GetGwInfoReq}, topic {@code gw-
 * request/get_gw_info/<gw>}).
 *
 * @param header the header (not null)
 */
public record GetGatewayInfoRequest(RequestHeader header) implements Request {

    /** Checks the components. */
    public GetGatewayInfoRequest {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.GET_GATEWAY_INFO_REQUEST;
    }
}
