package org.meshbench.decoders;

import java.util.Objects;
import java.util.OptionalLong;
import org.meshbench.mesh.EndpointPair;

/**
 * When a decoder applies: packets on an endpoint pair, optionally only in one network. Immutable.
 *
 * <p>Among the bindings that match a packet, one with a network address beats one without, and
 * then the higher priority wins; see {@link DecoderRegistry} for the full selection order.
 *
 * @param decoderId id of the decoder the binding refers to
 * @param endpoints the source and destination endpoint the binding matches
 * @param networkAddress the only network it matches, or empty for every network
 * @param priority larger wins among equally specific bindings; 0 by default
 * @since 0.1
 */
public record DecoderBinding(String decoderId, EndpointPair endpoints, OptionalLong networkAddress,
        int priority) {

    /** Rejects {@code null} components. */
    public DecoderBinding {
        Objects.requireNonNull(decoderId, "decoderId");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(networkAddress, "networkAddress");
    }

    /**
     * @param context a packet's context
     * @return whether this binding applies to that packet
     */
    public boolean matches(PacketContext context) {
        return endpoints.equals(context.endpoints())
                && (networkAddress.isEmpty() || networkAddress.getAsLong() == context.networkAddress());
    }

    /** @return whether the binding is limited to one network */
    public boolean isNetworkSpecific() {
        return networkAddress.isPresent();
    }
}
