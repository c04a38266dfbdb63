package org.meshbench.testcases.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.testcases.builtin.internal.Fixtures.APP_CONFIG;
import static org.meshbench.testcases.builtin.internal.Fixtures.healthySink;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.SinkRef;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;

@Timeout(30)
class AppConfigPropagationTest {

    private static final String ID = "meshbench.app-config-propagation";
    private static final SinkRef GW1 = new SinkRef("gw1", "sink0");
    private static final SinkRef GW2 = new SinkRef("gw2", "sink0");
    private static final AppConfigData TEST_CONFIG = new AppConfigData(60, Bytes.fromHex("f67e01c40101"), 8);

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

    private Optional<AppConfigData> appConfig(SinkRef sink) {
        return network.gateway(sink.gatewayId()).orElseThrow().sink(sink.sinkId()).orElseThrow().config().appConfig();
    }

    @Test
    void writesReadsBackAndRestoresWithANewSequence() {
        TestResult result = BuiltinRun.run(network, ID, Map.of("data", "f67e01c40101"));

        assertEquals(TestStatus.PASSED, result.status(), result.detail());
        assertEquals(List.of("set_config gw1/sink0 " + TEST_CONFIG, "set_config gw2/sink0 " + TEST_CONFIG,
                "get_configs gw1", "get_configs gw2",
                "set_config gw1/sink0 " + new AppConfigData(60, APP_CONFIG.appConfigData(), 9),
                "set_config gw2/sink0 " + new AppConfigData(60, APP_CONFIG.appConfigData(), 9)),
                network.fakeServices().requests());
        assertEquals(Optional.of(new AppConfigData(60, APP_CONFIG.appConfigData(), 9)), appConfig(GW2));
        assertEquals(List.of(new Metric("sinks", 2, ""), new Metric("sequence", 8, "")), result.metrics());
    }

    @Test
    void withoutDataOnlyTheSequenceMovesAndNothingIsRestored() {
        TestResult result = BuiltinRun.run(network, ID, Map.of());

        assertEquals(TestStatus.PASSED, result.status(), result.detail());
        assertEquals(Optional.of(new AppConfigData(60, APP_CONFIG.appConfigData(), 8)), appConfig(GW1));
        assertEquals(4, network.fakeServices().requests().size());
    }

    @Test
    void aRefusingSinkFailsButTheOthersAreStillRestored() {
        network.fakeServices().refuse(GW2);

        TestResult result = BuiltinRun.run(network, ID, Map.of("data", "f67e01c40101"));

        assertEquals(TestStatus.FAILED, result.status());
        assertTrue(result.detail().startsWith("setting the app config of gw2/sink0 failed: gw2/sink0 is refused"),
                result.detail());
        assertEquals(Optional.of(new AppConfigData(60, APP_CONFIG.appConfigData(), 9)), appConfig(GW1));
    }

    @Test
    void countsNodesThatReportTheNewData() {
        byte[] report = Bytes.fromHex("aa f67e01c40101 bb").toByteArray();
        network.publishWhenListened(FakeNetworkClient.uplink(GW1, Fixtures.NETWORK, 10, 20, 21, Bytes.of(report), 1));
        network.publishWhenListened(FakeNetworkClient.uplink(GW1, Fixtures.NETWORK, 11, 20, 21, Bytes.fromHex("f67e00"), 1));

        TestResult result = BuiltinRun.run(network, ID, Map.of("data", "f67e01c40101", "watchFor", "1s",
                "reportSourceEndpoint", "20", "reportDestinationEndpoint", "21", "minReportingNodes", "2"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("1 nodes reported the app config, fewer than 2", result.message());
        assertTrue(result.metrics().contains(new Metric("nodes.reported", 1, "")));
    }
}
