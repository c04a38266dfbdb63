package org.meshbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Exit statuses and reports of passing, failing and erring runs, and of usage and connection errors. */
@Timeout(60)
class TestCommandTest {

    private static final String[] BROKER = {"--broker", "tcp://broker.example:1883", "--wait", "0s"};

    @TempDir
    Path dir;
    private TestCommandFixture command;

    @BeforeEach
    void fixture() {
        command = new TestCommandFixture(dir);
    }

    private String[] args(String... specific) {
        String[] all = new String[specific.length + BROKER.length];
        System.arraycopy(specific, 0, all, 0, specific.length);
        System.arraycopy(BROKER, 0, all, specific.length, BROKER.length);
        return all;
    }

    private Element junit(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    @Test
    void passingRunExitsZeroAndWritesBothReports() throws Exception {
        Path xml = dir.resolve("out/junit.xml");
        Path json = dir.resolve("out/report.json");

        int status = command.run(args("--network", "0x1AB2C3", "--tests", "t.passes", "--param", "t.passes.count=4",
                "--junit-xml", xml.toString(), "--json", json.toString()));

        assertEquals(0, status, command.stderr());
        Element root = junit(xml);
        assertEquals("1", root.getAttribute("tests"));
        assertEquals("0", root.getAttribute("failures"));
        assertTrue(Files.readString(xml).contains("<property name=\"metric.latency.p95\" value=\"6 ms\"/>"));
        assertTrue(Files.readString(json).contains("\"status\": \"PASSED\""));
        assertEquals("", command.stdout(), "results go to the files, progress to stderr");
        assertTrue(command.stderr().contains("[1/1] t.passes (Passes)"), command.stderr());
        assertTrue(command.stderr().contains("INFO    all good on network 1749699"), command.stderr());
        assertEquals("tcp://broker.example:1883", command.opened.get(0).broker().toString());
    }

    @Test
    void failingTestExitsOne() throws Exception {
        Path xml = dir.resolve("junit.xml");

        int status = command.run(args("--network", "7", "--tests", "t.passes,t.fails", "--junit-xml", xml.toString()));

        assertEquals(1, status);
        assertEquals("1", junit(xml).getAttribute("failures"));
        assertTrue(command.stderr().contains("FAILED in "), command.stderr());
        assertTrue(command.stderr().contains("2 tests: 1 passed, 1 failed, 0 errors, 0 skipped"), command.stderr());
    }

    @Test
    void erringAndHangingTestsExitOneAndTheRunGoesOn() throws Exception {
        Path xml = dir.resolve("junit.xml");

        int status = command.run(args("--network", "7", "--tests", "t.throws,t.hangs,t.passes", "--timeout", "300ms",
                "--junit-xml", xml.toString()));

        assertEquals(1, status);
        Element root = junit(xml);
        assertEquals("2", root.getAttribute("errors"));
        assertEquals("3", root.getAttribute("tests"));
        assertTrue(Files.readString(xml).contains("message=\"timed out after 300ms\""));
        assertTrue(command.stderr().contains("3 tests: 1 passed, 0 failed, 2 errors, 0 skipped"), command.stderr());
    }

    @Test
    void unreachableBrokerExitsTwo() throws Exception {
        command.brokerDown();

        int status = command.run(args("--network", "7", "--tests", "t.passes"));

        assertEquals(2, status);
        assertTrue(command.stderr().contains("cannot connect to tcp://broker.example:1883: connection refused"),
                command.stderr());
    }

    @Test
    void usageErrorsExitTwoBeforeConnecting() throws Exception {
        List<String[]> wrong = List.of(args("--tests", "t.passes"), args("--network", "7"),
                args("--network", "7", "--tests", "t.unknown"),
                args("--network", "7", "--tests", "t.passes", "--param", "t.passes.count=11"),
                args("--network", "7", "--tests", "t.passes", "--param", "t.fails.x=1"),
                args("--network", "7", "--tests", "t.passes", "--timeout", "soon"),
                new String[] {"--network", "7", "--tests", "t.passes"},
                args("--network", "7", "--tests", "t.passes", "--colour", "red"));

        for (String[] args : wrong) {
            assertEquals(2, command.run(args), String.join(" ", args));
        }
        assertTrue(command.opened.isEmpty(), "no connection for a wrong command line");
        String errors = command.stderr();
        assertTrue(errors.contains("--network is required"), errors);
        assertTrue(errors.contains("--tests is required"), errors);
        assertTrue(errors.contains("no test case t.unknown is installed"), errors);
        assertTrue(errors.contains("t.passes: parameter count: 11 is above the maximum 10"), errors);
        assertTrue(errors.contains("is for t.fails, which --tests does not name"), errors);
        assertTrue(errors.contains("--timeout: 'soon' is not a duration"), errors);
    }

    @Test
    void listPrintsTestCasesAndParametersOnStdout() throws Exception {
        assertEquals(0, command.run("--list"));

        String listing = command.stdout();
        assertTrue(listing.contains("t.passes - Passes\n    category Basics, timeout 30s, from "), listing);
        assertTrue(listing.contains("--param t.passes.count=…  integer 1..10, default 2"), listing);
        assertTrue(listing.contains("t.hangs - Hangs"), listing);
        assertFalse(listing.isBlank());
    }
}
