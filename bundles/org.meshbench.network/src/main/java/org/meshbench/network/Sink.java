package org.meshbench.network;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;

/**
 * Snapshot of one sink with the configuration its gateway last reported (in a status event, a
 * get_configs response or a set_config response, solicited or not). Immutable.
 *
 * @param ref the gateway and sink ids
 * @param config the configuration as read back from the sink
 * @param updated when this client last received the configuration
 */
public record Sink(SinkRef ref, SinkReadConfig config, Instant updated) {

    /** Checks for nulls and that the configuration belongs to this sink. */
    public Sink {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(updated, "updated");
        if (!ref.sinkId().equals(config.sinkId())) {
            throw new IllegalArgumentException("config of sink " + config.sinkId() + " given for " + ref);
        }
    }

    /** @return the sink id */
    public String id() {
        return ref.sinkId();
    }

    /** @return the gateway id */
    public String gatewayId() {
        return ref.gatewayId();
    }

    /** @return the network address, if the sink reported one */
    public OptionalLong networkAddress() {
        return config.networkAddress();
    }

    /** @return whether the sink reported its stack as started */
    public boolean started() {
        return config.sinkState().orElse(OnOffState.UNKNOWN) == OnOffState.ON;
    }
}
