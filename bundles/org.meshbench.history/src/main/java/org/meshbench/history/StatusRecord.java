package org.meshbench.history;

import java.util.Objects;

/**
 * A gateway status event as stored in the {@code statuses} table.
 *
 * @param gatewayId gateway that published it
 * @param eventId its event id (unsigned 64 bits)
 * @param timeMs the gateway's time stamp, or the reception time when it sent none
 * @param state {@code ON} or {@code OFF}
 * @param messageJson the whole message as canonical protobuf JSON
 * @param receivedAtMs when the recorder received it
 * @since 0.1
 */
public record StatusRecord(String gatewayId, long eventId, long timeMs, String state, String messageJson,
        long receivedAtMs) implements HistoryRecord {

    /** Checks that nothing is {@code null}. */
    public StatusRecord {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(messageJson, "messageJson");
    }
}
