package org.meshbench.transport.mqtt.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttAsyncClient;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.meshbench.transport.mqtt.MqttTransportException;

/**
 * Sends SUBSCRIBE and UNSUBSCRIBE for the subscription table and settles the subscriptions'
 * acknowledgement futures from the SUBACK. Thread-safe.
 */
final class SubscriptionSender {
    private static final System.Logger LOG = System.getLogger(SubscriptionSender.class.getName());
    private static final int SUBACK_FAILURE = 0x80;

    private final IMqttAsyncClient client;
    private final SubscriptionTable table;
    private final Executor completions;

    SubscriptionSender(IMqttAsyncClient client, SubscriptionTable table, Executor completions) {
        this.client = client;
        this.table = table;
        this.completions = completions;
    }

    SubscriptionTable table() {
        return table;
    }

    /**
     * Subscribes in one request. A refusal by the broker fails the subscription's future; a
     * broken connection leaves it pending, because the next connect sends it again.
     *
     * @param subscriptions what to subscribe
     * @param whenDone runs once the broker answered or the request failed
     */
    void subscribe(List<Subscription> subscriptions, Runnable whenDone) {
        String[] filters = subscriptions.stream().map(Subscription::wireFilter).toArray(String[]::new);
        int[] qos = subscriptions.stream().mapToInt(Subscription::qos).toArray();
        try {
            client.subscribe(filters, qos, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    settle(subscriptions, token.getGrantedQos());
                    whenDone.run();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    LOG.log(System.Logger.Level.DEBUG, "subscribe interrupted, resent on reconnect", failure);
                    whenDone.run();
                }
            });
        } catch (MqttException e) {
            LOG.log(System.Logger.Level.DEBUG, "subscribe not sent, resent on reconnect", e);
            whenDone.run();
        }
    }

    /** @return completes when the broker acknowledged the UNSUBSCRIBE */
    CompletableFuture<Void> unsubscribe(Subscription subscription) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            client.unsubscribe(subscription.wireFilter(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    Completions.complete(completions, done, null);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    Completions.complete(completions, done, new MqttTransportException(
                            "unsubscribe from " + subscription.filter() + " failed", failure));
                }
            });
        } catch (MqttException e) {
            Completions.complete(completions, done, new MqttTransportException(
                    "unsubscribe from " + subscription.filter() + " failed", e));
        }
        return done;
    }

    private void settle(List<Subscription> subscriptions, int[] granted) {
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription subscription = subscriptions.get(i);
            boolean refused = i >= granted.length || granted[i] == SUBACK_FAILURE;
            Completions.complete(completions, subscription.acknowledged(), refused
                    ? new MqttTransportException("broker refused the subscription to "
                            + subscription.wireFilter(), null)
                    : null);
        }
    }
}
