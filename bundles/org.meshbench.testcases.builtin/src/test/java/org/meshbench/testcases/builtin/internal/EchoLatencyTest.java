package org.meshbench.testcases.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.testcases.builtin.internal.Fixtures.healthySink;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.SinkRef;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;

@Timeout(30)
class EchoLatencyTest {

    private static final String ID = "meshbench.echo-latency";
    private static final SinkRef SINK = new SinkRef("gw1", "sink0");

    private final FakeNetworkClient network = new FakeNetworkClient();

    @BeforeEach
    void gateway() {
        network.addGateway("gw1", healthySink("sink0", 1).build());
    }

    @AfterEach
    void close() {
        network.close();
    }

    private static double metric(TestResult result, String name) {
        return result.metrics().stream().filter(metric -> metric.name().equals(name)).findFirst()
                .map(Metric::value).orElseThrow(() -> new AssertionError("no metric " + name + " in " + result));
    }

    @Test
    void measuresRoundTripsAndLossOfTheNodesTheModelHasSeen() {
        network.addNode(Fixtures.NETWORK, 10, SINK, 1, Fixtures.behaviour(1, true, false))
                .addNode(Fixtures.NETWORK, 11, SINK, 3, Fixtures.behaviour(3, true, false))
                .addNode(Fixtures.NETWORK, 12, SINK, 1, Fixtures.behaviour(1, false, false));

        TestResult result = BuiltinRun.run(network, ID, Map.of("count", "3", "interval", "0s",
                "replyTimeout", "500ms", "maxLossPercent", "40"));

        assertEquals(TestStatus.PASSED, result.status(), result.message());
        assertEquals(9, metric(result, "probes.sent"));
        assertEquals(6, metric(result, "probes.answered"));
        assertEquals(100.0 / 3, metric(result, "loss"), 1e-9);
        assertTrue(metric(result, "latency.p50") >= 10, "one hop takes 5 ms each way");
        assertTrue(metric(result, "latency.max") >= 30, "three hops take 30 ms there and back");
        assertTrue(result.logs().stream().anyMatch(entry -> entry.message().equals("node 12: 0 of 3 probes answered")));
    }

    @Test
    void lossAboveTheLimitFails() {
        network.addNode(Fixtures.NETWORK, 10, SINK, 1, Fixtures.behaviour(1, true, false))
                .addNode(Fixtures.NETWORK, 12, SINK, 1, Fixtures.behaviour(1, false, false));

        TestResult result = BuiltinRun.run(network, ID, Map.of("nodes", "10,12", "count", "2", "interval", "0s",
                "replyTimeout", "300ms"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("loss 50.0 % is above the allowed 0.0 %", result.message());
    }

    @Test
    void noAnswerAtAllFails() {
        network.addNode(Fixtures.NETWORK, 12, SINK, 1, Fixtures.behaviour(1, false, false));

        TestResult result = BuiltinRun.run(network, ID, Map.of("count", "1", "replyTimeout", "200ms"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("no probe was answered (1 sent)", result.message());
        assertEquals(0, network.dataListenerCount(), "the echo listener is closed after the test");
    }

    @Test
    void refusedProbesCountAsLostWithoutWaitingForThem() {
        network.addNode(Fixtures.NETWORK, 10, SINK, 1, Fixtures.behaviour(1, true, false));
        network.fakeServices().refuse(SINK);

        TestResult result = BuiltinRun.run(network, ID, Map.of("count", "2", "interval", "0s", "replyTimeout", "1m"));

        assertEquals("no probe was answered (2 sent)", result.message());
        assertTrue(result.duration().toSeconds() < 10, "nothing to wait for: " + result.duration());
    }

    @Test
    void withoutKnownNodesTheTestSaysWhatToDo() {
        TestResult result = BuiltinRun.run(network, ID, Map.of());

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("no node of network 1749699 has sent data yet; name the nodes with the nodes parameter",
                result.message());
    }
}
