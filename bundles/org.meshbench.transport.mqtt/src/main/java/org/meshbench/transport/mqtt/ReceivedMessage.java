package org.meshbench.transport.mqtt;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A message delivered to a subscription. Immutable and safe to share between threads: the
 * payload can only be read through a copy or a read-only buffer.
 */
public final class ReceivedMessage {
    private final String topic;
    private final byte[] payload;
    private final int qos;
    private final boolean retained;
    private final boolean duplicate;

    /**
     * @param topic topic the message was published to
     * @param payload message body; the array is taken over, not copied, so the caller must not
     *            touch it afterwards
     * @param qos QoS at which the broker delivered it
     * @param retained whether the broker delivered it as a retained message
     * @param duplicate whether the broker marked it as a possible re-delivery
     */
    public ReceivedMessage(String topic, byte[] payload, int qos, boolean retained,
            boolean duplicate) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.qos = qos;
        this.retained = retained;
        this.duplicate = duplicate;
    }

    /** @return the topic name */
    public String topic() {
        return topic;
    }

    /** @return a copy of the message body */
    public byte[] payload() {
        return payload.clone();
    }

    /** @return a read-only view of the message body, without copying */
    public ByteBuffer payloadBuffer() {
        return ByteBuffer.wrap(payload).asReadOnlyBuffer();
    }

    /** @return the body length in bytes */
    public int payloadSize() {
        return payload.length;
    }

    /** @return MQTT QoS of the delivery, 0..2 */
    public int qos() {
        return qos;
    }

    /** @return whether this is a retained message sent on subscribing */
    public boolean retained() {
        return retained;
    }

    /** @return whether the broker flagged this as a possible duplicate delivery */
    public boolean duplicate() {
        return duplicate;
    }

    @Override
    public String toString() {
        return "ReceivedMessage[" + topic + ", " + payload.length + " bytes, qos " + qos
                + (retained ? ", retained" : "") + (duplicate ? ", duplicate" : "") + "]";
    }
}
