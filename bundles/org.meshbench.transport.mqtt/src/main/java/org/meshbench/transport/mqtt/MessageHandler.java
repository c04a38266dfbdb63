package org.meshbench.transport.mqtt;

/**
 * Receives the messages of one subscription.
 *
 * <p>Threading: messages of one subscription arrive one at a time, in the order the broker
 * sent them, on a transport dispatch thread (never the MQTT client's network or callback
 * thread). Different subscriptions may be served in parallel. A handler must not block: a
 * slow handler delays only its own subscription, but its backlog grows in memory. Exceptions
 * are logged and the next message is delivered as usual.
 */
@FunctionalInterface
public interface MessageHandler {

    /**
     * @param message the received message
     */
    void messageArrived(ReceivedMessage message);
}
