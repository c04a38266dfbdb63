package org.meshbench.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.broker.BrokerStartException.Reason;

/** Starting, stopping and ports: each test starts and closes its own brokers. */
@Timeout(60)
class EmbeddedBrokerLifecycleTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void defaultsListenOnAFreeLoopbackPortAndTellTheUrl() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerOptions.builder().build())) {
            assertTrue(broker.port() > 0);
            assertFalse(broker.isTls());
            assertEquals(URI.create("tcp://127.0.0.1:" + broker.port()), broker.url());
            try (TestClient client = TestClient.connect(broker, "lifecycle")) {
                client.subscribe("ping", 1);
                client.publish("ping", "pong", 1, false);
                assertEquals("pong", client.next().text());
            }
        }
    }

    @Test
    void closeFreesThePortForTheNextBroker() throws Exception {
        int port;
        try (EmbeddedBroker first = EmbeddedBroker.start(BrokerOptions.builder().build());
                TestClient connected = TestClient.connect(first, "connected-while-closing")) {
            port = first.port();
            assertTrue(connected.isConnected());
            first.close();
            // A second close does nothing.
            first.close();
        }
        try (EmbeddedBroker second = EmbeddedBroker.start(BrokerOptions.builder().port(port).build());
                TestClient client = TestClient.connect(second, "after-restart")) {
            assertEquals(port, second.port());
            assertTrue(client.isConnected());
        }
    }

    @Test
    void twoBrokersRunSideBySideAndKeepTheirMessagesApart() throws Exception {
        try (EmbeddedBroker one = EmbeddedBroker.start(BrokerOptions.builder().build());
                EmbeddedBroker two = EmbeddedBroker.start(BrokerOptions.builder().build());
                TestClient onOne = TestClient.connect(one, "same-id");
                TestClient onTwo = TestClient.connect(two, "same-id")) {
            assertNotEquals(one.port(), two.port());
            onOne.subscribe("t", 1);
            onTwo.subscribe("t", 1);
            onOne.publish("t", "for one", 1, false);
            onTwo.publish("t", "for two", 1, false);
            assertEquals("for one", onOne.next().text());
            assertEquals("for two", onTwo.next().text());
            assertNull(onOne.poll(Duration.ofMillis(300)));
        }
    }

    @Test
    void aTakenPortIsReportedAsSuch() throws IOException, InterruptedException {
        try (ServerSocket squatter = new ServerSocket(0, 1, LOOPBACK)) {
            BrokerOptions options = BrokerOptions.builder().port(squatter.getLocalPort()).build();
            BrokerStartException failure = assertThrows(BrokerStartException.class,
                    () -> EmbeddedBroker.start(options).close());
            assertEquals(Reason.PORT_IN_USE, failure.reason());
            assertTrue(failure.getMessage().contains(Integer.toString(squatter.getLocalPort())),
                    failure.getMessage());
        }
        assertNoBrokerThreadSurvives();
    }

    @Test
    void portNumbersOutsideTheTcpRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BrokerOptions.builder().port(65536));
        assertThrows(IllegalArgumentException.class, () -> BrokerOptions.builder().port(-1));
    }

    /** Moquette starts Netty's and its own threads before it binds; a failed start must end them. */
    private static void assertNoBrokerThreadSurvives() throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
        while (brokerThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, brokerThreads());
    }

    private static long brokerThreads() {
        // The names Netty's default thread factory and Moquette's session loops give their threads.
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("nioEventLoopGroup") || name.startsWith("Session Executor"))
                .count();
    }
}
