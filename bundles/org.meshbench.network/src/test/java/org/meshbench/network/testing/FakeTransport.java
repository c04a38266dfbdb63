package org.meshbench.network.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.meshbench.protocol.topic.TopicFilter;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionListener;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.DeliveryMode;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * An in-memory transport: records publishes, lets a test deliver messages to the subscriptions
 * (synchronously, on the test's thread) and switch the connection state.
 */
public final class FakeTransport implements MqttTransport {

    /** One publish. */
    public record Published(String topic, byte[] payload, int qos, boolean retain) {
    }

    private final Map<String, MessageHandler> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, Integer> subscriptionQos = new ConcurrentHashMap<>();
    private final Map<String, DeliveryMode> deliveryModes = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Published> published = new LinkedBlockingQueue<>();
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile Consumer<Published> onPublish = publish -> { };
    private volatile boolean failPublishes;

    @Override
    public MqttOptions options() {
        return MqttOptions.builder().host("127.0.0.1").insecure(true).build();
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    /** @param newState the state to switch to; listeners are told */
    public void setState(ConnectionState newState) {
        state = newState;
        ConnectionEvent event = new ConnectionEvent(newState, Optional.empty(), Optional.empty(), Instant.now());
        listeners.forEach(listener -> listener.connectionChanged(event));
    }

    /** @param action runs for every publish, after it was recorded (a fake gateway answers here) */
    public void onPublish(Consumer<Published> action) {
        onPublish = action;
    }

    /** @param fail whether publishes fail from now on */
    public void failPublishes(boolean fail) {
        failPublishes = fail;
    }

    /**
     * Delivers a message to every subscription whose filter matches, on the calling thread.
     *
     * @param topic the topic
     * @param payload the payload
     * @param retained whether to mark it retained
     */
    public void deliver(String topic, byte[] payload, boolean retained) {
        subscriptions.forEach((filter, handler) -> {
            if (new TopicFilter(filter).matches(topic)) {
                handler.messageArrived(new ReceivedMessage(topic, payload.clone(), 1, retained, false));
            }
        });
    }

    /**
     * @param timeout longest wait
     * @return the next publish
     * @throws InterruptedException if interrupted
     */
    public Published nextPublish(Duration timeout) throws InterruptedException {
        Published next = published.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("nothing published within " + timeout);
        }
        return next;
    }

    /** @return the subscribed filters with their QoS */
    public Map<String, Integer> subscriptions() {
        return Map.copyOf(subscriptionQos);
    }

    /** @return the subscribed filters with their delivery mode */
    public Map<String, DeliveryMode> deliveryModes() {
        return Map.copyOf(deliveryModes);
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public CompletableFuture<Void> connect() {
        setState(ConnectionState.CONNECTED);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        setState(ConnectionState.DISCONNECTED);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void abort() {
        setState(ConnectionState.DISCONNECTED);
    }

    @Override
    public void close() {
        setState(ConnectionState.CLOSED);
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain) {
        Published publish = new Published(topic, payload.clone(), qos, retain);
        published.add(publish);
        if (failPublishes) {
            return CompletableFuture.failedFuture(new MqttTransportException("publish refused", null));
        }
        onPublish.accept(publish);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void publishAndWait(String topic, byte[] payload, int qos, boolean retain, Duration timeout) {
        publish(topic, payload, qos, retain);
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, int qos, MessageHandler handler, DeliveryMode delivery) {
        subscriptions.put(filter, handler);
        subscriptionQos.put(filter, qos);
        deliveryModes.put(filter, delivery);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> subscribeShareable(String filter, int qos, MessageHandler handler,
            DeliveryMode delivery) {
        return subscribe(filter, qos, handler, delivery);
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String filter) {
        subscriptions.remove(filter);
        subscriptionQos.remove(filter);
        deliveryModes.remove(filter);
        return CompletableFuture.completedFuture(null);
    }
}
