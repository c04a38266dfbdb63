package org.meshbench.history;

import java.util.Objects;

/**
 * A request to a gateway as stored in the {@code requests} table.
 *
 * @param gatewayId the addressed gateway
 * @param requestId the request id (unsigned 64 bits), which its response repeats
 * @param sinkId the addressed sink, or an empty text for gateway-level requests
 * @param command the command's topic level, e.g. {@code send_data}
 * @param messageJson the whole message as canonical protobuf JSON
 * @param receivedAtMs when the recorder received it
 * @since 0.1
 */
public record RequestRecord(String gatewayId, long requestId, String sinkId, String command, String messageJson,
        long receivedAtMs) implements HistoryRecord {

    /** Checks that nothing is {@code null}. */
    public RequestRecord {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(sinkId, "sinkId");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(messageJson, "messageJson");
    }
}
