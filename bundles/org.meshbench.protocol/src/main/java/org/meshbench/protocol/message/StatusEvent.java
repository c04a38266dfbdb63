package org.meshbench.protocol.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.Uint32;

/**
 * A gateway's status ({@code StatusEvent}), retained on {@code gw-event/status/<gw>}; the OFFLINE
 * form is the gateway's MQTT last will.
 *
 * @param header the header (not null)
 * @param version version of the message set; {@value #CURRENT_VERSION} today, but any number
 *        decodes (uint32)
 * @param state ON when online, OFF when offline (not null)
 * @param configs one configuration per sink, in wire order (copied)
 * @param gwModel manufacturer-specific model name
 * @param gwVersion manufacturer-specific version
 * @param maxScratchpadSize largest scratchpad accepted in one request (uint32)
 * @param gwFeatures announced features, in wire order (copied)
 */
public record StatusEvent(EventHeader header, long version, OnOffState state, List<SinkReadConfig> configs,
        Optional<String> gwModel, Optional<String> gwVersion, OptionalLong maxScratchpadSize,
        List<GatewayFeature> gwFeatures) implements Event {

    /** The message-set version gateways report today. */
    public static final long CURRENT_VERSION = 1;

    /** Checks the components and copies the lists. */
    public StatusEvent {
        Objects.requireNonNull(header, "header");
        Uint32.require("version", version);
        Objects.requireNonNull(state, "state");
        configs = List.copyOf(configs);
        Objects.requireNonNull(gwModel, "gwModel");
        Objects.requireNonNull(gwVersion, "gwVersion");
        Uint32.require("max_scratchpad_size", maxScratchpadSize);
        gwFeatures = List.copyOf(gwFeatures);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.STATUS_EVENT;
    }
}
