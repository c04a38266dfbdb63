package org.meshbench.testcases.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meshbench.testcases.builtin.internal.Fixtures.healthySink;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.GatewayState;
import org.meshbench.network.SinkRef;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;

@Timeout(30)
class ConfigurationDataItemCheckTest {

    private static final String ID = "meshbench.config-data-item";
    private static final SinkRef CAPABLE = new SinkRef("gw1", "sink0");

    private final FakeNetworkClient network = new FakeNetworkClient();

    @AfterEach
    void close() {
        network.close();
    }

    private void gateways() {
        network.addGateway("gw1", GatewayState.ONLINE, Set.of(GatewayFeature.CONFIGURATION_DATA_V1), OptionalLong.empty(),
                healthySink("sink0", 1).build());
        network.addGateway("gw2", healthySink("sink0", 2).build());
    }

    @Test
    void setsReadsBackAndPutsThePreviousItemBack() {
        gateways();
        network.fakeServices().configurationDataItems(CAPABLE).put(100L, Bytes.fromHex("aa"));

        TestResult result = BuiltinRun.run(network, ID, Map.of("payload", "0xC0FFEE"));

        assertEquals(TestStatus.PASSED, result.status(), result.detail());
        assertEquals(List.of(new Metric("sinks.tested", 1, ""), new Metric("sinks.matching", 1, "")), result.metrics());
        assertEquals(List.of("get_configuration_data_item gw1/sink0 100", "set_configuration_data_item gw1/sink0 c0ffee",
                "get_configuration_data_item gw1/sink0 100", "set_configuration_data_item gw1/sink0 aa"),
                network.fakeServices().requests());
        assertEquals(Map.of(100L, Bytes.fromHex("aa")), network.fakeServices().configurationDataItems(CAPABLE));
    }

    @Test
    void anItemThatDidNotExistIsClearedAgainUnlessRestoreIsOff() {
        gateways();

        BuiltinRun.run(network, ID, Map.of());
        assertEquals(Map.of(), network.fakeServices().configurationDataItems(CAPABLE));
        BuiltinRun.run(network, ID, Map.of("restore", "false"));
        assertEquals(Map.of(100L, Bytes.fromHex("01020304")), network.fakeServices().configurationDataItems(CAPABLE));
    }

    @Test
    void skippedWhenNoGatewayHasTheFeature() {
        network.addGateway("gw2", healthySink("sink0", 2).build());

        TestResult result = BuiltinRun.run(network, ID, Map.of());

        assertEquals(TestStatus.SKIPPED, result.status());
        assertEquals("no gateway of network 1749699 announces CONFIGURATION_DATA_V1", result.message());
    }
}
