package org.meshbench.protocol.value;

import java.util.Objects;

/**
 * One item of a sink's configuration data content ({@code ConfigurationDataItem}).
 *
 * @param endpoint the item's endpoint (uint32)
 * @param payload  the item's content; empty clears the item when set (not null)
 */
public record ConfigurationDataItem(long endpoint, Bytes payload) {

    /** Checks the components. */
    public ConfigurationDataItem {
        Uint32.require("endpoint", endpoint);
        Objects.requireNonNull(payload, "payload");
    }
}
