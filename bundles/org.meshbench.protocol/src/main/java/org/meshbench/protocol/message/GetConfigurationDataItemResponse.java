package org.meshbench.protocol.message;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.value.ConfigurationDataItem;

/**
 * One configuration data item of a sink ({@code GetConfigurationDataItemResp}).
 *
 * @param header the header (not null)
 * @param configurationDataItem the item; empty when the sink has none
 */
public record GetConfigurationDataItemResponse(ResponseHeader header,
        Optional<ConfigurationDataItem> configurationDataItem) implements Response {

    /** Checks the components. */
    public GetConfigurationDataItemResponse {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(configurationDataItem, "configurationDataItem");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.GET_CONFIGURATION_DATA_ITEM_RESPONSE;
    }
}
