package org.meshbench.broker;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A Paho client whose every wait is bounded and that collects what it receives. */
final class TestClient implements AutoCloseable, MqttCallback {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** No test subscribes to it. */
    private static final String READY_TOPIC = "meshbench-test/ready";

    /** A message and the topic it arrived on. */
    record Received(String topic, MqttMessage message) {

        String text() {
            return new String(message.getPayload(), StandardCharsets.UTF_8);
        }
    }

    private final MqttClient client;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private TestClient(MqttClient client) {
        this.client = client;
    }

    /** @return the options every test starts from: MQTT 3.1.1, bounded timeouts, no reconnect */
    static MqttConnectOptions options(boolean cleanSession) {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(cleanSession);
        options.setConnectionTimeout((int) WAIT.toSeconds());
        options.setAutomaticReconnect(false);
        return options;
    }

    static TestClient connect(EmbeddedBroker broker, String clientId) throws MqttException {
        return connect(broker, clientId, options(true));
    }

    static TestClient connect(EmbeddedBroker broker, String clientId, MqttConnectOptions options)
            throws MqttException {
        // Memory persistence: Paho's default would write files into the working directory.
        MqttClient client = new MqttClient(broker.url().toString(), clientId, new MemoryPersistence());
        client.setTimeToWait(WAIT.toMillis());
        TestClient testClient = new TestClient(client);
        client.setCallback(testClient);
        try {
            client.connect(options);
            // Moquette marks a connection ready on another thread after writing the CONNACK and drops a
            // SUBSCRIBE that arrives sooner (seen on a loaded machine; EmbeddedBroker documents it). It
            // handles a QoS 1 PUBLISH after that mark, so the PUBACK means subscribing is safe.
            client.publish(READY_TOPIC, new byte[0], 1, false);
        } catch (MqttException e) {
            client.close(true);
            throw e;
        }
        return testClient;
    }

    boolean isConnected() {
        return client.isConnected();
    }

    void subscribe(String filter, int qos) throws MqttException {
        client.subscribe(filter, qos);
    }

    void publish(String topic, String text, int qos, boolean retained) throws MqttException {
        client.publish(topic, text.getBytes(StandardCharsets.UTF_8), qos, retained);
    }

    void publish(String topic, byte[] payload, int qos) throws MqttException {
        client.publish(topic, payload, qos, false);
    }

    /** @return the next message received, failing the test if none comes within {@link #WAIT} */
    Received next() throws InterruptedException {
        Received next = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(next, "no message within " + WAIT);
        return next;
    }

    /** @return a message received within the given time, or {@code null} */
    Received poll(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes the TCP connection without sending DISCONNECT, as a crashing gateway does. */
    void dropConnection() throws MqttException {
        client.disconnectForcibly(0, WAIT.toMillis(), false);
        client.close(true);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect(WAIT.toMillis());
        }
        client.close(true);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        received.add(new Received(topic, message));
    }

    @Override
    public void connectionLost(Throwable cause) {
        // Tests that drop connections check the effect on the broker, not on this client.
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Publishing is synchronous: MqttClient.publish returns once the broker acknowledged.
    }
}
