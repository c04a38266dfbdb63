package org.meshbench.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;

/** The sink configurations of a {@link MinimalGateway}; set_config changes only the fields it sets. Thread-safe. */
final class SinkConfigs {
    private final Map<String, SinkReadConfig> sinks = new TreeMap<>();

    SinkConfigs(List<SinkReadConfig> initial) {
        initial.forEach(config -> sinks.put(config.sinkId(), config));
    }

    synchronized List<SinkReadConfig> all() {
        return List.copyOf(sinks.values());
    }

    synchronized Optional<SinkReadConfig> get(String sinkId) {
        return Optional.ofNullable(sinks.get(sinkId));
    }

    /** @return the configuration afterwards, or empty for an unknown sink */
    synchronized Optional<SinkReadConfig> apply(SinkNewConfig change) {
        SinkReadConfig c = sinks.get(change.sinkId());
        if (c == null) {
            return Optional.empty();
        }
        boolean keysSet = change.keys().isPresent() || change.networkKeys().isPresent()
                || change.managementKeys().isPresent();
        SinkReadConfig updated = new SinkReadConfig(c.sinkId(), change.nodeRole().or(c::nodeRole),
                change.nodeAddress().isPresent() ? change.nodeAddress() : c.nodeAddress(),
                change.networkAddress().isPresent() ? change.networkAddress() : c.networkAddress(),
                change.networkChannel().isPresent() ? change.networkChannel() : c.networkChannel(),
                change.appConfig().or(c::appConfig),
                change.channelMap().isPresent() ? change.channelMap() : c.channelMap(),
                keysSet ? Optional.of(true) : c.areKeysSet(), change.currentAcRange().or(c::currentAcRange),
                c.acLimits(), c.maxMtu(), c.channelLimits(), c.hwMagic(), c.stackProfile(), c.appConfigMaxSize(),
                c.firmwareVersion(), change.sinkState().or(c::sinkState), c.storedScratchpad(), c.storedStatus(),
                c.storedType(), c.processedScratchpad(), c.firmwareAreaId(), c.targetAndAction(),
                c.configurationDataContent());
        sinks.put(c.sinkId(), updated);
        return Optional.of(updated);
    }
}
