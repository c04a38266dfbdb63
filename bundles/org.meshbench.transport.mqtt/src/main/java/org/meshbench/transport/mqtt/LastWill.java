package org.meshbench.transport.mqtt;

import java.util.Arrays;
import java.util.Objects;
import org.meshbench.transport.mqtt.internal.TopicNames;

/**
 * Message the broker publishes for the client when the client vanishes without a clean
 * disconnect (a gateway uses it to announce itself OFFLINE). Immutable: the payload is copied
 * in and out.
 */
public final class LastWill {
    private final String topic;
    private final byte[] payload;
    private final int qos;
    private final boolean retain;

    /**
     * @param topic topic name, without wildcards
     * @param payload message body (copied)
     * @param qos MQTT QoS 0, 1 or 2
     * @param retain whether the broker keeps the message as the topic's retained message
     * @throws IllegalArgumentException if the topic or QoS is invalid
     */
    public LastWill(String topic, byte[] payload, int qos, boolean retain) {
        this.topic = TopicNames.checkTopic(topic);
        this.payload = Objects.requireNonNull(payload, "payload").clone();
        this.qos = TopicNames.checkQos(qos);
        this.retain = retain;
    }

    /** @return the topic name */
    public String topic() {
        return topic;
    }

    /** @return a copy of the message body */
    public byte[] payload() {
        return payload.clone();
    }

    /** @return the MQTT QoS */
    public int qos() {
        return qos;
    }

    /** @return whether the message is retained */
    public boolean retain() {
        return retain;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LastWill will && topic.equals(will.topic)
                && Arrays.equals(payload, will.payload) && qos == will.qos && retain == will.retain;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, Arrays.hashCode(payload), qos, retain);
    }

    @Override
    public String toString() {
        return "LastWill[" + topic + ", " + payload.length + " bytes, qos " + qos
                + (retain ? ", retained]" : "]");
    }
}
