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
class BroadcastDeliveryTest {

    private static final String ID = "meshbench.broadcast-delivery";
    private static final SinkRef GW1 = new SinkRef("gw1", "sink0");
    private static final SinkRef GW2 = new SinkRef("gw2", "sink0");

    private final FakeNetworkClient network = new FakeNetworkClient();

    @BeforeEach
    void twoGateways() {
        network.addGateway("gw1", healthySink("sink0", 1).build())
                .addGateway("gw2", healthySink("sink0", 2).build());
    }

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void everySinkSendsAndAnsweringNodesAreCounted() {
        network.addNode(Fixtures.NETWORK, 10, GW1, 1, Fixtures.behaviour(1, false, true))
                .addNode(Fixtures.NETWORK, 11, GW2, 2, Fixtures.behaviour(2, false, true));

        TestResult result = BuiltinRun.run(network, ID, Map.of("count", "2", "interval", "0s",
                "replyWindow", "300ms", "minReplyingNodes", "2"));

        assertEquals(TestStatus.PASSED, result.status(), result.message());
        assertEquals(4, network.fakeServices().requests().stream().filter(r -> r.startsWith("send_data")).count());
        assertTrue(result.metrics().containsAll(List.of(new Metric("broadcasts.accepted", 4, ""),
                new Metric("broadcasts.refused", 0, ""), new Metric("nodes.replied", 2, ""),
                new Metric("coverage", 100, "%"))), result.metrics().toString());
    }

    @Test
    void aSinkThatRefusesFailsTheTest() {
        network.fakeServices().refuse(GW2);

        TestResult result = BuiltinRun.run(network, ID, Map.of("count", "1", "replyWindow", "0s"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("broadcast 1 not accepted by gw2/sink0: gw2/sink0 is refused", result.message());
        assertTrue(result.metrics().contains(new Metric("broadcasts.refused", 1, "")));
    }

    @Test
    void tooFewAnsweringNodesFail() {
        network.addNode(Fixtures.NETWORK, 10, GW1, 1, Fixtures.behaviour(1, false, true))
                .addNode(Fixtures.NETWORK, 11, GW1, 1, Fixtures.behaviour(1, false, false));

        TestResult result = BuiltinRun.run(network, ID, Map.of("count", "1", "replyWindow", "200ms",
                "minReplyingNodes", "2"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("1 nodes replied, fewer than the 2 required", result.message());
        assertTrue(result.metrics().contains(new Metric("coverage", 50, "%")));
    }
}
