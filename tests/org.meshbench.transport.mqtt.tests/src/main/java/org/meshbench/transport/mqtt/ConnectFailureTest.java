package org.meshbench.transport.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.WAIT;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.plain;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.transport.mqtt.testsupport.EventRecorder;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.transport.mqtt.testsupport.TestTransports;

/** Failed connects are reported with the right error kind, as event and as exception. */
class ConnectFailureTest {
    private static MosquittoBroker broker;
    private final TestTransports transports = new TestTransports();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MosquittoBroker.builder().allowAnonymous(false).user("alice", "secret").start();
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
    void rightPasswordConnects() throws Exception {
        MqttTransport transport = transports.connected(
                plain(broker.port()).credentials("alice", "secret".toCharArray()));

        assertEquals(ConnectionState.CONNECTED, transport.state());
    }

    @Test
    void wrongPasswordIsBadCredentials() throws Exception {
        assertConnectFails(plain(broker.port()).credentials("alice", "wrong".toCharArray()),
                ConnectionErrorKind.BAD_CREDENTIALS);
    }

    @Test
    void anonymousOnAClosedBrokerIsNotAuthorized() throws Exception {
        assertConnectFails(plain(broker.port()), ConnectionErrorKind.NOT_AUTHORIZED);
    }

    @Test
    void unresolvableHostIsUnknownHost() throws Exception {
        assertConnectFails(plain(1883).host("no-such-broker.invalid"), ConnectionErrorKind.UNKNOWN_HOST);
    }

    @Test
    void closedPortIsConnectionRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertConnectFails(plain(closedPort), ConnectionErrorKind.CONNECTION_REFUSED);
    }

    /** A listener that takes the connection and never answers CONNECT, like a hung broker or proxy. */
    @Test
    void aBrokerThatNeverAnswersIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accepting = Thread.ofVirtual().start(() -> {
                try (Socket taken = silent.accept()) {
                    Thread.sleep(WAIT.toMillis());
                } catch (Exception ended) {
                    // the test is over
                }
            });
            assertConnectFails(plain(silent.getLocalPort()).connectTimeout(Duration.ofSeconds(1)),
                    ConnectionErrorKind.TIMEOUT);
            accepting.interrupt();
        }
    }

    private void assertConnectFails(MqttOptionsBuilder options, ConnectionErrorKind kind)
            throws Exception {
        MqttTransport transport = transports.create(options);
        EventRecorder events = new EventRecorder();
        transport.addConnectionListener(events);

        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS));

        MqttTransportException cause = assertInstanceOf(MqttTransportException.class, failure.getCause());
        assertEquals(kind, cause.connectionError().orElseThrow().kind(), cause.getMessage());
        ConnectionEvent event = events.await(ConnectionState.DISCONNECTED, WAIT);
        assertEquals(kind, event.error().orElseThrow().kind());
        assertEquals(ConnectionState.DISCONNECTED, transport.state());
    }
}
