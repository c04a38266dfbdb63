package org.meshbench.testcases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.report.JUnitXmlReport;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunCancellation;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.RunnerOptions;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunListener;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testing.Services;
import org.meshbench.testing.SimulatedNetwork;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;

/**
 * Every built-in test case, found through the extension registry by the DS registry service, run by
 * the real runner against the real network client, on simulated gateways behind the embedded broker.
 */
class BuiltinTestCasesTest {

    private static final String BUILTIN_BUNDLE = "org.meshbench.testcases.builtin";

    /**
     * Parameters that keep each test short on the simulator, in registry order (category, then id).
     * The simulator echoes 50→51, answers Remote API pings, numbers its 1→1 uplink with a 4-byte
     * counter and announces chunked scratchpad uploads.
     */
    private static final Map<String, Map<String, String>> PASSING = new LinkedHashMap<>();

    static {
        PASSING.put("meshbench.app-config-propagation", Map.of("data", "f67e01c40101"));
        PASSING.put("meshbench.config-data-item", Map.of());
        PASSING.put("meshbench.broadcast-delivery", Map.of("count", "2", "interval", "100ms", "replyWindow", "2s",
                "minReplyingNodes", "1"));
        PASSING.put("meshbench.echo-latency", Map.of("count", "3", "interval", "100ms", "maxNodes",
                Integer.toString(Fleet.NODES_SEEN)));
        PASSING.put("meshbench.remote-api-ping", Map.of("listenFor", "2s"));
        PASSING.put("meshbench.uplink-soak", Map.of("duration", "3s", "sourceEndpoint", "1",
                "destinationEndpoint", "1", "sequenceBytes", "4", "minRate", "1"));
        PASSING.put("meshbench.inventory-audit", Map.of("expectedGateways", Fleet.GATEWAY));
        PASSING.put("meshbench.otap-readiness", Map.of("plannedSequence", "200", "imageSize", "100000"));
    }

    private static SimulatedNetwork network;
    private static SimulatedNetwork.Watched target;
    private static TestCaseRegistry registry;

    @BeforeAll
    static void start() throws Exception {
        network = SimulatedNetwork.start(Fleet.CONFIG);
        target = network.watch(Fleet.GATEWAY, Fleet.NODES_SEEN);
        registry = Services.await(TestCaseRegistry.class);
    }

    @AfterAll
    static void stop() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void theRegistryServiceFindsEveryBuiltInTestCaseThroughTheExtensionRegistry() throws Exception {
        assertEquals(List.copyOf(PASSING.keySet()), registry.testCases().stream().map(TestCaseInfo::id).toList());
        for (TestCaseInfo info : registry.testCases()) {
            assertEquals(BUILTIN_BUNDLE, info.contributorId(), info.id());
            TestCase instance = registry.create(info.id());
            assertEquals(BUILTIN_BUNDLE, FrameworkUtil.getBundle(instance.getClass()).getSymbolicName(), info.id());
        }
    }

    @Test
    void everyBuiltInTestCasePassesAgainstTheSimulatorAndTheJUnitXmlSaysSo() throws Exception {
        TestPlan plan = TestPlan.of(TestTarget.network(target.networkAddress()), PASSING.entrySet().stream()
                .map(entry -> new PlannedTest(entry.getKey(), entry.getValue())).toList());

        RunReport report = new TestRunner(registry).run(plan, target.client(), TestRunListener.NONE,
                new RunCancellation());

        assertAllPassed(report);
        assertMetrics(report);
        assertJUnitXml(report, reportFile("builtin-passing.xml"));
    }

    @Test
    void aSoakDecodesTheSimulatedTrafficWithTheInstalledDecoders() throws Exception {
        TestPlan plan = TestPlan.of(TestTarget.network(target.networkAddress()), List.of(new PlannedTest(
                "meshbench.uplink-soak", Map.of("duration", "3s", "maxDecodeFailures", "0"))));

        RunReport report = new TestRunner(registry, RunnerOptions.defaults(), Services.await(DecoderRegistry.class))
                .run(plan, target.client(), TestRunListener.NONE, new RunCancellation());

        assertAllPassed(report);
        double packets = metric(report, "meshbench.uplink-soak", "packets");
        double decoded = metric(report, "meshbench.uplink-soak", "decode.decoded");
        assertTrue(decoded > 0, "the simulator's diagnostics are decoded by the built-in Wirepas decoders");
        assertTrue(metric(report, "meshbench.uplink-soak", "decode.undecoded") > 0,
                "its 1→1 application packets have no decoder");
        assertEquals(0, metric(report, "meshbench.uplink-soak", "decode.failed"));
        assertEquals(packets, decoded + metric(report, "meshbench.uplink-soak", "decode.undecoded"));
    }

    private static void assertAllPassed(RunReport report) {
        for (TestResult result : report.results()) {
            assertEquals(TestStatus.PASSED, result.status(), () -> result.testCase().id() + ": " + result.message()
                    + "\n" + result.detail() + "\n" + result.logs());
        }
    }

    private static void assertMetrics(RunReport report) {
        assertEquals(1, metric(report, "meshbench.inventory-audit", "gateways.online"));
        assertEquals(0, metric(report, "meshbench.inventory-audit", "gateways.offline"));
        assertEquals(1, metric(report, "meshbench.inventory-audit", "sinks"));
        int probes = 3 * Fleet.NODES_SEEN;
        assertEquals(probes, metric(report, "meshbench.echo-latency", "probes.sent"));
        assertEquals(probes, metric(report, "meshbench.echo-latency", "probes.answered"));
        assertEquals(0, metric(report, "meshbench.echo-latency", "loss"));
        assertTrue(metric(report, "meshbench.echo-latency", "latency.p50") > 0);
        assertEquals(2, metric(report, "meshbench.broadcast-delivery", "broadcasts.accepted"));
        assertEquals(20, metric(report, "meshbench.broadcast-delivery", "nodes.replied"), "every node answers");
        assertEquals(20, metric(report, "meshbench.remote-api-ping", "nodes.answered"), "every node answers");
        assertTrue(metric(report, "meshbench.uplink-soak", "packets") > 0);
        assertEquals(0, metric(report, "meshbench.uplink-soak", "sequence.missing"));
        assertEquals(1, metric(report, "meshbench.config-data-item", "sinks.tested"));
        assertEquals(1, metric(report, "meshbench.config-data-item", "sinks.matching"));
        assertEquals(1, metric(report, "meshbench.otap-readiness", "sinks.answered"));
        assertEquals(1, metric(report, "meshbench.app-config-propagation", "sinks"));
    }

    private static void assertJUnitXml(RunReport report, Path file) throws Exception {
        JUnitXmlReport.write(report, file);

        JUnitXml xml = JUnitXml.read(file);

        assertEquals("8", xml.root().getAttribute("tests"));
        assertEquals("0", xml.root().getAttribute("failures"));
        assertEquals("0", xml.root().getAttribute("errors"));
        assertEquals(List.of("Configuration", "Data path", "Inventory", "OTAP"), xml.suites());
        Element echo = xml.testCase("meshbench.echo-latency");
        assertEquals("Data path", echo.getAttribute("classname"));
        assertEquals("3", JUnitXml.property(echo, "parameter.count").orElseThrow());
        assertEquals("15", JUnitXml.property(echo, "metric.probes.answered").orElseThrow());
        assertEquals("0 %", JUnitXml.property(echo, "metric.loss").orElseThrow());
        assertTrue(JUnitXml.outcome(echo, "failure").isEmpty());
        assertTrue(JUnitXml.outcome(echo, "system-out").orElseThrow().getTextContent().contains("probes answered"));
    }

    static double metric(RunReport report, String testCaseId, String name) {
        TestResult result = report.results().stream().filter(r -> r.testCase().id().equals(testCaseId)).findFirst()
                .orElseThrow();
        return result.metrics().stream().filter(metric -> metric.name().equals(name)).findFirst()
                .map(Metric::value).orElseThrow(() -> new AssertionError(testCaseId + " has no metric " + name
                        + ": " + result.metrics()));
    }

    static Path reportFile(String name) {
        return Path.of(System.getProperty("reportDir", "target/test-case-reports")).resolve(name);
    }
}
