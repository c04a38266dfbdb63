package org.meshbench.testcases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.report.JUnitXmlReport;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunCancellation;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunListener;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testing.Services;
import org.meshbench.testing.SimulatedNetwork;
import org.meshbench.testing.Waits;
import org.w3c.dom.Element;

/**
 * Runs that go wrong on purpose, on the simulator: a check that does not hold fails, a test that
 * outlives its timeout or is not installed errs, the problems can be run again, and a stopped run
 * skips what is left. The JUnit XML says each of these the way a CI server expects.
 */
class ProblemRunsTest {

    private static final String MISSING_GATEWAY = "no-such-gateway";
    private static final PlannedTest AUDIT_OF_MISSING_GATEWAY = new PlannedTest("meshbench.inventory-audit",
            Map.of("expectedGateways", MISSING_GATEWAY));
    private static final PlannedTest LONG_SOAK = new PlannedTest("meshbench.uplink-soak", Map.of("duration", "30s"));
    /** Listens for answers longer than the 2 s timeout below (a soak would refuse to start). */
    private static final PlannedTest LONG_PING = new PlannedTest("meshbench.remote-api-ping",
            Map.of("listenFor", "30s"));

    private static SimulatedNetwork network;
    private static SimulatedNetwork.Watched target;
    private static TestRunner runner;

    @BeforeAll
    static void start() throws Exception {
        network = SimulatedNetwork.start(Fleet.CONFIG);
        target = network.watch(Fleet.GATEWAY, Fleet.NODES_SEEN);
        runner = new TestRunner(Services.await(TestCaseRegistry.class));
    }

    @AfterAll
    static void stop() {
        if (network != null) {
            network.close();
        }
    }

    private static TestPlan plan(PlannedTest... tests) {
        return TestPlan.of(TestTarget.network(target.networkAddress()), List.of(tests));
    }

    private static RunReport run(TestPlan plan) throws InterruptedException {
        return runner.run(plan, target.client(), TestRunListener.NONE, new RunCancellation());
    }

    @Test
    void anAuditExpectingAGatewayThatDoesNotExistFails() throws Exception {
        RunReport report = run(plan(AUDIT_OF_MISSING_GATEWAY));

        TestResult audit = report.results().get(0);
        assertEquals(TestStatus.FAILED, audit.status());
        assertEquals("expected gateway " + MISSING_GATEWAY + " is unknown to the broker", audit.message());
        assertEquals(1, BuiltinTestCasesTest.metric(report, "meshbench.inventory-audit", "gateways.online"),
                "a soft check lets the audit finish its measurements");

        JUnitXmlReport.write(report, BuiltinTestCasesTest.reportFile("audit-failure.xml"));
        JUnitXml xml = JUnitXml.read(BuiltinTestCasesTest.reportFile("audit-failure.xml"));
        assertEquals("1", xml.root().getAttribute("failures"));
        Element failure = JUnitXml.outcome(xml.testCase("meshbench.inventory-audit"), "failure").orElseThrow();
        assertEquals(audit.message(), failure.getAttribute("message"));
        assertEquals("FAILED", failure.getAttribute("type"));
    }

    @Test
    void aTestThatOutlivesItsTimeoutErrsAndTheRunGoesOn() throws Exception {
        RunReport report = run(plan(LONG_PING, PlannedTest.of("meshbench.otap-readiness"))
                .withTimeout(Duration.ofSeconds(2)));

        assertEquals(List.of(TestStatus.ERROR, TestStatus.PASSED),
                report.results().stream().map(TestResult::status).toList());
        assertEquals("timed out after 2s", report.results().get(0).message());
        assertTrue(report.results().get(0).duration().toSeconds() < 10, "the ping was stopped, not waited for");

        JUnitXmlReport.write(report, BuiltinTestCasesTest.reportFile("timeout-error.xml"));
        JUnitXml xml = JUnitXml.read(BuiltinTestCasesTest.reportFile("timeout-error.xml"));
        assertEquals("1", xml.root().getAttribute("errors"));
        Element error = JUnitXml.outcome(xml.testCase("meshbench.remote-api-ping"), "error").orElseThrow();
        assertEquals("timed out after 2s", error.getAttribute("message"));
        assertTrue(error.getTextContent().startsWith("thread stack when the timeout struck:"), error.getTextContent());
    }

    @Test
    void aTestCaseThatIsNotInstalledIsRefusedByTheCheckAndErrsInARun() throws Exception {
        TestPlan plan = plan(PlannedTest.of("acme.not-installed"), PlannedTest.of("meshbench.otap-readiness"));

        assertEquals(List.of("no test case acme.not-installed is installed"), runner.check(plan));
        RunReport report = run(plan);

        assertEquals(List.of(TestStatus.ERROR, TestStatus.PASSED),
                report.results().stream().map(TestResult::status).toList());
        assertEquals("Uninstalled", report.results().get(0).testCase().category());
    }

    @Test
    void reRunningTheProblemsRunsOnlyThemWithTheirParameters() throws Exception {
        TestPlan plan = plan(PlannedTest.of("meshbench.otap-readiness"), AUDIT_OF_MISSING_GATEWAY);
        RunReport first = run(plan);
        assertEquals(List.of(TestStatus.PASSED, TestStatus.FAILED),
                first.results().stream().map(TestResult::status).toList());

        RunReport again = run(plan.retainProblems(first));

        assertEquals(List.of("meshbench.inventory-audit"), again.results().stream().map(TestResult::testCase)
                .map(TestCaseInfo::id).toList());
        assertEquals(MISSING_GATEWAY, again.results().get(0).parameters().get("expectedGateways"));
        assertEquals(TestStatus.FAILED, again.results().get(0).status());
    }

    @Test
    void stoppingARunSkipsTheRunningTestAndTheRest() throws Exception {
        CountDownLatch soakStarted = new CountDownLatch(1);
        RunCancellation cancellation = new RunCancellation();
        TestRunListener listener = new TestRunListener() {
            @Override
            public void testStarted(TestCaseInfo testCase, int index, int total) {
                soakStarted.countDown();
            }
        };
        CompletableFuture<RunReport> running = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(plan(LONG_SOAK, PlannedTest.of("meshbench.otap-readiness")), target.client(),
                        listener, cancellation);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(soakStarted.await(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS));

        cancellation.cancel();
        RunReport report = running.get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertTrue(report.cancelled());
        assertFalse(report.results().stream().anyMatch(result -> result.status() != TestStatus.SKIPPED),
                report.results().toString());
        assertEquals("the run was cancelled before this test", report.results().get(1).message());
    }
}
