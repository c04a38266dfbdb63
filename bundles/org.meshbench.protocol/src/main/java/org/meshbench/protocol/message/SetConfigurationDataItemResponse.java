package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Result of setting a configuration data item ({@code SetConfigurationDataItemResp}).
 *
 * @param header the header (not null)
 */
public record SetConfigurationDataItemResponse(ResponseHeader header) implements Response {

    /** Checks the components. */
    public SetConfigurationDataItemResponse {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.SET_CONFIGURATION_DATA_ITEM_RESPONSE;
    }
}
