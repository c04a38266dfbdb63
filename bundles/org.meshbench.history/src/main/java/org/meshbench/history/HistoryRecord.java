package org.meshbench.history;

/**
 * One stored message. Each kind has a unique key (gateway id with event id or request id), so a message
 * received twice (MQTT QoS 1 re-delivery, several store instances) is stored once.
 *
 * @since 0.1
 */
public sealed interface HistoryRecord permits PacketRecord, StatusRecord, RequestRecord, ResponseRecord {

    /** @return the gateway that published or was addressed by the message */
    String gatewayId();

    /** @return when the recorder received the message, milliseconds since the Unix epoch */
    long receivedAtMs();
}
