package org.meshbench.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.mesh.EndpointPair;

/**
 * Which stored traffic to read: a time range (by reception time at the sink for packets, by the recorder's
 * reception time for requests), optionally one sending node and one endpoint pair.
 *
 * @param from first instant included, or empty for the beginning
 * @param to first instant excluded, or empty for now and later
 * @param node only packets sent by this node address
 * @param endpoints only packets on this source and destination endpoint
 * @since 0.1
 */
public record HistoryQuery(Optional<Instant> from, Optional<Instant> to, OptionalLong node,
        Optional<EndpointPair> endpoints) {

    /** Checks that nothing is {@code null}. */
    public HistoryQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(endpoints, "endpoints");
    }

    /** @return a query for everything stored */
    public static HistoryQuery all() {
        return new HistoryQuery(Optional.empty(), Optional.empty(), OptionalLong.empty(), Optional.empty());
    }

    /** @return the lower bound in epoch milliseconds */
    public long fromMs() {
        return from.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
    }

    /** @return the upper bound (excluded) in epoch milliseconds */
    public long toMs() {
        return to.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    }
}
