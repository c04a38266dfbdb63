package org.meshbench.example.testcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.SinkRef;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.network.testing.NodeBehaviour;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunCancellation;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunListener;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testcases.testing.PluginXmlTestCases;

/**
 * The test case as declared in plugin.xml, run by Meshbench's real runner against Acme sensors behind one
 * gateway of Meshbench's fake network client: each sensor answers a "report now" command on the reversed
 * endpoints after its own delay (its report is the command followed by a climate reading), or never.
 */
@Timeout(30)
class ReportAfterCommandTest {

    static final String ID = "org.meshbench.example.testcase.report-after-command";
    static final long NETWORK = 0x1AB2C3;
    static final SinkRef SINK = new SinkRef("gw1", "sink0");
    /** A sink whose gateway refuses commands, in the tests that say so. */
    static final SinkRef OTHER_SINK = new SinkRef("gw1", "sink1");
    /** A typical reading of the example decoder's format: 21.50 °C, 45.5 %RH, 612 ppm CO2, battery 87 %. */
    private static final String READING = "010066085b640257";

    private final FakeNetworkClient network = new FakeNetworkClient().addGateway("gw1",
            SinkReadConfig.builder(SINK.sinkId()).networkAddress(NETWORK).build(),
            SinkReadConfig.builder(OTHER_SINK.sinkId()).networkAddress(NETWORK).build());

    @AfterEach
    void close() {
        network.close();
    }

    /** @return a sensor that answers every command with its report after the delay */
    private static NodeBehaviour reportsAfter(Duration delay) {
        return command -> Optional.of(new NodeBehaviour.Answer(Bytes.fromHex(command.payload().toHex() + READING),
                delay));
    }

    /** A sensor the network model has seen through {@link #SINK}. */
    private void sensor(long address, NodeBehaviour behaviour) {
        network.addNode(NETWORK, address, SINK, 1, behaviour);
    }

    private TestResult run(Map<String, String> parameters) throws IOException, InterruptedException {
        TestPlan plan = TestPlan.of(TestTarget.network(NETWORK), List.of(new PlannedTest(ID, parameters)));
        TestRunner runner = new TestRunner(PluginXmlTestCases.read(Path.of("plugin.xml"), getClass().getClassLoader()));
        return runner.run(plan, network, TestRunListener.NONE, new RunCancellation()).results().get(0);
    }

    private static double metric(TestResult result, String name) {
        return result.metrics().stream().filter(metric -> metric.name().equals(name)).findFirst()
                .map(Metric::value).orElseThrow(() -> new AssertionError("no metric " + name + " in " + result));
    }

    @Test
    void passesWhenEverySensorReportsInTime() throws Exception {
        sensor(10, reportsAfter(Duration.ofMillis(20)));
        sensor(11, reportsAfter(Duration.ofMillis(60)));

        TestResult result = run(Map.of("within", "2s"));

        assertEquals(TestStatus.PASSED, result.status(), result.message());
        assertEquals(2, metric(result, "sensors.commanded"));
        assertEquals(2, metric(result, "sensors.reported"));
        assertTrue(metric(result, "report.max") >= 60, "the slower sensor waits 60 ms: " + result.metrics());
        assertTrue(result.logs().get(0).message().startsWith("sensor 10 reported after "), result.logs().toString());
        assertEquals(0, network.dataListenerCount(), "the report listener is closed after the test");
    }

    @Test
    void failsWhenASensorReportsTooLateOrNotAtAll() throws Exception {
        sensor(10, reportsAfter(Duration.ofMillis(10)));
        sensor(11, reportsAfter(Duration.ofSeconds(5)));
        sensor(12, NodeBehaviour.SILENT);

        TestResult result = run(Map.of("within", "300ms"));

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("2 of 3 sensors did not report within 300ms: [11, 12]", result.message());
        assertEquals(1, metric(result, "sensors.reported"));
    }

    @Test
    void aShareOfSilentSensorsCanBeAllowed() throws Exception {
        sensor(10, reportsAfter(Duration.ofMillis(10)));
        sensor(11, reportsAfter(Duration.ofMillis(10)));
        sensor(12, NodeBehaviour.SILENT);

        TestResult result = run(Map.of("within", "300ms", "minReportingPercent", "60"));

        assertEquals(TestStatus.PASSED, result.status(), result.message());
    }

    @Test
    void aRefusedCommandCountsAsNotReportedWithoutWaitingForIt() throws Exception {
        network.addNode(NETWORK, 10, OTHER_SINK, 1, reportsAfter(Duration.ofMillis(10)));
        network.fakeServices().refuse(OTHER_SINK);
        sensor(11, reportsAfter(Duration.ofMillis(10)));

        TestResult result = run(Map.of("within", "1m"));

        assertEquals("1 of 2 sensors did not report within 1m: [10]", result.message());
        assertEquals(1, metric(result, "sensors.commanded"));
        assertTrue(result.duration().toSeconds() < 10, "nothing left to wait for: " + result.duration());
    }

    @Test
    void commandsOnlyTheNamedSensorsAndAtMostMaxNodesSeen() throws Exception {
        for (long address : List.of(10L, 11L, 12L)) {
            sensor(address, reportsAfter(Duration.ofMillis(10)));
        }

        assertEquals(1, metric(run(Map.of("nodes", "12")), "sensors.commanded"));
        assertEquals(2, metric(run(Map.of("maxNodes", "2")), "sensors.commanded"));
    }

    @Test
    void withoutSeenSensorsTheTestSaysWhatToDo() throws Exception {
        TestResult result = run(Map.of());

        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("no node of network 1749699 has sent data yet; name the sensors with the nodes parameter",
                result.message());
    }
}
