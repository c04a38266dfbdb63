package org.meshbench.transport.mqtt.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * The transport's subscriptions, by filter. Routing reads an immutable snapshot, so the MQTT
 * callback thread never waits for a lock. Thread-safe.
 */
final class SubscriptionTable {
    private final Map<String, Subscription> byFilter = new LinkedHashMap<>();
    private volatile List<Subscription> snapshot = List.of();

    /**
     * @param subscription a new subscription
     * @throws IllegalStateException if its filter is already subscribed
     */
    synchronized void add(Subscription subscription) {
        if (byFilter.putIfAbsent(subscription.filter(), subscription) != null) {
            throw new IllegalStateException("already subscribed to '" + subscription.filter()
                    + "'; unsubscribe first");
        }
        snapshot = List.copyOf(byFilter.values());
    }

    /** @return the removed subscription, or null if the filter was not subscribed */
    synchronized Subscription remove(String filter) {
        Subscription removed = byFilter.remove(filter);
        snapshot = List.copyOf(byFilter.values());
        return removed;
    }

    List<Subscription> all() {
        return snapshot;
    }

    /** Hands the message to every subscription whose filter matches its topic. */
    void route(ReceivedMessage message) {
        for (Subscription subscription : snapshot) {
            if (subscription.matches(message.topic())) {
                subscription.offer(message);
            }
        }
    }
}
