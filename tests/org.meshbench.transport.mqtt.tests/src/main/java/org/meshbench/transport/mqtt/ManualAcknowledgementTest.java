package org.meshbench.transport.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.WAIT;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.plain;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.testing.MosquittoBroker;
import org.meshbench.transport.mqtt.testsupport.MessageRecorder;
import org.meshbench.transport.mqtt.testsupport.TestTransports;

/** With manual acknowledgement the broker sends a message again until its handler acknowledged it. */
class ManualAcknowledgementTest {
    private static final String FILTER = "test/ack/#";
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
    void anUnacknowledgedMessageComesBackAfterAReconnectAndAnAcknowledgedOneDoesNot() throws Exception {
        MqttOptionsBuilder session = plain(broker.port()).clientId("manual-ack-store").persistentSession(true)
                .manualAcknowledgement(true);
        MessageRecorder first = new MessageRecorder();
        MqttTransport subscriber = subscribed(session, first);
        MqttTransport publisher = transports.connected(plain(broker.port()));
        publisher.publishAndWait("test/ack/stored", "stored".getBytes(UTF_8), 1, false, WAIT);
        publisher.publishAndWait("test/ack/pending", "pending".getBytes(UTF_8), 1, false, WAIT);
        first.next(WAIT).acknowledge();
        assertEquals("test/ack/pending", first.next(WAIT).topic());
        subscriber.close();

        MessageRecorder second = new MessageRecorder();
        subscribed(session, second);
        ReceivedMessage again = second.next(WAIT);
        assertEquals("test/ack/pending", again.topic());
        assertTrue(again.duplicate(), "a re-delivery is flagged as a possible duplicate");
        again.acknowledge();
        second.expectNone(Duration.ofMillis(500));
    }

    private MqttTransport subscribed(MqttOptionsBuilder options, MessageRecorder recorder) throws Exception {
        MqttTransport transport = transports.create(options);
        transport.subscribe(FILTER, 1, recorder, DeliveryMode.DIRECT);
        transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return transport;
    }
}
