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
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;

@Timeout(30)
class UplinkSoakTest {

    private static final String ID = "meshbench.uplink-soak";
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

    /** A packet from the node on 1→1 whose payload starts with a 4-byte little-endian counter. */
    private void counter(long node, int value) {
        Bytes payload = Bytes.of((byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24), (byte) 0x55);
        network.publishWhenListened(FakeNetworkClient.uplink(SINK, Fixtures.NETWORK, node, 1, 1, payload, 1));
    }

    @Test
    void missingSequenceNumbersFailAndDuplicatesAreCounted() {
        for (int value : new int[] {0, 1, 2, 4}) {
            counter(10, value);
        }
        for (int value : new int[] {7, 8, 8}) {
            counter(11, value);
        }
        network.publishWhenListened(FakeNetworkClient.uplink(SINK, Fixtures.NETWORK, 12, 2, 2, Bytes.of((byte) 1), 1));

        TestResult result = BuiltinRun.run(network, ID, Map.of("duration", "1s", "sourceEndpoint", "1",
                "destinationEndpoint", "1", "sequenceBytes", "4", "maxDuplicates", "1"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("1 sequence numbers are missing, more than the 0 allowed", result.message());
        assertTrue(result.metrics().contains(new Metric("packets", 7, "")), result.metrics().toString());
        assertTrue(result.metrics().contains(new Metric("nodes", 2, "")));
        assertTrue(result.metrics().contains(new Metric("sequence.duplicates", 1, "")));
        assertTrue(result.metrics().stream().anyMatch(m -> m.name().equals("rate") && m.value() > 0));
    }

    @Test
    void rateBelowTheMinimumFails() {
        counter(10, 0);

        TestResult result = BuiltinRun.run(network, ID, Map.of("duration", "1s", "minRate", "100"));

        assertEquals(TestStatus.FAILED, result.status());
        assertTrue(result.message().startsWith("rate "), result.message());
        assertTrue(result.message().endsWith(" packets/s is below the minimum 100.00"), result.message());
    }

    @Test
    void aSoakLongerThanTheTimeoutFailsAtOnce() {
        TestResult result = BuiltinRun.run(network, ID, Map.of("duration", "2h"));

        assertEquals(TestStatus.FAILED, result.status());
        assertTrue(result.message().startsWith("the soak lasts 2h but the test times out in 59m59s"),
                result.message());
        assertTrue(result.duration().toSeconds() < 5);
    }

    @Test
    void halfAnEndpointFilterIsRefused() {
        TestResult result = BuiltinRun.run(network, ID, Map.of("duration", "1s", "sourceEndpoint", "1"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("give both sourceEndpoint and destinationEndpoint, or neither", result.message());
    }
}
