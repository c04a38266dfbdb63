package org.meshbench.transport.mqtt;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A connection to one MQTT broker that moves topics and byte payloads.
 *
 * <p>Thread-safety: every method may be called from any thread. Futures complete on a
 * transport thread, never on the MQTT client's network or callback thread; dependent stages
 * without an executor run there too and must not block. Subscriptions made before
 * {@link #connect()} or while disconnected are sent when the connection comes up, and every
 * subscription is sent again after each reconnect.
 *
 * <p>QoS: the caller chooses the MQTT QoS of each publish. Requests to Wirepas gateways
 * ({@code gw-request/...}) should go at QoS 2, which is what gateways subscribe with and what
 * keeps a downlink from being sent twice.
 */
public interface MqttTransport extends AutoCloseable {

    /** @return the settings this transport was created with */
    MqttOptions options();

    /** @return the current connection state */
    ConnectionState state();

    /**
     * Adds a listener for state changes; it does not receive the current state.
     *
     * @param listener the listener; adding the same one twice has no effect
     */
    void addConnectionListener(ConnectionListener listener);

    /** @param listener the listener to remove */
    void removeConnectionListener(ConnectionListener listener);

    /**
     * Connects to the broker. A failed first attempt is not retried: the future fails with a
     * {@link MqttTransportException} carrying the {@link ConnectionError}, and the state goes
     * to {@link ConnectionState#DISCONNECTED}. Once connected, a lost connection is retried
     * according to {@link MqttOptions#reconnect()}.
     *
     * @return completes when connected and the broker acknowledged the subscriptions; fails
     *         with {@link IllegalStateException} once the transport is closed
     */
    CompletableFuture<Void> connect();

    /**
     * Disconnects cleanly (the broker does not publish the last will) and stops reconnecting.
     * {@link #connect()} may be called again later.
     *
     * @return completes when disconnected
     */
    CompletableFuture<Void> disconnect();

    /**
     * Drops the network connection without an MQTT DISCONNECT, as a crashing client would: the
     * broker publishes the last will. Used to simulate a failing gateway. {@link #connect()}
     * may be called again later.
     */
    void abort();

    /**
     * Disconnects cleanly if connected, waiting a few seconds at most, and releases the
     * transport's threads. The transport cannot be used afterwards.
     */
    @Override
    void close();

    /**
     * Publishes a message.
     *
     * @param topic topic name, without wildcards
     * @param payload message body; copied, so the caller may reuse the array
     * @param qos MQTT QoS 0, 1 or 2 (use 2 for gateway requests)
     * @param retain whether the broker keeps it as the topic's retained message
     * @return completes when delivered: written to the network for QoS 0, acknowledged by the
     *         broker for QoS 1 and 2; fails with {@link MqttTransportException} if not connected
     *         or if too many publishes await acknowledgement
     * @throws IllegalArgumentException if the topic or QoS is invalid
     */
    CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain);

    /**
     * Publishes a message and waits for its delivery, as {@link #publish}.
     *
     * @param topic topic name, without wildcards
     * @param payload message body
     * @param qos MQTT QoS 0, 1 or 2
     * @param retain whether the broker retains it
     * @param timeout longest wait
     * @throws MqttTransportException if the publish failed or was not delivered in time
     * @throws InterruptedException if interrupted while waiting
     */
    void publishAndWait(String topic, byte[] payload, int qos, boolean retain, Duration timeout)
            throws MqttTransportException, InterruptedException;

    /**
     * Subscribes to a topic filter with {@link DeliveryMode#QUEUED} delivery. See
     * {@link MessageHandler} for the threads handlers run on. A message whose topic matches
     * several subscribed filters goes to each of their handlers (Mosquitto sends one copy per
     * client; a broker that sends one copy per matching subscription makes each handler see it
     * that many times).
     *
     * @param filter topic filter, may contain {@code +} and {@code #}
     * @param qos maximum QoS of deliveries
     * @param handler receives the matching messages, in order
     * @return completes when the broker acknowledged the subscription (after the next connect
     *         if not connected now); fails if the broker refused it or the transport closed
     * @throws IllegalArgumentException if the filter or QoS is invalid
     * @throws IllegalStateException if the filter is already subscribed or the transport closed
     */
    default CompletableFuture<Void> subscribe(String filter, int qos, MessageHandler handler) {
        return subscribe(filter, qos, handler, DeliveryMode.QUEUED);
    }

    /**
     * Subscribes like {@link #subscribe(String, int, MessageHandler)}, with the handler run as
     * {@code delivery} says. Read {@link DeliveryMode#DIRECT} before choosing it.
     *
     * @param filter topic filter, may contain {@code +} and {@code #}
     * @param qos maximum QoS of deliveries
     * @param handler receives the matching messages, in order
     * @param delivery on which thread the handler runs
     * @return completes when the broker acknowledged the subscription
     * @throws IllegalArgumentException if the filter or QoS is invalid
     * @throws IllegalStateException if the filter is already subscribed or the transport closed
     * @since 0.2
     */
    CompletableFuture<Void> subscribe(String filter, int qos, MessageHandler handler,
            DeliveryMode delivery);

    /**
     * Subscribes like {@link #subscribe(String, int, MessageHandler)}, but within the
     * shared-subscription group of {@link MqttOptions#sharedGroup()} if one is set
     * ({@code $share/<group>/<filter>}): the broker then hands each message to only one member of
     * the group. Use it for traffic that several instances may split, such as
     * {@code gw-event/received_data/#}.
     *
     * @param filter topic filter
     * @param qos maximum QoS of deliveries
     * @param handler receives this instance's share of the messages, in order
     * @return completes when the broker acknowledged the subscription
     */
    default CompletableFuture<Void> subscribeShareable(String filter, int qos,
            MessageHandler handler) {
        return subscribeShareable(filter, qos, handler, DeliveryMode.QUEUED);
    }

    /**
     * Subscribes like {@link #subscribeShareable(String, int, MessageHandler)}, with the handler
     * run as {@code delivery} says. Read {@link DeliveryMode#DIRECT} before choosing it.
     *
     * @param filter topic filter
     * @param qos maximum QoS of deliveries
     * @param handler receives this instance's share of the messages, in order
     * @param delivery on which thread the handler runs
     * @return completes when the broker acknowledged the subscription
     * @since 0.2
     */
    CompletableFuture<Void> subscribeShareable(String filter, int qos, MessageHandler handler,
            DeliveryMode delivery);

    /**
     * Removes a subscription; its handler receives no further messages.
     *
     * @param filter the filter given to {@code subscribe} or {@code subscribeShareable}
     * @return completes when the broker acknowledged (at once when not connected or not
     *         subscribed)
     */
    CompletableFuture<Void> unsubscribe(String filter);
}
