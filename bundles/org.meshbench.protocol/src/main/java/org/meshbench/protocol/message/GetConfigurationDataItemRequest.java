package org.meshbench.protocol.message;

import java.util.Objects;
import org.meshbench.protocol.value.Uint32;

/**
 * Reads one configuration data item of a sink ({@code GetConfigurationDataItemReq}); needs {@code
 * CONFIGURATION_DATA_V1}.
 *
 * @param header the header (not null)
 * @param endpoint the item's endpoint (uint32)
 */
public record GetConfigurationDataItemRequest(RequestHeader header, long endpoint) implements Request {

    /** Checks the components. */
    public GetConfigurationDataItemRequest {
        Objects.requireNonNull(header, "header");
        Uint32.require("endpoint", endpoint);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.GET_CONFIGURATION_DATA_ITEM_REQUEST;
    }
}
