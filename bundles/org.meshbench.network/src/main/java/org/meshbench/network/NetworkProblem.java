package org.meshbench.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.message.GatewayMessage;

/**
 * Something that went wrong without stopping the client: the message stream goes on and the
 * model stays as it was. Immutable.
 *
 * @param kind what went wrong
 * @param topic the MQTT topic concerned, or an empty string
 * @param detail a readable explanation
 * @param message the decoded message concerned (for example a late response), if any
 * @param time when it happened
 */
public record NetworkProblem(ProblemKind kind, String topic, String detail, Optional<GatewayMessage> message,
        Instant time) {

    /** Checks for nulls. */
    public NetworkProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(time, "time");
    }

    @Override
    public String toString() {
        return kind + (topic.isEmpty() ? "" : " on " + topic) + ": " + detail;
    }
}
