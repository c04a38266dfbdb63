package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Result of a send_data request ({@code SendPacketResp}).
 *
 * @param header the header (not null)
 */
public record SendDataResponse(ResponseHeader header) implements Response {

    /** Checks the components. */
    public SendDataResponse {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.SEND_DATA_RESPONSE;
    }
}
