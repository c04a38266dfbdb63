package org.meshbench.testing;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * Publishes received-data events at QoS 1 with a window of unacknowledged publishes, like a busy
 * gateway: about 100 bytes of protobuf each, from 10,000 nodes. For benchmarks.
 */
public final class EventPublisher implements AutoCloseable {
    /** The publishing gateway's id. */
    public static final String TOPIC_GATEWAY = "bench-gw";
    /** Application payload bytes per event. */
    public static final int PAYLOAD_SIZE = 40;
    private static final int WINDOW = 1000;
    private static final int NODES = 10_000;

    private static final GatewayCodec CODEC = new GatewayCodec();
    private final MqttTransport transport;
    private long nextEventId = 1;

    /**
     * @param port a plain listener on 127.0.0.1
     * @throws Exception if it does not connect within 10 s
     */
    public EventPublisher(int port) throws Exception {
        transport = MqttTransportFactory.standard().create(TestConnections.plain(port).maxInflight(WINDOW).build());
        transport.connect().get(10, TimeUnit.SECONDS);
    }

    /**
     * Publishes {@code count} events with fresh event ids and waits until the broker took them all.
     *
     * @param count how many
     * @throws InterruptedException if interrupted
     */
    public void publish(int count) throws InterruptedException {
        Semaphore window = new Semaphore(WINDOW);
        for (int i = 0; i < count; i++) {
            EncodedMessage event = encoded(nextEventId++);
            window.acquire();
            transport.publish(event.topic(), event.payload().toByteArray(), 1, false)
                    .whenComplete((ignored, failure) -> window.release());
        }
        if (!window.tryAcquire(WINDOW, 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("publishes not acknowledged within 60 s");
        }
    }

    /**
     * @param eventId the event id
     * @return the event this publisher sends with that id
     */
    public static EncodedMessage encoded(long eventId) {
        return CODEC.encodeEvent(event(eventId));
    }

    private static ReceivedDataEvent event(long eventId) {
        return new ReceivedDataEvent(new EventHeader(TOPIC_GATEWAY, Optional.of("sink0"), eventId,
                OptionalLong.of(1_700_000_000_000L)), eventId % NODES, 1, 10, 20, 35, 1_700_000_000_000L, 0,
                Optional.of(Bytes.of(new byte[PAYLOAD_SIZE])), OptionalLong.empty(), OptionalLong.of(2), OptionalLong.of(0x1234));
    }

    /** Disconnects. */
    @Override
    public void close() {
        transport.close();
    }
}
