package org.meshbench.testcases.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.testcases.builtin.internal.Fixtures.healthySink;

import java.util.List;
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
class RemoteApiPingTest {

    private static final String ID = "meshbench.remote-api-ping";
    private static final SinkRef SINK = new SinkRef("gw1", "sink0");

    private final FakeNetworkClient network = new FakeNetworkClient();

    @BeforeEach
    void nodes() {
        network.addGateway("gw1", healthySink("sink0", 1).build())
                .addNode(Fixtures.NETWORK, 10, SINK, 1, Fixtures.behaviour(1, false, true))
                .addNode(Fixtures.NETWORK, 11, SINK, 2, Fixtures.behaviour(2, false, true))
                .addNode(Fixtures.NETWORK, 12, SINK, 2, Fixtures.behaviour(2, false, true))
                .addNode(Fixtures.NETWORK, 13, SINK, 3, Fixtures.behaviour(3, false, false));
    }

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void answersMakeAHopHistogram() {
        TestResult result = BuiltinRun.run(network, ID, Map.of("listenFor", "1s", "minNodes", "3"));

        assertEquals(TestStatus.PASSED, result.status(), result.detail());
        assertTrue(result.metrics().containsAll(List.of(new Metric("nodes.answered", 3, ""), new Metric("hops.1", 1, ""),
                new Metric("hops.2", 2, ""), new Metric("hops.mean", 5.0 / 3, "hops"),
                new Metric("hops.difficulty", 5, ""), new Metric("coverage", 75, "%"))), result.metrics().toString());
        assertTrue(result.logs().stream().anyMatch(entry -> entry.message().equals("2 hops: 2 nodes")));
    }

    @Test
    void tooLowCoverageFails() {
        TestResult result = BuiltinRun.run(network, ID, Map.of("listenFor", "1s", "minCoveragePercent", "90"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("75.0 % of the 4 known nodes answered, fewer than 90.0 %", result.message());
    }
}
