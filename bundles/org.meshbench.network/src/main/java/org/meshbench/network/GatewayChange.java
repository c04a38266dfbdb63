package org.meshbench.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A gateway as it was before and after a status event or a configuration response. Immutable.
 *
 * @param gatewayId the gateway
 * @param before the snapshot before, empty if the gateway was unknown
 * @param after the snapshot after, empty if the gateway was removed (empty retained status)
 * @param time when this client processed the change
 */
public record GatewayChange(String gatewayId, Optional<Gateway> before, Optional<Gateway> after, Instant time) {

    /** Checks for nulls. */
    public GatewayChange {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(time, "time");
    }

    /** @return whether the gateway was removed */
    public boolean removed() {
        return after.isEmpty();
    }
}
