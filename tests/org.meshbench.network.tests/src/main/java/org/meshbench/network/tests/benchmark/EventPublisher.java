package org.meshbench.network.tests.benchmark;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testing.TestConnections;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * Publishes received-data events at QoS 1 with a window of unacknowledged publishes, like a busy
 * gateway: about 100 bytes of protobuf each, from 10,000 nodes.
 */
final class EventPublisher implements AutoCloseable {
    static final String TOPIC_GATEWAY = "bench-gw";
    static final int PAYLOAD_SIZE = 40;
    private static final int WINDOW = 1000;
    private static final int NODES = 10_000;

    private final GatewayCodec codec = new GatewayCodec();
    private final MqttTransport transport;
    private long nextEventId = 1;

    EventPublisher(int port) throws Exception {
        transport = MqttTransportFactory.standard().create(TestConnections.plain(port).maxInflight(WINDOW).build());
        transport.connect().get(10, TimeUnit.SECONDS);
    }

    /** Publishes {@code count} events with fresh event ids and waits until the broker took them all. */
    void publish(int count) throws InterruptedException {
        Semaphore window = new Semaphore(WINDOW);
        for (int i = 0; i < count; i++) {
            EncodedMessage event = codec.encodeEvent(event(nextEventId++));
            window.acquire();
            transport.publish(event.topic(), event.payload().toByteArray(), 1, false)
                    .whenComplete((ignored, failure) -> window.release());
        }
        if (!window.tryAcquire(WINDOW, 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("publishes not acknowledged within 60 s");
        }
    }

    private static ReceivedDataEvent event(long eventId) {
        return new ReceivedDataEvent(new EventHeader(TOPIC_GATEWAY, Optional.of("sink0"), eventId,
                OptionalLong.of(1_700_000_000_000L)), eventId % NODES, 1, 10, 20, 35, 1_700_000_000_000L, 0,
                Optional.of(Bytes.of(new byte[PAYLOAD_SIZE])), OptionalLong.empty(), OptionalLong.of(2), OptionalLong.of(0x1234));
    }

    @Override
    public void close() {
        transport.close();
    }
}
