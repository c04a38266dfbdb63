package org.meshbench.network.tests.benchmark;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.meshbench.protocol.internal.wire.WireEnvelope.GenericMessage;

/**
 * The baseline: a Paho client with a persistent session whose callback only parses the protobuf
 * and counts, on Paho's own thread.
 */
final class BarePahoSubscriber implements MqttCallback, AutoCloseable {
    private final MqttClient client;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final AtomicLong parsedBytes = new AtomicLong();
    private volatile CountDownLatch remaining = new CountDownLatch(0);

    BarePahoSubscriber(int port) throws MqttException {
        client = new MqttClient("tcp://127.0.0.1:" + port, "bench-bare-paho", new MemoryPersistence());
        options.setCleanSession(false);
        options.setSocketFactory(new NoDelaySockets());
        client.setCallback(this);
        client.connect(options);
        client.subscribe("gw-event/received_data/+/+/+/+/+", 1);
        client.disconnect();
    }

    /**
     * @param count messages to wait for from now on
     * @return counts them down
     */
    CountDownLatch expect(int count) {
        remaining = new CountDownLatch(count);
        return remaining;
    }

    /** Connects, so that the broker delivers what it queued for the session. */
    void connect() throws MqttException {
        client.connect(options);
    }

    void disconnect() throws MqttException {
        client.disconnect();
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        GenericMessage parsed = GenericMessage.parseFrom(message.getPayload());
        parsedBytes.addAndGet(parsed.getWirepas().getPacketReceivedEvent().getPayload().size());
        remaining.countDown();
    }

    @Override
    public void connectionLost(Throwable cause) {
        // The benchmark notices missing messages through its bounded wait.
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Only subscribes.
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
