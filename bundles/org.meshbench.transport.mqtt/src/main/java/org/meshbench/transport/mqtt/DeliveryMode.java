package org.meshbench.transport.mqtt;

/**
 * On which thread a subscription's {@link MessageHandler} runs.
 *
 * @since 0.2
 */
public enum DeliveryMode {
    /**
     * The default: messages wait in the subscription's own ordered queue and a transport dispatch
     * thread runs the handler, so a slow handler delays only its own subscription and never the
     * MQTT client. Costs a thread hand-off (often a thread wake-up) per message.
     */
    QUEUED,

    /**
     * The handler runs on the MQTT client's callback thread as the message arrives: no queue, no
     * hand-off, the same cost as a handler of the bare client. Only for handlers that are fast and
     * never block, because while one runs the client delivers no other message of any
     * subscription and the message's acknowledgement to the broker waits. Such a handler must not
     * publish and must not wait for anything: the client settles publishes and its other
     * operations on that same thread, so waiting there for one never ends, and at QoS 1 and 2 a
     * publish from it can deadlock the client when its in-flight window is full. Hand such work
     * to another thread. Messages keep their order; an exception is logged and the next message
     * is delivered as usual.
     */
    DIRECT
}
