package org.meshbench.network.tests.benchmark;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.google.protobuf.InvalidProtocolBufferException;
import org.meshbench.protocol.internal.wire.WireEnvelope.GenericMessage;
import org.meshbench.testing.TestConnections;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * The MQTT transport alone, with a handler that only parses the protobuf: shows how much of the
 * gap to bare Paho the transport's hand-off from Paho's thread takes, before the network client
 * does any work.
 */
final class TransportSubscriber implements AutoCloseable {
    private final MqttTransport transport;
    private volatile CountDownLatch remaining = new CountDownLatch(0);

    TransportSubscriber(int port) throws Exception {
        transport = MqttTransportFactory.standard().create(TestConnections.plain(port)
                .clientId("bench-transport").persistentSession(true).build());
        transport.subscribe("gw-event/received_data/+/+/+/+/+", 1, this::parse);
        transport.connect().get(10, TimeUnit.SECONDS);
        transport.disconnect().get(10, TimeUnit.SECONDS);
    }

    private void parse(ReceivedMessage message) {
        try {
            GenericMessage.parseFrom(message.payload());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("benchmark events are valid protobuf", e);
        }
        remaining.countDown();
    }

    CountDownLatch expect(int count) {
        remaining = new CountDownLatch(count);
        return remaining;
    }

    void connect() {
        transport.connect();
    }

    void disconnect() throws Exception {
        transport.disconnect().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        transport.close();
    }
}
