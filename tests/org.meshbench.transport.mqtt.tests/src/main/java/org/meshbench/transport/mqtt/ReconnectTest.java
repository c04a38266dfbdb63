package org.meshbench.transport.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.WAIT;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.plain;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.transport.mqtt.testsupport.EventRecorder;
import org.meshbench.transport.mqtt.testsupport.MessageRecorder;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.transport.mqtt.testsupport.TestTransports;

/** The transport survives a broker restart and subscribes again. */
class ReconnectTest {
    private MosquittoBroker broker;
    private final TestTransports transports = new TestTransports();

    @BeforeEach
    void startBroker() throws Exception {
        broker = MosquittoBroker.builder().start();
    }

    @AfterEach
    void stopAll() {
        transports.close();
        broker.close();
    }

    @Test
    void reconnectsAfterBrokerRestartAndSubscribesAgain() throws Exception {
        MqttTransport transport = transports.connected(plain(broker.port()));
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(events);
        MessageRecorder received = new MessageRecorder();
        transport.subscribe("test/restart", 1, received).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        broker.stop();
        ConnectionEvent lost = events.await(ConnectionState.DISCONNECTED, WAIT);
        assertEquals(ConnectionErrorKind.CONNECTION_LOST, lost.error().orElseThrow().kind());
        ConnectionEvent waiting = events.await(ConnectionState.RECONNECTING, WAIT);
        assertTrue(waiting.retryIn().isPresent());
        broker.start();
        events.await(ConnectionState.CONNECTED, WAIT);

        MqttTransport publisher = transports.connected(plain(broker.port()));
        publisher.publishAndWait("test/restart", new byte[] {9}, 1, false, WAIT);
        assertArrayEquals(new byte[] {9}, received.next(WAIT).payload());
    }

    @Test
    void failedAttemptsKeepRetryingWithTheirError() throws Exception {
        MqttTransport transport = transports.connected(plain(broker.port()));
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(events);

        broker.stop();
        events.await(ConnectionState.RECONNECTING, WAIT);
        ConnectionEvent retry = events.await(ConnectionState.RECONNECTING, WAIT);

        assertEquals(ConnectionErrorKind.CONNECTION_REFUSED, retry.error().orElseThrow().kind());
        assertEquals(ConnectionState.RECONNECTING, transport.state());
    }

    @Test
    void withoutReconnectTheTransportStaysDisconnected() throws Exception {
        MqttTransport transport = transports.connected(
                plain(broker.port()).reconnect(ReconnectPolicy.disabled()));
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(events);

        broker.stop();
        events.await(ConnectionState.DISCONNECTED, WAIT);
        Thread.sleep(Duration.ofMillis(200));

        assertEquals(ConnectionState.DISCONNECTED, transport.state());
        assertEquals(1, events.states().size(), events.states().toString());
    }

    @Test
    void disconnectStopsReconnecting() throws Exception {
        MqttTransport transport = transports.connected(plain(broker.port()));
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(events);
        broker.stop();
        events.await(ConnectionState.RECONNECTING, WAIT);

        transport.disconnect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        broker.start();
        Thread.sleep(Duration.ofMillis(600));

        assertEquals(ConnectionState.DISCONNECTED, transport.state());
    }
}
