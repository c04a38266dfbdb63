package org.meshbench.testcases.builtin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunCancellation;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunListener;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testcases.testing.PluginXmlTestCases;

/** Runs a built-in test case as declared in plugin.xml, with the real runner, against a fake network. */
final class BuiltinRun {

    private BuiltinRun() {
    }

    static TestCaseRegistry registry() {
        try {
            return PluginXmlTestCases.read(Path.of("plugin.xml"), BuiltinRun.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestResult run(FakeNetworkClient network, String testCaseId, Map<String, String> parameters) {
        TestPlan plan = TestPlan.of(TestTarget.network(Fixtures.NETWORK), List.of(new PlannedTest(testCaseId,
                parameters)));
        try {
            return new TestRunner(registry()).run(plan, network, TestRunListener.NONE, new RunCancellation())
                    .results().get(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
