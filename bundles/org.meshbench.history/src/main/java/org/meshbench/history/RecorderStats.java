package org.meshbench.history;

import java.util.Optional;

/**
 * Counters of a {@link HistoryRecorder} since it started.
 *
 * @param received messages offered
 * @param stored records newly stored (and acknowledged)
 * @param duplicates messages stored before, e.g. re-deliveries (acknowledged)
 * @param ignored messages the history does not keep, or that do not decode (acknowledged, not stored)
 * @param overflowed messages refused because the buffer was full: neither stored nor acknowledged
 * @param failedWrites batch writes that failed and were tried again
 * @param buffered messages waiting to be written now
 * @param lastFailure the last write failure, if any
 * @since 0.1
 */
public record RecorderStats(long received, long stored, long duplicates, long ignored, long overflowed,
        long failedWrites, int buffered, Optional<String> lastFailure) {

    @Override
    public String toString() {
        return "received " + received + ", stored " + stored + ", duplicates " + duplicates + ", ignored " + ignored
                + ", buffered " + buffered + ", overflowed (not acknowledged) " + overflowed + ", failed writes "
                + failedWrites + lastFailure.map(failure -> " (last: " + failure + ")").orElse("");
    }
}
