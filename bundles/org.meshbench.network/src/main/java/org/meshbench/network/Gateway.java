package org.meshbench.network;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.meshbench.protocol.value.GatewayFeature;

/**
 * Snapshot of one gateway as its retained status and its configuration responses describe it.
 * Immutable; a later change produces a new snapshot.
 *
 * @param id the gateway id
 * @param state online, or offline after its last will
 * @param model manufacturer-specific model name, if announced
 * @param version manufacturer-specific version, if announced
 * @param features announced optional features (unmodifiable)
 * @param maxScratchpadSize largest scratchpad the gateway takes in one request, if announced
 * @param lastStatusTime when this client last received the gateway's status
 * @param sinks the sinks last reported, sorted by id (unmodifiable); an offline gateway keeps
 *            the sinks it had, but they are not reachable
 */
public record Gateway(String id, GatewayState state, Optional<String> model, Optional<String> version,
        Set<GatewayFeature> features, OptionalLong maxScratchpadSize, Instant lastStatusTime,
        List<Sink> sinks) {

    /** Checks for nulls and copies the collections. */
    public Gateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        features = Set.copyOf(features);
        Objects.requireNonNull(maxScratchpadSize, "maxScratchpadSize");
        Objects.requireNonNull(lastStatusTime, "lastStatusTime");
        sinks = List.copyOf(sinks);
    }

    /** @return whether the latest status said ONLINE */
    public boolean online() {
        return state == GatewayState.ONLINE;
    }

    /**
     * @param feature a feature
     * @return whether the gateway announced it
     */
    public boolean hasFeature(GatewayFeature feature) {
        return features.contains(feature);
    }

    /**
     * @param sinkId a sink id
     * @return that sink, if the gateway reported it
     */
    public Optional<Sink> sink(String sinkId) {
        return sinks.stream().filter(sink -> sink.id().equals(sinkId)).findFirst();
    }
}
