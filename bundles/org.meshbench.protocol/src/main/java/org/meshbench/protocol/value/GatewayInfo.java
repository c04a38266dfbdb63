package org.meshbench.protocol.value;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a gateway says about itself in a get_gw_info response ({@code GatewayInfo}).
 *
 * @param currentTimeSEpoch     gateway clock when answering, seconds since the epoch (unsigned)
 * @param gwModel               manufacturer-specific model name
 * @param gwVersion             manufacturer-specific version
 * @param implementedApiVersion API version: 1 initial, 2 adds set-target-and-action (uint32)
 * @param maxScratchpadSize     largest scratchpad accepted in one request; larger ones go in chunks (uint32)
 * @param gwFeatures            announced features, in wire order (copied)
 */
public record GatewayInfo(long currentTimeSEpoch, Optional<String> gwModel, Optional<String> gwVersion,
        OptionalLong implementedApiVersion, OptionalLong maxScratchpadSize, List<GatewayFeature> gwFeatures) {

    /** Checks and copies the components. */
    public GatewayInfo {
        Objects.requireNonNull(gwModel, "gwModel");
        Objects.requireNonNull(gwVersion, "gwVersion");
        Uint32.require("implemented_api_version", implementedApiVersion);
        Uint32.require("max_scratchpad_size", maxScratchpadSize);
        gwFeatures = List.copyOf(gwFeatures);
    }
}
