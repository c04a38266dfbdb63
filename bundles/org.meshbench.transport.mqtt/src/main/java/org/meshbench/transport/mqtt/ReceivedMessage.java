package org.meshbench.transport.mqtt;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A message delivered to a subscription. Immutable and safe to share between threads: the
 * payload can only be read through a copy or a read-only buffer.
 *
 * <p>Acknowledgement: with {@link MqttOptions#manualAcknowledgement()} the broker considers a
 * QoS 1 or 2 message delivered only after {@link #acknowledge()}; until then it keeps the message
 * for this client's session and sends it again after a reconnect (with a persistent session,
 * also after a crash of this process). Otherwise {@link #acknowledge()} does nothing.
 */
public final class ReceivedMessage {
    private final String topic;
    private final byte[] payload;
    private final int qos;
    private final boolean retained;
    private final boolean duplicate;
    private final Runnable acknowledgement;

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
        this(topic, payload, qos, retained, duplicate, () -> { });
    }

    /**
     * A message that the broker considers delivered only once acknowledged.
     *
     * @param topic topic the message was published to
     * @param payload message body; taken over, not copied
     * @param qos QoS at which the broker delivered it
     * @param retained whether the broker delivered it as a retained message
     * @param duplicate whether the broker marked it as a possible re-delivery
     * @param acknowledgement sends the acknowledgement; run at most once by {@link #acknowledge()}
     * @since 0.3
     */
    public ReceivedMessage(String topic, byte[] payload, int qos, boolean retained,
            boolean duplicate, Runnable acknowledgement) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.qos = qos;
        this.retained = retained;
        this.duplicate = duplicate;
        this.acknowledgement = once(Objects.requireNonNull(acknowledgement, "acknowledgement"));
    }

    private static Runnable once(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
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

    /**
     * Tells the broker that this message is handled, when the transport acknowledges manually
     * (see the class comment). Only the first call counts; a call after the connection was lost
     * does nothing, and the broker sends the message again. Any thread may call it.
     *
     * @since 0.3
     */
    public void acknowledge() {
        acknowledgement.run();
    }

    @Override
    public String toString() {
        return "ReceivedMessage[" + topic + ", " + payload.length + " bytes, qos " + qos
                + (retained ? ", retained" : "") + (duplicate ? ", duplicate" : "") + "]";
    }
}
