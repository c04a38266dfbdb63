package org.meshbench.simulator.internal.request;

import java.util.List;
import org.meshbench.protocol.value.GatewayFeature;

/**
 * What a simulated gateway says about itself in its status and gateway info.
 *
 * @param gatewayId         the gateway id
 * @param model             the model
 * @param version           the version
 * @param maxScratchpadSize largest scratchpad accepted in one request
 */
public record GatewayIdentity(String gatewayId, String model, String version, long maxScratchpadSize) {

    /** The features the official gateway announces, in its order. */
    public static final List<GatewayFeature> FEATURES = List.of(GatewayFeature.CONFIGURATION_DATA_V1,
            GatewayFeature.SINK_KEY_MANAGEMENT_V1, GatewayFeature.SCRATCHPAD_CHUNK_V1);
    /** API version 2: adds set-target-and-action. */
    public static final long IMPLEMENTED_API_VERSION = 2;
}
