package org.meshbench.testcases.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.testcases.builtin.internal.Fixtures.healthySink;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.GatewayState;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.SinkRef;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;

@Timeout(30)
class OtapReadinessTest {

    private static final String ID = "meshbench.otap-readiness";
    private static final SinkRef GW1 = new SinkRef("gw1", "sink0");
    private static final SinkRef GW2 = new SinkRef("gw2", "sink0");

    private final FakeNetworkClient network = new FakeNetworkClient();

    @BeforeEach
    void twoGateways() {
        network.addGateway("gw1", GatewayState.ONLINE, Set.of(GatewayFeature.SCRATCHPAD_CHUNK_V1), OptionalLong.of(1024),
                healthySink("sink0", 1).build());
        network.addGateway("gw2", GatewayState.ONLINE, Set.of(), OptionalLong.of(1024), healthySink("sink0", 2).build());
    }

    @AfterEach
    void close() {
        network.close();
    }

    private static ScratchpadStatusReport stored(long seq, long crc) {
        return new ScratchpadStatusReport(Optional.of(new ScratchpadInfo(900, crc, seq)),
                Optional.of(ScratchpadStatus.SUCCESS), Optional.of(ScratchpadType.PRESENT),
                Optional.of(new ScratchpadInfo(800, 0x1111, 4)), OptionalLong.of(1), Optional.empty());
    }

    @Test
    void consistentSinksAreReadyForAFreshImageThatFits() {
        network.fakeServices().scratchpadStatus(GW1, stored(5, 0xBEEF));
        network.fakeServices().scratchpadStatus(GW2, stored(5, 0xBEEF));

        TestResult result = BuiltinRun.run(network, ID, Map.of("plannedSequence", "6", "imageSize", "1000"));

        assertEquals(TestStatus.PASSED, result.status(), result.detail());
        assertEquals(List.of(new Metric("sinks", 2, ""), new Metric("sinks.answered", 2, ""),
                new Metric("stored.sequences", 1, "")), result.metrics());
    }

    @Test
    void collisionsReusedSequencesAndOversizedImagesAreReported() {
        network.fakeServices().scratchpadStatus(GW1, stored(5, 0xBEEF));
        network.fakeServices().scratchpadStatus(GW2, stored(5, 0xCAFE));

        TestResult result = BuiltinRun.run(network, ID, Map.of("plannedSequence", "4", "imageSize", "2000"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals(List.of("sequence 5 names different scratchpads: gw1/sink0 crc 0xbeef 900 bytes, "
                + "gw2/sink0 crc 0xcafe 900 bytes",
                "sequence 4 is the running firmware's on gw1/sink0; nodes would not take the new image",
                "sequence 4 is the running firmware's on gw2/sink0; nodes would not take the new image",
                "gateway gw2 takes at most 1024 bytes in one request and does not announce SCRATCHPAD_CHUNK_V1, "
                        + "but the image has 2000"), result.detail().lines().toList());
    }

    @Test
    void aSinkWithoutStatusFails() {
        network.fakeServices().scratchpadStatus(GW1, stored(5, 0xBEEF));
        network.fakeServices().refuse(GW2);

        TestResult result = BuiltinRun.run(network, ID, Map.of());

        assertEquals(TestStatus.FAILED, result.status());
        assertTrue(result.message().startsWith("sink gw2/sink0 did not report its scratchpad status"), result.message());
        assertTrue(result.metrics().contains(new Metric("sinks.answered", 1, "")));
    }
}
