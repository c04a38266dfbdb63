package org.meshbench.protocol.message;

import java.util.Objects;
import org.meshbench.protocol.value.ConfigurationDataItem;

/**
 * Sets, or clears with an empty payload, one configuration data item of a sink ({@code
 * SetConfigurationDataItemReq}); needs {@code CONFIGURATION_DATA_V1}.
 *
 * @param header the header (not null)
 * @param configurationDataItem the item (not null)
 */
public record SetConfigurationDataItemRequest(RequestHeader header,
        ConfigurationDataItem configurationDataItem) implements Request {

    /** Checks the components. */
    public SetConfigurationDataItemRequest {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(configurationDataItem, "configurationDataItem");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.SET_CONFIGURATION_DATA_ITEM_REQUEST;
    }
}
