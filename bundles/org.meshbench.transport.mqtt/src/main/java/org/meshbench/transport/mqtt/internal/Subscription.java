package org.meshbench.transport.mqtt.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * One subscription: its filter as the caller gave it, the filter sent to the broker (with a
 * {@code $share/} prefix when shared), and, for queued delivery, a private serial queue that keeps
 * its messages in order off the MQTT callback thread. Thread-safe.
 */
final class Subscription {
    private static final System.Logger LOG = System.getLogger(Subscription.class.getName());

    private final String filter;
    private final String wireFilter;
    private final int qos;
    private final TopicFilter matcher;
    private final MessageHandler handler;
    private final SerialExecutor mailbox; // null: direct delivery on the MQTT callback thread
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private volatile boolean active = true;

    Subscription(String filter, String wireFilter, int qos, MessageHandler handler,
            SerialExecutor mailbox) {
        this.filter = filter;
        this.wireFilter = wireFilter;
        this.qos = qos;
        this.matcher = new TopicFilter(filter);
        this.handler = handler;
        this.mailbox = mailbox;
    }

    String filter() {
        return filter;
    }

    String wireFilter() {
        return wireFilter;
    }

    int qos() {
        return qos;
    }

    /** Completes on the first SUBACK that grants the subscription. */
    CompletableFuture<Void> acknowledged() {
        return acknowledged;
    }

    boolean matches(String topic) {
        return matcher.matches(topic);
    }

    /** Queues the message for the handler, or delivers it; on the MQTT callback thread. */
    void offer(ReceivedMessage message) {
        if (mailbox == null) {
            deliver(message);
            return;
        }
        try {
            mailbox.execute(() -> deliver(message));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "transport closed, message on {0} dropped",
                    message.topic());
        }
    }

    /** Stops deliveries, including those already queued. */
    void deactivate() {
        active = false;
    }

    private void deliver(ReceivedMessage message) {
        if (!active) {
            return;
        }
        try {
            handler.messageArrived(message);
        } catch (Throwable e) { // an Error too: the mailbox thread serves the next messages
            LOG.log(System.Logger.Level.WARNING, "handler of " + filter + " failed on " + message, e);
        }
    }
}
