package org.meshbench.transport.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.WAIT;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.plain;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.transport.mqtt.testsupport.EventRecorder;
import org.meshbench.transport.mqtt.testsupport.MessageRecorder;
import org.meshbench.transport.mqtt.testsupport.TestTransports;

/** Queued and direct delivery against a real Mosquitto: threads, order, failing handlers. */
class DeliveryModeTest {
    // Paho names its callback thread so; direct handlers must run there and nowhere else.
    private static final String PAHO_CALLBACK_THREAD = "MQTT Call: ";
    private static final String DISPATCH_THREAD = "meshbench-mqtt-dispatch-";
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

    @ParameterizedTest
    @EnumSource(DeliveryMode.class)
    void messagesArriveInOrderOnTheModesThread(DeliveryMode delivery) throws Exception {
        String clientId = "order-" + delivery;
        int count = 300;
        MqttTransport transport = transports.connected(plain(broker.port()).clientId(clientId)
                .maxInflight(count));
        MessageRecorder received = new MessageRecorder();
        transport.subscribe("test/mode/" + delivery + "/#", 1, received, delivery)
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        publishNumbers(transport, "test/mode/" + delivery + "/seq", count);

        for (int i = 0; i < count; i++) {
            assertEquals(Integer.toString(i), new String(received.next(WAIT).payload(), UTF_8));
        }
        String expected = delivery == DeliveryMode.DIRECT ? PAHO_CALLBACK_THREAD + clientId
                : DISPATCH_THREAD;
        assertTrue(received.threadNames().stream().allMatch(name -> name.startsWith(expected)),
                "handler threads " + received.threadNames().stream().distinct().toList());
    }

    @ParameterizedTest
    @EnumSource(DeliveryMode.class)
    void aHandlerExceptionDoesNotStopTheStream(DeliveryMode delivery) throws Exception {
        MqttTransport transport = transports.connected(plain(broker.port()));
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(events);
        MessageRecorder received = new MessageRecorder();
        transport.subscribe("test/failing/" + delivery, 1, message -> {
            switch (new String(message.payload(), UTF_8)) {
                case "1" -> throw new IllegalStateException("handler failure expected by the test");
                case "2" -> throw new StackOverflowError("handler Error expected by the test");
                default -> received.messageArrived(message);
            }
        }, delivery).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        publishNumbers(transport, "test/failing/" + delivery, 5);

        for (String expected : List.of("0", "3", "4")) {
            assertEquals(expected, new String(received.next(WAIT).payload(), UTF_8));
        }
        assertEquals(ConnectionState.CONNECTED, transport.state());
        assertEquals(List.of(), events.states(), "the connection was not disturbed");
    }

    @Test
    void queuedIsTheDefaultOfBothSubscribeMethods() throws Exception {
        MqttTransport transport = transports.connected(plain(broker.port()).sharedGroup("defaults"));
        MessageRecorder plainSubscription = new MessageRecorder();
        MessageRecorder shareable = new MessageRecorder();
        transport.subscribe("test/default/plain", 1, plainSubscription)
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        transport.subscribeShareable("test/default/shared", 1, shareable)
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        transport.publishAndWait("test/default/plain", new byte[] {1}, 1, false, WAIT);
        transport.publishAndWait("test/default/shared", new byte[] {2}, 1, false, WAIT);

        plainSubscription.next(WAIT);
        shareable.next(WAIT);
        assertTrue(plainSubscription.threadNames().get(0).startsWith(DISPATCH_THREAD));
        assertTrue(shareable.threadNames().get(0).startsWith(DISPATCH_THREAD));
    }

    @Test
    void sharedSubscriptionCanBeDirect() throws Exception {
        String clientId = "shared-direct";
        MqttTransport transport = transports.connected(plain(broker.port()).clientId(clientId)
                .sharedGroup("direct"));
        MessageRecorder received = new MessageRecorder();
        transport.subscribeShareable("test/direct/shared", 1, received, DeliveryMode.DIRECT)
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        transport.publishAndWait("test/direct/shared", new byte[] {3}, 1, false, WAIT);

        received.next(WAIT);
        assertEquals(List.of(PAHO_CALLBACK_THREAD + clientId), received.threadNames());
    }

    private static void publishNumbers(MqttTransport transport, String topic, int count)
            throws Exception {
        CompletableFuture<?>[] published = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            published[i] = transport.publish(topic, Integer.toString(i).getBytes(UTF_8), 1, false);
        }
        CompletableFuture.allOf(published).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
