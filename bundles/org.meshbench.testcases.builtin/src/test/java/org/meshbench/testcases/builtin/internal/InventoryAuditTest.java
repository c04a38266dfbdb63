package org.meshbench.testcases.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.testcases.builtin.internal.Fixtures.healthySink;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.GatewayState;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;

@Timeout(30)
class InventoryAuditTest {

    private static final String ID = "meshbench.inventory-audit";

    private final FakeNetworkClient network = new FakeNetworkClient();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void consistentOnlineNetworkPasses() {
        network.addGateway("gw1", healthySink("sink0", 1).build()).addGateway("gw2", healthySink("sink0", 2).build());

        TestResult result = BuiltinRun.run(network, ID, Map.of("expectedGateways", "gw1,gw2"));

        assertEquals(TestStatus.PASSED, result.status(), result.detail());
        assertEquals(List.of(new Metric("gateways.online", 2, ""), new Metric("gateways.offline", 0, ""),
                new Metric("sinks", 2, "")), result.metrics());
        assertEquals(List.of("get_configs gw1", "get_configs gw2"), network.fakeServices().requests());
    }

    @Test
    void everyInconsistencyIsReported() {
        network.addGateway("gw1", healthySink("sink0", 1).build(), healthySink("sink1", 3).networkChannel(14)
                .appConfig(new AppConfigData(60, Bytes.fromHex("f67e01"), 8)).build())
                .addGateway("gw2", healthySink("sink0", 2).areKeysSet(false).sinkState(OnOffState.OFF).build())
                .addGateway("gw3", GatewayState.OFFLINE, Set.of(), OptionalLong.empty(), healthySink("sink0", 4).build());

        TestResult result = BuiltinRun.run(network, ID, Map.of("expectedGateways", "gw1,gw3,gw9"));

        assertEquals(TestStatus.FAILED, result.status());
        List<String> failures = result.detail().lines().toList();
        assertEquals(List.of("expected gateway gw3 is offline", "expected gateway gw9 is unknown to the broker",
                "the sinks disagree on the channel: 13 on [gw1/sink0, gw2/sink0], 14 on [gw1/sink1]",
                "the sinks disagree on the app config: seq 7 diag 60 s data f67e00 on [gw1/sink0, gw2/sink0], "
                        + "seq 8 diag 60 s data f67e01 on [gw1/sink1]",
                "sink gw2/sink0 has no network keys set", "sink gw2/sink0 is not started"), failures);
        assertTrue(result.metrics().contains(new Metric("gateways.offline", 1, "")), result.metrics().toString());
    }

    @Test
    void aGatewayThatServedTheNetworkAndWentOfflineFailsUnlessAllowed() {
        network.addGateway("gw1", healthySink("sink0", 1).build())
                .addGateway("gw2", GatewayState.OFFLINE, Set.of(), OptionalLong.empty(), healthySink("sink0", 2).build());

        TestResult strict = BuiltinRun.run(network, ID, Map.of());
        TestResult lenient = BuiltinRun.run(network, ID, Map.of("failOnOfflineGateways", "false"));

        assertEquals(TestStatus.FAILED, strict.status());
        assertEquals("gateway gw2 served the network but is offline", strict.message());
        assertEquals(TestStatus.PASSED, lenient.status(), lenient.detail());
        assertTrue(lenient.metrics().contains(new Metric("gateways.offline", 1, "")));
    }

    @Test
    void networkWithoutOnlineSinkFails() {
        network.addGateway("gw1", healthySink("sink0", 1).networkAddress(99).build());

        TestResult result = BuiltinRun.run(network, ID, Map.of("refreshConfigs", "false"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("no online sink serves network 1749699", result.message());
    }
}
