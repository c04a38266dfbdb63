package org.meshbench.simulator;

import java.util.Objects;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.value.Bytes;

/**
 * One MQTT message a simulated gateway wants published. Immutable.
 *
 * @param topic   the topic (not null)
 * @param payload the payload, normally a serialized GenericMessage (not null)
 * @param qos     MQTT QoS 0..2
 * @param retain  whether the broker should retain it
 */
public record Publication(String topic, Bytes payload, int qos, boolean retain) {

    /** Checks the components. */
    public Publication {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("MQTT QoS must be 0..2, was " + qos);
        }
    }

    /**
     * @param message encoded topic and payload
     * @param qos     MQTT QoS
     * @param retain  whether the broker should retain it
     * @return the publication
     */
    public static Publication of(EncodedMessage message, int qos, boolean retain) {
        return new Publication(message.topic(), message.payload(), qos, retain);
    }

    /** @return a copy of the payload bytes */
    public byte[] payloadBytes() {
        return payload.toByteArray();
    }
}
