package org.meshbench.capture;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One MQTT message as it was received. Immutable: the payload is copied in and out.
 *
 * @param receivedAt when the client received it, to the microsecond
 * @param topic the topic name
 * @param payload the message body
 * @param qos the MQTT QoS of the delivery, 0..2
 * @param retained the retain flag as delivered (set for retained messages sent on subscribing)
 * @param duplicate the DUP flag as delivered
 */
public record CapturedMessage(Instant receivedAt, String topic, byte[] payload, int qos, boolean retained,
        boolean duplicate) {

    /** Checks the values and copies the payload. */
    public CapturedMessage {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(topic, "topic");
        payload = payload.clone();
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("QoS must be 0, 1 or 2, got " + qos);
        }
    }

    /** @return a copy of the payload */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** @return the payload length in bytes */
    public int payloadSize() {
        return payload.length;
    }

    /** Equal when every field is, the payload byte for byte. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CapturedMessage message && receivedAt.equals(message.receivedAt)
                && topic.equals(message.topic) && Arrays.equals(payload, message.payload) && qos == message.qos
                && retained == message.retained && duplicate == message.duplicate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(receivedAt, topic, Arrays.hashCode(payload), qos, retained, duplicate);
    }

    @Override
    public String toString() {
        return "CapturedMessage[" + receivedAt + " " + topic + " qos " + qos + (retained ? " retained" : "")
                + (duplicate ? " dup" : "") + " " + HexFormat.of().formatHex(payload) + "]";
    }
}
