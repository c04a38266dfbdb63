package org.meshbench.history;

import java.util.Objects;

/**
 * A gateway's response as stored in the {@code responses} table.
 *
 * @param gatewayId the answering gateway
 * @param requestId the id of the request it answers
 * @param sinkId the sink, or an empty text for gateway-level responses
 * @param command the command's topic level
 * @param result the result code's name, e.g. {@code OK}
 * @param messageJson the whole message as canonical protobuf JSON
 * @param receivedAtMs when the recorder received it
 * @since 0.1
 */
public record ResponseRecord(String gatewayId, long requestId, String sinkId, String command, String result,
        String messageJson, long receivedAtMs) implements HistoryRecord {

    /** Checks that nothing is {@code null}. */
    public ResponseRecord {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(sinkId, "sinkId");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(messageJson, "messageJson");
    }
}
