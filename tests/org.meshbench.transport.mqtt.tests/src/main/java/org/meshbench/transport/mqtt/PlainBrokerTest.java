package org.meshbench.transport.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.WAIT;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.plain;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshbench.transport.mqtt.testsupport.EventRecorder;
import org.meshbench.transport.mqtt.testsupport.MessageRecorder;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.transport.mqtt.testsupport.TestTransports;

/** Publish, subscribe, retain and last will against a real Mosquitto on loopback. */
class PlainBrokerTest {
    private static MosquittoBroker broker;
    private final TestTransports transports = new TestTransports();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MosquittoBroker.builder().start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void closeTransports() {
        transports.close();
    }

    @Test
    void connectsAnonymouslyAndReportsEachState() throws Exception {
        MqttTransport transport = transports.create(plain(broker.port()));
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(events);

        transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(ConnectionState.CONNECTED, transport.state());
        transport.disconnect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        ConnectionEvent disconnected = events.await(ConnectionState.DISCONNECTED, WAIT);
        assertTrue(disconnected.error().isEmpty());
        assertEquals(List.of(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                ConnectionState.DISCONNECTED), events.states());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void roundTripKeepsTopicPayloadAndQos(int qos) throws Exception {
        MqttTransport transport = transports.connected(plain(broker.port()));
        MessageRecorder received = new MessageRecorder();
        String topic = "test/round-trip/" + qos;
        transport.subscribe(topic, qos, received).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        byte[] payload = {0, 1, 2, (byte) 0xFF};
        transport.publishAndWait(topic, payload, qos, false, WAIT);

        ReceivedMessage message = received.next(WAIT);
        assertEquals(topic, message.topic());
        assertArrayEquals(payload, message.payload());
        assertEquals(qos, message.qos());
        assertFalse(message.retained());
        assertFalse(message.duplicate());
    }

    @Test
    void retainedMessageReachesALaterSubscriber() throws Exception {
        MqttTransport publisher = transports.connected(plain(broker.port()));
        String topic = "test/retained";
        publisher.publishAndWait(topic, "kept".getBytes(UTF_8), 1, true, WAIT);

        MqttTransport late = transports.connected(plain(broker.port()));
        MessageRecorder received = new MessageRecorder();
        late.subscribe(topic, 1, received);

        ReceivedMessage message = received.next(WAIT);
        assertTrue(message.retained());
        assertEquals("kept", new String(message.payload(), UTF_8));
        publisher.publishAndWait(topic, new byte[0], 1, true, WAIT);
    }

    @Test
    void lastWillIsPublishedWhenTheClientDies() throws Exception {
        MessageRecorder wills = watch("test/will/dies");
        MqttTransport gateway = transports.connected(plain(broker.port())
                .lastWill(new LastWill("test/will/dies", "OFFLINE".getBytes(UTF_8), 2, false)));

        gateway.abort();

        ReceivedMessage will = wills.next(WAIT);
        assertEquals("OFFLINE", new String(will.payload(), UTF_8));
        assertEquals(ConnectionState.DISCONNECTED, gateway.state());
    }

    @Test
    void cleanDisconnectDoesNotPublishTheLastWill() throws Exception {
        MessageRecorder wills = watch("test/will/clean");
        MqttTransport gateway = transports.connected(plain(broker.port())
                .lastWill(new LastWill("test/will/clean", new byte[] {1}, 1, false)));

        gateway.disconnect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        wills.expectNone(Duration.ofMillis(300));
    }

    @Test
    void messagesOfASubscriptionArriveInOrderOffPahosThreads() throws Exception {
        int count = 300;
        MqttTransport transport = transports.connected(plain(broker.port()).maxInflight(count));
        MessageRecorder received = new MessageRecorder();
        transport.subscribe("test/order/#", 1, received).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        CompletableFuture<?>[] published = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            published[i] = transport.publish("test/order/seq", Integer.toString(i).getBytes(UTF_8), 1, false);
        }
        CompletableFuture.allOf(published).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        for (int i = 0; i < count; i++) {
            assertEquals(Integer.toString(i), new String(received.next(WAIT).payload(), UTF_8));
        }
        assertTrue(received.threadNames().stream()
                .allMatch(name -> name.startsWith("meshbench-mqtt-dispatch-")), "handler threads");
    }

    @Test
    void subscriptionMadeBeforeConnectIsSentOnConnect() throws Exception {
        MqttTransport transport = transports.create(plain(broker.port()));
        MessageRecorder received = new MessageRecorder();
        var acknowledged = transport.subscribe("test/early", 1, received);
        assertFalse(acknowledged.isDone());

        transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        acknowledged.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        transport.publishAndWait("test/early", new byte[] {7}, 1, false, WAIT);

        assertArrayEquals(new byte[] {7}, received.next(WAIT).payload());
    }

    @Test
    void unsubscribeStopsDeliveries() throws Exception {
        MqttTransport transport = transports.connected(plain(broker.port()));
        MessageRecorder received = new MessageRecorder();
        transport.subscribe("test/unsubscribe", 1, received).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        transport.unsubscribe("test/unsubscribe").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        transport.publishAndWait("test/unsubscribe", new byte[] {1}, 1, false, WAIT);

        received.expectNone(Duration.ofMillis(300));
    }

    @Test
    void subscribingTheSameFilterTwiceIsRejected() throws Exception {
        MqttTransport transport = transports.create(plain(broker.port()));
        transport.subscribe("test/twice", 0, message -> { });

        assertThrows(IllegalStateException.class,
                () -> transport.subscribe("test/twice", 1, message -> { }));
    }

    @Test
    void publishWhileDisconnectedFails() throws Exception {
        MqttTransport transport = transports.create(plain(broker.port()));

        MqttTransportException failure = assertThrows(MqttTransportException.class,
                () -> transport.publishAndWait("test/offline", new byte[] {1}, 1, false, WAIT));
        assertTrue(failure.getMessage().contains("test/offline"), failure.getMessage());
    }

    @Test
    void sharedSubscriptionSplitsMessagesBetweenClients() throws Exception {
        MessageRecorder first = new MessageRecorder();
        MessageRecorder second = new MessageRecorder();
        for (MessageRecorder recorder : List.of(first, second)) {
            transports.connected(plain(broker.port()).sharedGroup("workers"))
                    .subscribeShareable("test/shared/#", 1, recorder)
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        MqttTransport publisher = transports.connected(plain(broker.port()));

        int count = 20;
        for (int i = 0; i < count; i++) {
            publisher.publishAndWait("test/shared/data", new byte[] {(byte) i}, 1, false, WAIT);
        }

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (first.pending() + second.pending() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, first.pending() + second.pending());
        assertTrue(first.pending() > 0 && second.pending() > 0,
                "split " + first.pending() + "/" + second.pending());
    }

    @Test
    void closeEndsTheTransportForGood() throws Exception {
        MqttTransport transport = transports.connected(plain(broker.port()));
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(events);

        transport.close();

        events.await(ConnectionState.CLOSED, WAIT);
        assertEquals(ConnectionState.CLOSED, transport.state());
        assertThrows(IllegalStateException.class, () -> transport.subscribe("a", 0, message -> { }));
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertInstanceOf(IllegalStateException.class, failure.getCause());
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() throws Exception {
        MqttTransport transport = transports.create(plain(broker.port()));
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(event -> {
            throw new IllegalStateException("listener failure expected by the test");
        });
        transport.addConnectionListener(events);

        transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        events.await(ConnectionState.CONNECTED, WAIT);
    }

    private MessageRecorder watch(String topic) throws Exception {
        MessageRecorder recorder = new MessageRecorder();
        transports.connected(plain(broker.port())).subscribe(topic, 2, recorder)
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return recorder;
    }
}
