package org.meshbench.protocol.value;

/**
 * Range of access cycle durations of a sink, in milliseconds ({@code AccessCycleRange}).
 *
 * @param minMs shortest access cycle (uint32)
 * @param maxMs longest access cycle (uint32)
 */
public record AccessCycleRange(long minMs, long maxMs) {

    /** Checks the uint32 ranges. */
    public AccessCycleRange {
        Uint32.require("min_ms", minMs);
        Uint32.require("max_ms", maxMs);
    }
}
