package org.meshbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.report.JUnitXmlReport;
import org.meshbench.testcases.report.JsonReport;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.RunnerOptions;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.settings.MqttSettings;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * {@code meshbench test}: runs test cases against a network and writes JUnit XML and JSON reports.
 * Progress goes to stderr, results to the report files; {@code --list} prints to stdout. Exit
 * status: {@value #PASSED} when every test passed (or was skipped), {@value #FAILED} when a test
 * failed or erred or the run was cancelled, {@value #USAGE_OR_CONNECTION} for a usage error, a
 * broker that cannot be reached, or a report that cannot be written.
 */
final class TestCommand {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int USAGE_OR_CONNECTION = 2;

    static final String USAGE = """
            usage: meshbench test --network N --tests ID[,ID...] [--param ID.KEY=VALUE]... [--gateways GW[,GW...]]
                                  [--junit-xml FILE] [--json FILE] [--timeout DURATION] [--wait DURATION]
                                  [--settings settings.yml] [broker flags]
                   meshbench test --list
              --network N        network address, decimal or 0x hex
              --tests IDS        test cases to run, in order (see --list)
              --param ID.KEY=V   a parameter value; repeat for more
              --gateways GWS     only use sinks of these gateways
              --timeout D        timeout of every test, e.g. 10m, replacing the declared ones
              --wait D           how long to wait for the network's gateways after connecting (default 10s)
            exit status: 0 all passed, 1 a test failed or erred, 2 usage or connection error
            broker flags:
            """ + MqttSettings.flagHelp();

    private final TestServices.Source services;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param services where the registry and the client factory come from, asked only when needed
     * @param out receives {@code --list}
     * @param err receives progress and errors
     */
    TestCommand(TestServices.Source services, PrintStream out, PrintStream err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    /**
     * @param args the arguments after {@code test}
     * @return the exit status
     */
    int run(List<String> args) {
        try {
            TestArguments arguments = TestArguments.parse(args);
            TestServices found = services.get();
            if (arguments.list()) {
                TestCaseListing.print(found.testCases().testCases(), out);
                return PASSED;
            }
            return runTests(arguments, found);
        } catch (UsageException e) {
            err.println("meshbench test: " + e.getMessage());
            err.println(USAGE);
            return USAGE_OR_CONNECTION;
        } catch (SettingsException | ConnectionException | ServicesUnavailableException | IOException e) {
            err.println("meshbench test: " + e.getMessage());
            return USAGE_OR_CONNECTION;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("meshbench test: interrupted");
            return USAGE_OR_CONNECTION;
        }
    }

    private int runTests(TestArguments arguments, TestServices found) throws UsageException, SettingsException,
            ConnectionException, IOException, InterruptedException {
        TestPlan plan = plan(arguments);
        TestRunner runner = found.decoders()
                .map(decoders -> new TestRunner(found.testCases(), RunnerOptions.defaults(), decoders))
                .orElseGet(() -> new TestRunner(found.testCases()));
        List<String> problems = runner.check(plan);
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems) + " (meshbench test --list shows what is installed)");
        }
        MqttOptions mqtt = BrokerFlags.read("test", arguments.brokerFlags(), err);
        RunReport report;
        try (NetworkClient client = NetworkSession.open(found.clients(), mqtt, plan.target(), arguments.networkWait(), err);
                CancelOnShutdown shutdown = new CancelOnShutdown()) {
            report = runner.run(plan, client, new TestProgress(err), shutdown.cancellation());
            write(arguments, report);
        }
        return report.successful() && !report.cancelled() ? PASSED : FAILED;
    }

    private static TestPlan plan(TestArguments arguments) {
        TestTarget target = new TestTarget(arguments.network(), arguments.gateways());
        List<PlannedTest> tests = arguments.tests().stream().map(id -> new PlannedTest(id,
                arguments.parameters().getOrDefault(id, Map.of()))).toList();
        TestPlan plan = TestPlan.of(target, tests);
        return arguments.timeout().map(plan::withTimeout).orElse(plan);
    }

    private void write(TestArguments arguments, RunReport report) throws IOException {
        if (arguments.junitXml().isPresent()) {
            JUnitXmlReport.write(report, arguments.junitXml().get());
            err.println("meshbench test: JUnit XML written to " + arguments.junitXml().get());
        }
        if (arguments.json().isPresent()) {
            JsonReport.write(report, arguments.json().get());
            err.println("meshbench test: JSON written to " + arguments.json().get());
        }
    }
}
