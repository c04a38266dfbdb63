package org.meshbench.testcases.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.testing.SimulatedNetwork;
import org.meshbench.testing.ui.UiWait;
import org.meshbench.transport.mqtt.ConnectionState;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Test Runner view in the running workbench (Tycho's UI harness, on the UI thread), against
 * simulated gateways behind the embedded broker. Each test opens the view anew.
 */
class TestRunnerViewTest {

    private static final String AUDIT = "meshbench.inventory-audit";
    private static final String OTAP = "meshbench.otap-readiness";
    private static final String PING = "meshbench.remote-api-ping";
    private static final String SOAK = "meshbench.uplink-soak";

    private static SimulatedNetwork simulation;
    private static SimulatedNetwork.Watched watched;
    private ViewDriver driver;

    @BeforeAll
    static void startSimulation() throws Exception {
        simulation = SimulatedNetwork.start(SimulatorConfig.builder().size(2, 1, 20).uplinkRate(20).seed(7).build());
        watched = simulation.watch("sim-gw-0", 3);
    }

    @AfterAll
    static void stopSimulation() {
        if (simulation != null) {
            simulation.close();
        }
    }

    @BeforeEach
    void openView() throws Exception {
        driver = ViewDriver.openFresh();
    }

    @AfterEach
    void disconnect() {
        driver.disconnect();
    }

    @Test
    void joinsTheMeshbenchPerspectiveAndListsTheInstalledTestCasesByCategory() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals("org.meshbench.ui.perspective", page.getPerspective().getId());

        List<String> categories = Arrays.stream(driver.view().testCases().viewer().getTree().getItems())
                .map(item -> item.getText(0) + " (" + item.getItemCount() + ")").toList();

        assertEquals(List.of("Configuration (2)", "Data path (4)", "Inventory (1)", "OTAP (1)"), categories);
        assertEquals("Not connected", driver.view().connectionLabel().getText());
        assertEquals("Connect the workbench to a broker (File > Connect…) to run tests",
                driver.view().buttons().hintLabel().getText());
        assertFalse(driver.view().buttons().runButton().isEnabled());
        ViewDriver.screenshot("test-runner-opened.png");
    }

    @Test
    void runsTheTickedTestCasesWithTheTypedParametersAndShowsPassFailMetricsAndLogs() throws Exception {
        driver.connect(watched.client());
        driver.network(watched.networkAddress());
        driver.tick(AUDIT);
        driver.tick(OTAP);
        driver.tick(PING);
        driver.edit(PING, "listenFor", "1s");
        driver.edit(AUDIT, "expectedGateways", "no-such-gateway");
        assertTrue(driver.view().buttons().runButton().isEnabled(), driver.view().buttons().hintLabel().getText());

        driver.runAndWait();

        assertEquals(List.of("Remote API ping: passed", "Gateway and sink inventory audit: failed",
                "OTAP readiness: passed"), driver.resultRows());
        assertTrue(driver.view().summaryLabel().getText().startsWith("3 tests: 2 passed, 1 failed, 0 errors, "
                + "0 skipped in "), driver.view().summaryLabel().getText());
        assertEquals("expected gateway no-such-gateway is unknown to the broker", driver.resultItem(1).getText(3));
        TreeItem ping = driver.resultItem(0);
        ping.setExpanded(true);
        driver.view().results().viewer().refresh();
        UiWait.processEvents();
        List<String> groups = Arrays.stream(driver.view().results().viewer().getTree().getItem(0).getItems())
                .map(item -> item.getText(0)).toList();
        assertTrue(groups.get(0).startsWith("Metrics ("), groups.toString());
        assertTrue(groups.get(1).startsWith("Log ("), groups.toString());
        assertEquals("Parameters (2)", groups.get(2), "minCoveragePercent has no value");
        assertTrue(driver.view().buttons().rerunFailedButton().isEnabled());
        assertTrue(driver.view().buttons().exportButton().isEnabled());
        assertFalse(driver.view().buttons().stopButton().isEnabled());
        driver.selectResult(1);
        assertTrue(driver.view().results().detailsField().getText().startsWith(
                "Gateway and sink inventory audit (meshbench.inventory-audit): failed in "),
                driver.view().results().detailsField().getText());
        ViewDriver.screenshot("test-runner-results.png");
        driver.screenshotMaximized("test-runner-results-maximized.png");
    }

    @Test
    void reRunFailedRunsOnlyTheFailedTestAgain() {
        driver.connect(watched.client());
        driver.network(watched.networkAddress());
        driver.tick(AUDIT);
        driver.tick(OTAP);
        driver.edit(AUDIT, "expectedGateways", "no-such-gateway");
        driver.runAndWait();

        driver.press(driver.view().buttons().rerunFailedButton());
        driver.awaitRunEnd();

        assertEquals(List.of("Gateway and sink inventory audit: failed"), driver.resultRows());
    }

    @Test
    void exportsTheLastRunAsJUnitXml() throws Exception {
        driver.connect(watched.client());
        driver.network(watched.networkAddress());
        driver.tick(OTAP);
        driver.runAndWait();
        Path file = Path.of(System.getProperty("reportDir")).resolve("exported.xml");
        Files.deleteIfExists(file);

        driver.view().exportTo(file);

        assertEquals("JUnit XML written to " + file, driver.view().summaryLabel().getText());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals("1", xml.getDocumentElement().getAttribute("tests"));
        assertEquals(OTAP, ((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name"));
    }

    @Test
    void stopEndsTheRunningTestAndSkipsTheRest() throws Exception {
        driver.connect(watched.client());
        driver.network(watched.networkAddress());
        driver.tick(SOAK);
        driver.tick(OTAP);
        driver.edit(SOAK, "duration", "30s");
        driver.press(driver.view().buttons().runButton());
        driver.waitUntil("the soak runs", () -> driver.resultRows().get(0).endsWith(": running…"));
        assertTrue(driver.view().buttons().stopButton().isEnabled());
        assertFalse(driver.view().buttons().runButton().isEnabled());
        ViewDriver.screenshot("test-runner-running.png");

        driver.press(driver.view().buttons().stopButton());
        driver.awaitRunEnd();

        assertEquals(List.of("Uplink rate soak: skipped", "OTAP readiness: skipped"), driver.resultRows());
        assertTrue(driver.view().summaryLabel().getText().endsWith("(stopped)"), driver.view().summaryLabel().getText());
    }

    @Test
    void followsTheWorkbenchConnectionAndNeverClosesIt() throws Exception {
        driver.connect(watched.client());
        driver.network(watched.networkAddress());
        driver.tick(OTAP);
        driver.runAndWait();
        assertEquals(List.of("OTAP readiness: passed"), driver.resultRows());
        ViewDriver.screenshot("test-runner-workbench-connection.png");

        driver.disconnect();

        driver.waitUntil("the view says it is not connected",
                () -> driver.view().connectionLabel().getText().equals("Not connected"));
        assertFalse(driver.view().buttons().runButton().isEnabled());
        assertEquals(ConnectionState.CONNECTED, watched.client().connectionState(),
                "the view does not close the workbench's client");
    }
}
