package org.meshbench.transport.mqtt;

/**
 * Receives the messages of one subscription.
 *
 * <p>Threading: messages of one subscription arrive one at a time, in the order the broker
 * sent them. With {@link DeliveryMode#QUEUED} delivery (the default) they arrive on a transport
 * dispatch thread, never the MQTT client's network or callback thread, and different
 * subscriptions may be served in parallel; a handler must not block: a slow handler delays only
 * its own subscription, but its backlog grows in memory. With {@link DeliveryMode#DIRECT} they
 * arrive on the MQTT client's callback thread, with the restrictions described there. In both
 * modes exceptions are logged and the next message is delivered as usual.
 */
@FunctionalInterface
public interface MessageHandler {

    /**
     * @param message the received message
     */
    void messageArrived(ReceivedMessage message);
}
