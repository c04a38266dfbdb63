package org.meshbench.protocol.message;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Header of every event ({@code EventHeader}).
 *
 * @param gwId        the publishing gateway (not null)
 * @param sinkId      the sink concerned, if any
 * @param eventId     random id that lets a backend drop duplicates (uint64, unsigned)
 * @param timeMsEpoch when the event was made, milliseconds since the epoch (uint64, unsigned)
 */
public record EventHeader(String gwId, Optional<String> sinkId, long eventId, OptionalLong timeMsEpoch) {

    /** Checks the components. */
    public EventHeader {
        Objects.requireNonNull(gwId, "gwId");
        Objects.requireNonNull(sinkId, "sinkId");
        Objects.requireNonNull(timeMsEpoch, "timeMsEpoch");
    }
}
